// Typesets TeX to static HTML at build time: KaTeX (Debian's libjs-katex) running in-process in
// JavaScriptCore. Pages then need only KaTeX's CSS and fonts (see `katexCSSPath`, `katexFontsURL`).
//
// Threads: a `MathTypesetter` may be shared by any number of threads. It keeps a small pool of KaTeX
// engines, one JavaScript context (its own VM) each, created lazily up to `maxWorkers`
// (default: the number of cores); `render` borrows an idle engine, or waits for one.
//
// Speed (KaTeX 0.16.4, JavaScriptCore 2.50, realistic mix of inline and display formulas): about 4,600
// formulas/s on one thread, 6,800/s with two engines on two cores (see MathBenchmark in the tests).
//
// Determinism: every engine loads the same script with the same options, and each call gets a fresh copy
// of the macro table (so a `\gdef` in one formula cannot leak into the next), so the same TeX gives the
// same bytes whichever engine renders it.

import Foundation
import Synchronization

/// The HTML for one formula; `error` is KaTeX's message when the TeX is wrong (then `html` shows the source
/// in an error style, so the page still reads).
public struct MathResult: Equatable, Sendable {
    public var html: String
    public var error: String?

    public init(html: String, error: String? = nil) {
        self.html = html
        self.error = error
    }
}

public enum MathTypesetterError: Error, CustomStringConvertible {
    /// The KaTeX script is not where it was looked for.
    case katexMissing(URL)
    /// The KaTeX script did not load (wrong file, or a JavaScript error while evaluating it).
    case katexFailed(URL, String)

    public var description: String {
        switch self {
        case .katexMissing(let url):
            return "KaTeX not found at \(url.path); install the Debian package libjs-katex "
                + "(apt-get install libjs-katex), or pass the path of katex.min.js"
        case .katexFailed(let url, let message):
            return "KaTeX at \(url.path) did not load: \(message)"
        }
    }
}

// Unchecked: the engine pool (`idle`, `engineCount`) is guarded by `pool`, a condition Mutex lacks, and an
// engine is used by one thread at a time, from `checkout` to `checkin`; everything else is `let` or a Mutex.
public final class MathTypesetter: @unchecked Sendable {
    // MARK: Where Debian's libjs-katex puts KaTeX

    public static let defaultKatexDirectory = URL(fileURLWithPath: "/usr/share/javascript/katex", isDirectory: true)
    public static let defaultKatexPath = defaultKatexDirectory.appendingPathComponent("katex.min.js")
    /// The stylesheet pages link to; the site step copies it next to the fonts folder.
    public static let katexCSSPath = defaultKatexDirectory.appendingPathComponent("katex.min.css")
    /// The fonts folder the CSS refers to as `fonts/…` (woff2, woff and ttf). In Debian it is a symbolic
    /// link to /usr/share/fonts/truetype/katex (package fonts-katex): copy the files, not the link.
    public static let katexFontsURL = defaultKatexDirectory.appendingPathComponent("fonts", isDirectory: true)

    /// Macros for spellings KaTeX lacks (KaTeX 0.16 already has `\bm`, `\R`, `\N`, `\Z`, `\argmax`,
    /// `\argmin`, `\operatorname*`, `\boldsymbol`, so those are not redefined here).
    public static let defaultMacros: [String: String] = [
        "\\part": "\\partial",
        "\\mathbbm": "\\mathbb",
        "\\mathds": "\\mathbb",
        "\\dif": "\\mathrm{d}",
        "\\E": "\\mathbb{E}",
        "\\Q": "\\mathbb{Q}",
        "\\C": "\\mathbb{C}",
        "\\abs": "\\left\\lvert #1\\right\\rvert",
        "\\norm": "\\left\\lVert #1\\right\\rVert",
        // MathJax commands with no visible output in a static page: swallow their argument.
        "\\mbox": "\\text{#1}",
        "\\label": "\\@firstoftwo{}",
        "\\require": "\\@firstoftwo{}",
    ]

    /// KaTeX's output format.
    public enum Output: String, Sendable {
        /// HTML for the eye plus hidden MathML for screen readers (KaTeX's default).
        case htmlAndMathml
        /// HTML only: about half the bytes, no MathML for assistive technology.
        case html
    }

    // MARK: Instance

    /// The KaTeX version that was loaded, e.g. "0.16.4".
    public let katexVersion: String
    public let katexPath: URL
    public let output: Output
    /// Engines (JavaScript contexts) created at most; each costs a few MB and ~50 ms to create.
    public let maxWorkers: Int

    /// The stylesheet and fonts next to `katexPath`.
    public var cssURL: URL { katexPath.deletingLastPathComponent().appendingPathComponent("katex.min.css") }
    public var fontsURL: URL {
        katexPath.deletingLastPathComponent().appendingPathComponent("fonts", isDirectory: true)
    }

    /// What this typesetter's output depends on (KaTeX's script, the options, the macros), as a hash:
    /// typesetters with the same identity give the same HTML for the same TeX.
    public let identity: String

    private let katexSource: String
    private let options: KatexOptions
    private let pool = NSCondition()
    private var idle: [KatexEngine] = []
    private var engineCount = 0

    /// Loads KaTeX once (and creates the first engine, so a broken install shows here, not per formula).
    /// - Parameters:
    ///   - macros: extra macros, e.g. from the site's configuration; they override `defaultMacros`.
    ///   - maxWorkers: engines created at most; default one per core.
    public init(katexPath: URL = MathTypesetter.defaultKatexPath,
                output: Output = .htmlAndMathml,
                macros: [String: String] = [:],
                maxWorkers: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        let source = try Self.script(at: katexPath)
        self.katexPath = katexPath
        self.output = output
        self.maxWorkers = max(1, maxWorkers)
        self.katexSource = source
        let options = Self.options(macros: Self.defaultMacros.merging(macros) { _, user in user }, output: output)
        self.options = options
        self.identity = Self.identity(script: source, options: options)
        let first: KatexEngine
        do {
            first = try KatexEngine(katexSource: source, katexURL: katexPath.path, options: options)
        } catch {
            throw MathTypesetterError.katexFailed(katexPath, "\(error)")
        }
        katexVersion = first.version
        idle = [first]
        engineCount = 1
    }

    /// The `identity` a typesetter made with these arguments would have, without loading KaTeX (reads
    /// the script and hashes it), so a build can tell whether stored formulas are still valid.
    public static func identity(katexPath: URL = MathTypesetter.defaultKatexPath, output: Output = .htmlAndMathml,
                                macros: [String: String] = [:]) throws -> String {
        let options = options(macros: defaultMacros.merging(macros) { _, user in user }, output: output)
        return identity(script: try script(at: katexPath), options: options)
    }

    private static func identity(script: String, options: KatexOptions) -> String {
        var h = Hasher64()
        h.combine(script)
        h.combine(adapterScript)
        h.combine(options.macrosJSON)
        h.combine(options.output)
        return h.hex
    }

    private static func script(at katexPath: URL) throws -> String {
        guard FileManager.default.fileExists(atPath: katexPath.path) else {
            throw MathTypesetterError.katexMissing(katexPath)
        }
        do {
            return try String(contentsOf: katexPath, encoding: .utf8)
        } catch {
            throw MathTypesetterError.katexFailed(katexPath, "\(error)")
        }
    }

    /// Typesets one formula. Display math is first passed through `prepareDisplay` (Typora-style `&` and
    /// `\\` without an environment, blank lines). Never throws: a TeX error comes back in `error`, with the
    /// source shown in `html` as `<span class="math-error" title="message">source</span>`
    /// (plus class `math-display` for display math).
    public func render(_ tex: String, display: Bool) -> MathResult {
        renderAll([(tex, display)])[0]
    }

    /// Typesets many formulas (e.g. all of one page) with one engine checkout and one call into
    /// JavaScript (about 5–10% faster than `render` per formula). Results are in the order of `formulas`,
    /// the same bytes `render` gives.
    public func renderAll(_ formulas: [(tex: String, display: Bool)]) -> [MathResult] {
        if formulas.isEmpty { return [] }
        let inputs = formulas.map { $0.display ? Self.prepareDisplay($0.tex) : $0.tex }
        let outcomes: [KatexOutcome]
        do {
            let engine = try checkout()
            defer { checkin(engine) }
            outcomes = try engine.render(inputs, displays: formulas.map(\.display))
            guard outcomes.count == formulas.count else {
                throw JavaScriptError(message: "\(outcomes.count) results for \(formulas.count) formulas")
            }
        } catch {
            return formulas.map { Self.failure($0.tex, message: "KaTeX failed: \(error)", display: $0.display) }
        }
        return zip(outcomes, formulas).map { outcome, formula in
            switch outcome {
            case .html(let html): return MathResult(html: html)
            case .error(let message): return Self.failure(formula.tex, message: message, display: formula.display)
            }
        }
    }

    /// The page fragment for a formula KaTeX rejected: the escaped source, the message as a tooltip.
    static func failure(_ tex: String, message: String, display: Bool) -> MathResult {
        let cls = display ? "math-error math-display" : "math-error"
        let html = "<span class=\"\(cls)\" title=\"\(HTML.escape(message))\">\(HTML.escape(tex))</span>"
        return MathResult(html: html, error: message)
    }

    // MARK: The pool

    private func checkout() throws -> KatexEngine {
        pool.lock()
        while idle.isEmpty && engineCount >= maxWorkers { pool.wait() }
        if let engine = idle.popLast() {
            pool.unlock()
            return engine
        }
        engineCount += 1          // reserve the slot, create outside the lock
        pool.unlock()
        do {
            return try KatexEngine(katexSource: katexSource, katexURL: katexPath.path, options: options)
        } catch {
            pool.lock()
            engineCount -= 1
            pool.signal()
            pool.unlock()
            throw error
        }
    }

    private func checkin(_ engine: KatexEngine) {
        pool.lock()
        idle.append(engine)
        pool.signal()
        pool.unlock()
    }

    // MARK: The JavaScript side

    /// weave's side of KaTeX (`katex-adapter.js`, embedded in the binary): `weaveMath.setup` and `weaveMath.many`.
    static let adapterScript = String(decoding: PackageResources.katex_adapter_js, as: UTF8.self)

    /// The adapter's options: the macros as JSON (sorted, so the same macros give the same identity) and
    /// KaTeX's output format.
    private static func options(macros: [String: String], output: Output) -> KatexOptions {
        let data = (try? JSONSerialization.data(withJSONObject: macros, options: [.sortedKeys])) ?? Data("{}".utf8)
        return KatexOptions(macrosJSON: String(decoding: data, as: UTF8.self), output: output.rawValue)
    }
}

/// What the adapter is set up with in every engine.
struct KatexOptions: Sendable {
    var macrosJSON: String
    var output: String
}

/// What KaTeX made of one formula.
enum KatexOutcome: Equatable {
    case html(String)
    case error(String)

    /// The adapter's answer for one formula (`katex-adapter.js`): "H" and the HTML, or "E" and the message.
    init?(tagged answer: String) {
        switch answer.utf8.first {
        case UInt8(ascii: "H"): self = .html(String(answer.dropFirst()))
        case UInt8(ascii: "E"): self = .error(String(answer.dropFirst()))
        default: return nil
        }
    }
}

/// One JavaScript context with KaTeX loaded and the adapter set up. Used by one thread at a time.
private final class KatexEngine {
    let context: JavaScriptContext
    let many: JavaScriptFunction
    let version: String

    init(katexSource: String, katexURL: String, options: KatexOptions) throws {
        context = JavaScriptContext()
        try context.evaluate(katexSource, sourceURL: katexURL)
        version = try context.evaluateFunction(
            "(function () { return globalThis.katex ? String(globalThis.katex.version) : ''; })",
            sourceURL: "weave-katex-version.js").callReturningString([])
        guard !version.isEmpty else {
            throw JavaScriptError(message: "the script did not define `katex`")
        }
        try context.evaluate(MathTypesetter.adapterScript, sourceURL: "katex-adapter.js")
        _ = try context.evaluateFunction("globalThis.weaveMath.setup", sourceURL: "weave-katex-setup.js")
            .callReturningString([.string(options.macrosJSON), .string(options.output)])
        many = try context.evaluateFunction("globalThis.weaveMath.many", sourceURL: "weave-katex-many.js")
    }

    func render(_ texs: [String], displays: [Bool]) throws -> [KatexOutcome] {
        try many.callReturningStrings([.strings(texs), .bools(displays)]).enumerated().map { i, answer in
            guard let outcome = KatexOutcome(tagged: answer) else {
                throw JavaScriptError(message: "result \(i) is neither HTML nor an error")
            }
            return outcome
        }
    }
}
