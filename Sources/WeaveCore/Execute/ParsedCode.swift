import Synchronization
import SwiftParser
import SwiftSyntax

/// Parses each cell's code once per process: its statements, its string literals and its highlighting
/// all read the same tree (parsing is the slow part, above all in a debug build of swift-syntax).
enum ParsedCode {
    private static let trees = Mutex<[String: SourceFileSyntax]>([:])
    /// Trees kept at most; a long `weave serve` session sees many versions of its cells.
    private static let capacity = 2_000

    /// `[` nested deeper than this is not parsed: swift-syntax's parser doubles its work per level
    /// (16 levels took 3.2 s, 85 never finished — found by the fuzzer).
    static let maxBracketDepth = 10

    /// The syntax tree of `code`, parsed on first request. Trees are immutable and shared between threads.
    ///
    /// Code with `[` nested deeper than `maxBracketDepth` gets an empty tree: the cell still compiles and
    /// runs, as one block without per-statement lines, a displayed last expression or highlighting.
    static func tree(_ code: String) -> SourceFileSyntax {
        guard SwiftHighlighter.bracketDepth(code) <= maxBracketDepth else { return Parser.parse(source: "") }
        if let tree = trees.withLock({ $0[code] }) { return tree }
        let tree = Parser.parse(source: code)
        trees.withLock { trees in
            if trees.count >= capacity { trees.removeAll(keepingCapacity: true) }
            trees[code] = tree
        }
        return tree
    }
}
