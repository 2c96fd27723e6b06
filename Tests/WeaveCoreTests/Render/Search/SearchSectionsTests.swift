import Testing
@testable import WeaveCore

struct SearchSectionsTests {
    @Test func headingsCutTheNoteAndATitleHeadingStandsForThePageTop() {
        let note = parse("""
        ---
        title: 手算反向传播
        ---
        # 手算反向传播

        反向传播就是链式法则。

        ## 1 前向传播

        先算 $\\sigma(\\text{net})$：

        $$
        E = \\tfrac12 (T - \\text{out})^2
        $$

        ### 1.1 小节
        """)
        let sections = SearchSections.of(note)
        #expect(sections.map(\.id) == ["手算反向传播", "1-前向传播", "11-小节"])
        #expect(sections.map(\.heading) == ["手算反向传播", "1 前向传播", "1.1 小节"])
        #expect(sections[0].text == "反向传播就是链式法则。")
        #expect(sections[1].text == "先算 $\\sigma(\\text{net})$： $$E = \\tfrac12 (T - \\text{out})^2$$")
        #expect(sections[1].terms.contains("前向") && sections[1].terms.contains("sigma") && sections[1].terms.contains("net"))
        #expect(!sections[1].terms.contains("tfrac") && !sections[1].terms.contains("text"))
        #expect(sections[2].isEmpty)
    }

    @Test func textBeforeTheFirstHeadingIsThePageTopUnderTheTitle() {
        let note = parse("---\ntitle: 正则化\n---\n开头的话。\n\n## 1 欠拟合\n\n正文。\n")
        let sections = SearchSections.of(note)
        #expect(sections.map(\.id) == ["", "1-欠拟合"])
        #expect(sections[0].heading == "正则化" && sections[0].text == "开头的话。")
        #expect(sections[0].terms.contains("正则"))
    }

    @Test func aTitleThatNoHeadingRepeatsKeepsAnEmptyTopSection() {
        let sections = SearchSections.of(parse("---\ntitle: 梯度下降\n---\n## 1 最小二乘\n\n正文。\n"))
        #expect(sections.map(\.id) == ["", "1-最小二乘"])
        #expect(sections[0].heading == "梯度下降" && sections[0].isEmpty && sections[0].terms.contains("梯度"))
    }

    @Test func visibleCodeIsKeptHiddenCellsAndFormulaChecksAreNot() {
        let note = parse("""
        # T

        ```swift-nn
        let lossValue = Loss.crossEntropy(z, labels: y)
        ```

        ```swift-nn hide
        let secretHelper = 1
        ```

        ```python
        import numpy
        ```

        $$
        a = b
        $$
        <!-- check: a = 1...2, b = 1...2 -->
        """)
        let sections = SearchSections.of(note)
        #expect(sections.count == 1)
        #expect(sections[0].code == "let lossValue = Loss.crossEntropy(z, labels: y)\nimport numpy")
        #expect(sections[0].terms.contains("crossentropy") && sections[0].terms.contains("numpy"))
        #expect(!sections[0].terms.contains("secrethelper") && !sections[0].terms.contains("checkformula"))
    }

    @Test func theDeepestKeptTreeIsWalkedOnAWorkerSizedStack() {
        let levels = TreeBuilder.maxDepth
        let sections = onWorkerSizedStack { SearchSections.of(PageNestingTests.deepestNote(levels: levels)) }
        #expect(sections.count == 1)
        #expect(sections[0].text.hasSuffix("core") && sections[0].terms.contains("core"))
        #expect(sections[0].text.components(separatedBy: "t ").count - 1 == levels / 3, "every callout's title")
    }

    @Test func listsTablesQuotesCalloutsHTMLAndFootnotesGiveText() {
        let note = parse("""
        # T

        - 列表项[^1]

        | 符号 | 含义 |
        |---|---|
        | $w$ | 权重 |

        > 引用的话

        > [!note] 提示标题
        > 提示内容

        <div>原始 HTML</div>

        [^1]: 脚注内容
        """)
        let text = SearchSections.of(note)[0].text
        for part in ["列表项", "符号", "含义", "$w$", "权重", "引用的话", "提示标题", "提示内容", "原始 HTML", "脚注内容"] {
            #expect(text.contains(part), "\(part) in \(text)")
        }
    }
}
