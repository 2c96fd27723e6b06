import Foundation
import Testing
@testable import WeaveCore

/// Input that nests tens of thousands of levels deep is flattened past `TreeBuilder.maxDepth` with a
/// warning, and loads, parses and renders on a stack the size of a Dispatch worker's.
@Suite struct DeepNestingTests {
    /// Inputs nesting about 50,000 levels deep (a test argument prints as its name only).
    enum DeepInput: String, CaseIterable, CustomTestStringConvertible {
        case blockQuotes, listItems, orderedListItems, quotesInLists, emphasis, strongEmphasis, mixedEmphasis,
             images, tableCell

        var testDescription: String { rawValue }

        var markdown: String {
            let n = 50_000
            func nest(_ open: String, _ close: String, _ count: Int = n) -> String {
                String(repeating: open, count: count) + "deep" + String(repeating: close, count: count)
            }
            switch self {
            case .blockQuotes: return nest(">", "")
            case .listItems: return nest("- ", "")
            case .orderedListItems: return nest("1. ", "")
            case .quotesInLists: return nest("- > ", "", n / 2)
            case .emphasis: return nest("*a ", " b*")
            case .strongEmphasis: return nest("**a ", " b**")
            case .mixedEmphasis: return nest("*a **b _c ", " c_ b** a*", n / 3)
            case .images: return nest("![", "](u.png)")
            case .tableCell: return "| a |\n|---|\n| " + nest("*a ", " b*") + " |"
            }
        }

        /// Whether cmark builds a tree deeper than weave keeps: past `OpenBrackets.limit` open images,
        /// further `![` are read as text, so images nest no deeper than that.
        var nestsDeep: Bool { self != .images }

        /// Text of the innermost level that the page shows (an image shows its source, not its alt text).
        var visible: String { self == .images ? "u.png" : "deep" }
    }

    @Test(arguments: DeepInput.allCases)
    func deepNestingIsFlattenedWithAWarning(_ input: DeepInput) {
        let (note, page) = onWorkerSizedStack { renderWithoutKaTeX("intro\n\n" + input.markdown + "\n") }
        #expect(nestingDepth(note.blocks) <= TreeBuilder.maxDepth + 3)
        #expect(page.body.contains(input.visible))
        let warnings = note.diagnostics.filter { $0.message.contains("nesting deeper than") }
        if input.nestsDeep {
            #expect(warnings.count == 1, "\(note.diagnostics)")
            #expect(warnings.first?.severity == .warning)
            #expect(warnings.first?.file == "notes/test.md")
            #expect(warnings.first?.line == 3)
        } else {
            #expect(warnings.isEmpty)
        }
    }

    @Test func nestingOfRealNotesIsKeptAsWritten() {
        let markdown = String(repeating: "> ", count: 20) + "- " + String(repeating: "*a ", count: 20) + "x"
            + String(repeating: " b*", count: 20) + "\n"
        let note = parse(markdown)
        #expect(note.diagnostics.isEmpty)
        #expect(nestingDepth(note.blocks) == 20 + 1 + 1 + 20 + 1)
        let html = renderWithoutKaTeX(markdown).page.body
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == 20)
        #expect(html.components(separatedBy: "<em>").count - 1 == 20)
    }

    @Test func flattenedQuotesKeepTheirText() {
        let markdown = String(repeating: ">", count: 500) + " inside\n" + String(repeating: ">", count: 500) + " more\n\nafter\n"
        let (note, page) = onWorkerSizedStack { renderWithoutKaTeX(markdown) }
        #expect(page.body.components(separatedBy: "<blockquote>").count - 1 < TreeBuilder.maxDepth)
        #expect(page.body.contains("inside"))
        #expect(page.body.contains("more"))
        #expect(page.body.hasSuffix("<p>after</p>\n"))
        #expect(note.diagnostics.map(\.line) == [1])
    }
}
