import Testing
@testable import WeaveCore

@Suite struct CalloutsTests {
    @Test func theFoldMarkerIsKept() {
        let folds = ["> [!tip]- 收起\n> x\n", "> [!tip]+ 展开\n> x\n", "> [!tip] 平常\n> x\n"].map { markdown -> CalloutFold?? in
            guard case .callout(_, _, let fold, _, _)? = parse(markdown).blocks.first else { return .none }
            return .some(fold)
        }
        #expect(folds == [.some(.collapsed), .some(.expanded), .some(nil)])
    }

    @Test func theCalloutKeepsTheAuthorsWordAndTakesItsKindsColour() {
        guard case .callout(let kind, let title, _, _, _)? = parse("> [!HINT]\n> x\n").blocks.first else {
            Issue.record("no callout"); return
        }
        #expect(kind == "hint")
        #expect(title.isEmpty)
        #expect(["hint", "important", "tip"].map(CalloutKinds.kind) == ["tip", "tip", "tip"])
        #expect(["summary", "tldr", "check", "done", "help", "faq", "caution", "attention", "fail", "missing", "error", "cite"]
            .map(CalloutKinds.kind)
            == ["abstract", "abstract", "success", "success", "question", "question", "warning", "warning",
                "failure", "failure", "danger", "quote"])
        #expect(["note", "info", "todo", "bug", "example", "提示", "custom"].map(CalloutKinds.kind)
            == ["note", "info", "todo", "bug", "example", "提示", "custom"])
    }
}
