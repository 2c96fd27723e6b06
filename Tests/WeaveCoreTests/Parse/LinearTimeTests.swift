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
             nestedQuotes, nestedLists, blankLinesInNestedLists, unclosedHTMLComments, commentsOverLines,
             footnoteLabelOpeners, footnoteReferences, repeatedFootnoteDefinitions, tags, unclosedReferences,
             unknownReferences, repeatedLabels, commentsOnOneLine, checkCommentsOnOneLine, scriptsOnOneLine

        var testDescription: String { rawValue }

        /// Where the search for a measurable size starts. Copies made by memmove are quadratic with a small
        /// constant: at the sizes that first take 0.05 s their growth still looks linear.
        var smallest: Int {
            switch self {
            case .commentsOnOneLine, .checkCommentsOnOneLine: return 50_000
            default: return 2_000
            }
        }

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
            case .failedTables: return String(repeating: "| $a$ $b$ $c$ $d$ | e |\n|---|\n", count: n)
            case .bareURLs: return String(repeating: "http://a.b/(c) ", count: n)
            case .nestedQuotes: return String(repeating: "> ", count: n) + "x"
            case .nestedLists: return String(repeating: "- ", count: n) + "x"
            case .blankLinesInNestedLists: return String(repeating: "- ", count: n) + "x" + String(repeating: "\n", count: n)
            case .unclosedHTMLComments: return String(repeating: "<!-- a <!-- ", count: n)
            case .commentsOverLines: return String(repeating: "a %%b\n\nc%% ", count: n)
            case .footnoteLabelOpeners: return String(repeating: "[^a ", count: n)
            case .footnoteReferences: return String(repeating: "x[^1] ", count: n) + "\n\n[^1]: d\n"
            case .repeatedFootnoteDefinitions: return "x[^a]\n" + String(repeating: "[^a]: x\n\n\n", count: n)
            case .tags: return String(repeating: "#a ", count: n)
            case .unclosedReferences: return String(repeating: "\\eqref{a ", count: n)
            case .unknownReferences: return String(repeating: "\\ref{x} $\\eqref{y}$ ", count: n)
            case .repeatedLabels: return String(repeating: "$$\na \\label{eq:a}\n$$\n\n", count: n)
            // One HTML block whose search text is read comment by comment, script by script.
            case .commentsOnOneLine: return "# P\n\n" + String(repeating: "<!--check-->", count: n)
            case .checkCommentsOnOneLine: return "# P\n\n" + String(repeating: "<!-- check: x = 1...2 -->", count: n)
            case .scriptsOnOneLine: return "<div>" + String(repeating: "<SCRIPT>a</b></Script>", count: n)
            }
        }
    }

    /// CPU seconds this thread spends to load, parse and render `markdown` (CPU time, not wall time, so
    /// that other processes on the machine do not count).
    static func seconds(_ markdown: String) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
        }
        let start = now()
        _ = renderWithoutKaTeX(markdown)
        return now() - start
    }

    @Test(arguments: Pattern.allCases)
    func timeGrowsLinearly(_ pattern: Pattern) {
        var n = pattern.smallest
        var small = Self.seconds(pattern.markdown(n))
        while small < 0.05 && n < 200_000 {   // large enough to measure
            n *= 2
            small = Self.seconds(pattern.markdown(n))
        }
        // The best of two, small and large in turn, so that a busy machine (caches) slows both alike.
        var large = Double.infinity
        for _ in 0..<2 {
            small = min(small, Self.seconds(pattern.markdown(n)))
            large = min(large, Self.seconds(pattern.markdown(4 * n)))
        }
        #expect(large / small < 8, "n=\(n): \(small) s, 4n: \(large) s")
    }
}
