import Foundation
import Synchronization

/// One formula as the typesetter sees it: its TeX and whether it is display math.
public struct Formula: Hashable, Sendable {
    public var tex: String
    public var display: Bool

    public init(tex: String, display: Bool) {
        self.tex = tex
        self.display = display
    }
}

/// Every formula a build shows, typeset at most once: the one place weave remembers typeset formulas.
///
/// - A page that renders again (after a prose edit, a cell edit or a new weave) starts from the formulas
///   it showed last time, kept per page in the stage cache (`StageCache`, stage `math`) under the
///   typesetter's identity (KaTeX's script, options and macros), so only its new formulas are typeset.
/// - A formula typeset for one page in this build is not typeset again for another (`$x$` on forty pages).
/// - KaTeX is loaded when the first formula that is not known needs it, so a build whose formulas are all
///   known never loads it. If it cannot be loaded, every such formula comes back as a failure and
///   `loadError` says why (the build reports that once, as an error).
///
/// Shared by the threads rendering pages; each page renders through its own `FormulaStore.Page`.
final class FormulaStore: Sendable {
    static let version = "\(WeaveVersion.build) math 1"

    /// Where pages' formulas are kept between builds; nil keeps none.
    let cache: StageCache?
    /// `MathTypesetter.identity` of the typesetter in use.
    let identity: String
    private let typesetter: Mutex<Result<MathTypesetter, Error>?>
    private let make: @Sendable () throws -> MathTypesetter
    /// The formulas typeset in this build, for the other pages that show them too.
    private let typesetNow = Mutex<[Formula: MathResult]>([:])
    /// Longer formulas rarely repeat: they are not kept in `typesetNow`.
    private static let largestShared = 400

    /// - Parameters:
    ///   - existing: a typesetter to use as is (e.g. `weave serve`'s warm one); nil makes one with `make`
    ///     when the first unknown formula needs it.
    init(cache: StageCache?, identity: String, existing: MathTypesetter?,
         make: @escaping @Sendable () throws -> MathTypesetter = { try MathTypesetter() }) {
        self.cache = cache
        self.identity = identity
        typesetter = Mutex(existing.map { .success($0) })
        self.make = make
    }

    /// Whether KaTeX was needed (and so loaded) in this build.
    var loadedKaTeX: Bool { typesetter.withLock { $0 != nil } }

    /// Why KaTeX could not be loaded, if it was needed and could not.
    var loadError: Error? {
        typesetter.withLock { made in
            if case .failure(let error)? = made { return error }
            return nil
        }
    }

    /// The formulas of the note at `relativePath` as its page renders, starting from those it showed last time.
    func page(_ relativePath: String) -> Page {
        let known = cache.flatMap { cache in cache.load(key(relativePath, in: cache), Self.formulas) }
        return Page(store: self, relativePath: relativePath, known: known ?? [:])
    }

    /// Keeps what `page` showed, if it differs from what was kept.
    func keep(_ page: Page) {
        guard page.changed else { return }
        keep(page.used, for: page.relativePath)
    }

    /// Keeps `formulas` as those the page of the note at `relativePath` shows (sorted, so the same
    /// formulas give the same bytes).
    func keep(_ formulas: [Formula: MathResult], for relativePath: String) {
        guard let cache else { return }
        let key = key(relativePath, in: cache)
        let formulas = formulas.sorted { ($0.key.tex, $0.key.display ? 1 : 0) < ($1.key.tex, $1.key.display ? 1 : 0) }
        cache.store(key, capacity: formulas.reduce(0) { $0 + $1.key.tex.utf8.count + $1.value.html.utf8.count + 16 }) { out in
            out.count(formulas.count)
            for (formula, result) in formulas {
                out.byte(formula.display ? 1 : 0)
                out.string(formula.tex)
                out.string(result.html)
                out.byte(result.error == nil ? 0 : 1)
                if let error = result.error { out.string(error) }
            }
        }
    }

    /// Removes kept formulas of notes not in `relativePaths`, and all but a few of other typesetters'.
    func prune(keeping relativePaths: [String]) {
        guard let cache else { return }
        cache.prune(keeping: Set(relativePaths.map { key($0, in: cache) }))
    }

    /// The result for `formula`: typeset in this build already, or typeset now.
    func typeset(_ formula: Formula) -> MathResult {
        if let result = typesetNow.withLock({ $0[formula] }) { return result }
        let result: MathResult
        switch loadedTypesetter() {
        case .success(let math):
            result = math.render(formula.tex, display: formula.display)
        case .failure(let error):
            result = MathTypesetter.failure(formula.tex, message: "KaTeX could not be loaded: \(error)", display: formula.display)
        }
        if formula.tex.utf8.count <= Self.largestShared { typesetNow.withLock { $0[formula] = result } }
        return result
    }

    /// The typesetter, made by the first caller while the others wait.
    private func loadedTypesetter() -> Result<MathTypesetter, Error> {
        typesetter.withLock { made in
            if let made { return made }
            let result = Result { try make() }
            made = result
            return result
        }
    }

    func key(_ relativePath: String, in cache: StageCache) -> StageCache.Key {
        cache.key(owner: relativePath) { $0.combine(identity) }
    }

    /// A page's formulas as `keep` writes them: a count, then per formula whether it is display math
    /// (one byte), its TeX, its HTML, and an error flag (one byte) followed by the error if flagged.
    static func formulas(_ fields: inout BinaryReader) -> [Formula: MathResult]? {
        fields.list { fields -> (Formula, MathResult)? in
            guard let display = fields.byte(), display <= 1, let tex = fields.string(), let html = fields.string(),
                  let flagged = fields.byte(), flagged <= 1 else { return nil }
            var error: String?
            if flagged == 1 {
                guard let message = fields.string() else { return nil }
                error = message
            }
            return (Formula(tex: tex, display: display == 1), MathResult(html: html, error: error))
        }.map { Dictionary($0, uniquingKeysWith: { first, _ in first }) }
    }
}
