import Testing
@testable import WeaveCore

/// An `InlineRewriter` visits inlines in document order and chooses where to go in; `rewritten` and
/// `rewrittenRuns` are its innermost-first uses.
@Suite struct InlineRewriterTests {
    private let nested: [Inline] = [.text("a"), .emphasis([.text("b"), .strong([.text("c")])]), .text("d")]

    @Test func inlinesAreRewrittenInnermostFirst() {
        var seen: [String] = []
        let out = nested.rewritten { inline in
            switch inline {
            case .text(let s): seen.append(s); return [.text(s.uppercased())]
            case .emphasis(let c): seen.append("emphasis of \(c.plainText)")
            case .strong(let c): seen.append("strong of \(c.plainText)")
            default: break
            }
            return [inline]
        }
        #expect(seen == ["a", "b", "c", "strong of C", "emphasis of BC", "d"])
        #expect(out == [.text("A"), .emphasis([.text("B"), .strong([.text("C")])]), .text("D")])
    }

    @Test func runsAreRewrittenInnermostFirst() {
        var seen: [String] = []
        let out = nested.rewrittenRuns { run in
            seen.append(run.plainText)
            return run.reversed()
        }
        #expect(seen == ["c", "bc", "acbd"])   // the emphasis was reversed before the outer run
        #expect(out == [.text("d"), .emphasis([.strong([.text("c")]), .text("b")]), .text("a")])
    }

    /// A rewriter with state sees text in the order a reader meets it and may leave a span alone.
    @Test func aRewriterGoesInWhereItChoosesInDocumentOrder() {
        struct Numbering: InlineRewriter {
            var count = 0
            mutating func rewrite(_ inline: Inline) -> [Inline] {
                switch inline {
                case .text(let s): count += 1; return [.text("\(count)\(s)")]
                case .link: return [inline]
                default: return [rewritingChildren(of: inline)]
                }
            }
        }
        var numbering = Numbering()
        let out = numbering.rewrite(nested + [.link(destination: "u", title: "", [.text("e")]), .highlight([.text("f")])])
        #expect(out == [
            .text("1a"), .emphasis([.text("2b"), .strong([.text("3c")])]), .text("4d"),
            .link(destination: "u", title: "", [.text("e")]), .highlight([.text("5f")]),
        ])
    }

    /// A rewriter that overrides the run sees each span's content as a run of its own.
    @Test func aRewriterOfRunsSeesEachSpansContentAsARun() {
        struct Counting: InlineRewriter {
            var runs: [Int] = []
            mutating func rewrite(_ run: [Inline]) -> [Inline] {
                runs.append(run.count)
                return run.map { rewritingChildren(of: $0) }
            }
        }
        var counting = Counting()
        #expect(counting.rewrite(nested) == nested)
        #expect(counting.runs == [3, 2, 1])
    }
}
