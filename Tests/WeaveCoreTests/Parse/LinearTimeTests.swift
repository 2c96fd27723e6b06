import Foundation
import Testing
@testable import WeaveCore

/// Loading, parsing and rendering take time linear in the input for patterns that are quadratic in
/// naive parsers (and some in Debian's libcmark 0.30).
///
/// This is a complexity test, not a speed target: it times a note of n repetitions and one of 4n and
/// expects the ratio well below the 16 that quadratic time would give.
@Suite(.serialized) struct LinearTimeTests {
    enum Pattern: String, CaseIterable, CustomTestStringConvertible {
        case unclosedDollars, dollarsBeforeDigits, imageOpenersBeforeLinks, imageOpenersOverManyLines,
             nestedImageOpeners, wikiLinkOpeners, unclosedWikiLinks, highlights, strikethroughs, angleBrackets,
             backtickRunsOfEveryLength, strongOpeners, mixedEmphasis, manyTextNodes, failedTables, bareURLs,
             nestedQuotes, nestedLists, blankLinesInNestedLists

        var testDescription: String { rawValue }

        /// The note for `n` repetitions.
        func markdown(_ n: Int) -> String {
            switch self {
            case .unclosedDollars: return String(repeating: "$a ", count: n)
            case .dollarsBeforeDigits: return String(repeating: "$5 a$1 ", count: n)
            case .imageOpenersBeforeLinks: return String(repeating: "![[]()", count: n)
            case .imageOpenersOverManyLines: return String(repeating: "![[]()\n", count: n)
            case .nestedImageOpeners: return String(repeating: "![", count: n) + String(repeating: "[]()", count: n)
            case .wikiLinkOpeners: return String(repeating: "[[", count: n)
            case .unclosedWikiLinks: return String(repeating: "![[a|b] ", count: n)
            case .highlights: return String(repeating: "==a ", count: n)
            case .strikethroughs: return String(repeating: "~~a ", count: n)
            case .angleBrackets: return String(repeating: "<a ", count: n)
            case .backtickRunsOfEveryLength:
                // Runs of 1, 2, 3 … backticks, none closed: a scan ahead from each run is n^1.5.
                var text = ""
                var length = 1
                while text.count < 4 * n { text += String(repeating: "`", count: length) + " x "; length += 1 }
                return text
            case .strongOpeners: return String(repeating: "**a ", count: n)
            case .mixedEmphasis: return String(repeating: "*a _b ", count: n)
            case .manyTextNodes: return String(repeating: "a[!", count: n) + " ==x=="
            case .failedTables: return String(repeating: "| $a$ | b |\n|---|\n", count: n)
            case .bareURLs: return String(repeating: "http://a.b/(c) ", count: n)
            case .nestedQuotes: return String(repeating: "> ", count: n) + "x"
            case .nestedLists: return String(repeating: "- ", count: n) + "x"
            case .blankLinesInNestedLists: return String(repeating: "- ", count: n) + "x" + String(repeating: "\n", count: n)
            }
        }
    }

    /// Seconds to load, parse and render `markdown`, the best of three runs (the machine is shared).
    static func seconds(_ markdown: String) -> Double {
        let clock = ContinuousClock()
        let runs = (0..<3).map { _ in clock.measure { _ = renderWithoutKaTeX(markdown) } }
        let best = runs.min()!
        return Double(best.components.seconds) + Double(best.components.attoseconds) * 1e-18
    }

    @Test(arguments: Pattern.allCases)
    func timeGrowsLinearly(_ pattern: Pattern) {
        var n = 2_000
        var small = Self.seconds(pattern.markdown(n))
        while small < 0.05 && n < 200_000 {   // large enough to measure
            n *= 2
            small = Self.seconds(pattern.markdown(n))
        }
        let large = Self.seconds(pattern.markdown(4 * n))
        #expect(large / small < 8, "n=\(n): \(small) s, 4n: \(large) s")
    }
}
