import Foundation
import Synchronization

/// A KaTeX typesetter made on first use, so a build whose formulas are all known never loads KaTeX.
///
/// Shared by the threads rendering pages. If KaTeX cannot be loaded, every formula comes back as a
/// failure and `loadError` says why (the build reports that once, as an error).
final class LazyTypesetter: Sendable {
    private let made: Mutex<Result<MathTypesetter, Error>?>
    private let make: @Sendable () throws -> MathTypesetter

    /// - Parameter existing: a typesetter to use as is (e.g. `weave serve`'s warm one); nil makes one
    ///   with `make` when the first formula needs it.
    init(existing: MathTypesetter?, make: @escaping @Sendable () throws -> MathTypesetter = { try MathTypesetter() }) {
        made = Mutex(existing.map { .success($0) })
        self.make = make
    }

    /// Whether KaTeX was needed (and so loaded) in this build.
    var wasUsed: Bool {
        made.withLock { $0 != nil }
    }

    /// Why KaTeX could not be loaded, if it was needed and could not.
    var loadError: Error? {
        made.withLock { made in
            if case .failure(let error)? = made { return error }
            return nil
        }
    }

    func render(_ formula: Formula) -> MathResult {
        switch typesetter() {
        case .success(let math):
            return math.render(formula.tex, display: formula.display)
        case .failure(let error):
            return MathTypesetter.failure(formula.tex, message: "KaTeX could not be loaded: \(error)", display: formula.display)
        }
    }

    /// The typesetter, made by the first caller while the others wait.
    private func typesetter() -> Result<MathTypesetter, Error> {
        made.withLock { made in
            if let made { return made }
            let result = Result { try make() }
            made = result
            return result
        }
    }
}
