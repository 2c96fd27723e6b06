import Testing
@testable import WeaveCore

@Suite("MathTypesetter.prepareDisplay")
struct DisplayMathPreparationTests {
    static func aligned(_ body: String) -> String { "\\begin{aligned}\n" + body + "\n\\end{aligned}" }
    static func gathered(_ body: String) -> String { "\\begin{gathered}\n" + body + "\n\\end{gathered}" }

    /// (input, expected output, renders without error in KaTeX)
    static let cases: [(String, String, Bool)] = [
        // Untouched.
        ("x^2", "x^2", true),
        ("\\frac{\\partial E}{\\partial w}", "\\frac{\\partial E}{\\partial w}", true),
        ("\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}", "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}", true),
        ("\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}", "\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}", true),
        ("\\begin{matrix} \\begin{matrix} a & b \\end{matrix} & c \\end{matrix}",
         "\\begin{matrix} \\begin{matrix} a & b \\end{matrix} & c \\end{matrix}", true),
        ("\\left\\{ \\begin{array}{ll} a & b \\\\ c & d \\end{array} \\right.",
         "\\left\\{ \\begin{array}{ll} a & b \\\\ c & d \\end{array} \\right.", true),
        ("a \\& b", "a \\& b", true),                                   // escaped &
        ("\\sum_{\\substack{i \\\\ j}} x", "\\sum_{\\substack{i \\\\ j}} x", true),   // \\ inside braces
        ("a % & \\\\ in a comment\n+ b", "a % & \\\\ in a comment\n+ b", true),
        ("\\text{100\\%} & x", aligned("\\text{100\\%} & x"), true),  // \% is not a comment
        // Typora alignment without an environment.
        ("a &= b \\\\ c &= d", aligned("a &= b \\\\ c &= d"), true),
        ("E &= \\frac{1}{2}(t-y)^2", aligned("E &= \\frac{1}{2}(t-y)^2"), true),
        ("\\{ a & b \\}", aligned("\\{ a & b \\}"), true),                // \{ \} are not braces
        ("\\begin{pmatrix}a\\end{pmatrix} &= b", aligned("\\begin{pmatrix}a\\end{pmatrix} &= b"), true),
        // Line breaks only: centred lines.
        ("a = 1 \\\\ b = 2", gathered("a = 1 \\\\ b = 2"), true),
        ("\\begin{matrix}a\\end{matrix} \\\\ b", gathered("\\begin{matrix}a\\end{matrix} \\\\ b"), true),
        // Blank lines.
        ("a\n\nb", "a\nb", true),
        ("a\n   \n\t\n+ b", "a\n+ b", true),
        ("\n\na + b\n\n", "a + b", true),
        ("a &= b \\\\\n\nc &= d", aligned("a &= b \\\\\nc &= d"), true),
        ("a\r\n\r\nb", "a\nb", true),
        // Leading and trailing \\.
        ("a &= b \\\\", aligned("a &= b "), true),
        ("\\\\ a &= b", aligned(" a &= b"), true),
        ("a + b \\\\", "a + b ", true),
        ("a \\\\ \n\n", "a  ", true),
        ("\\\\ \\\\ a \\\\ \\\\", "  a  ", true),
        ("a &= b \\\\ % last\n", aligned("a &= b  % last"), true),
        ("\\\\", "", true),
        // A trailing comment must not swallow \end{aligned}.
        ("a &= b\n% end", aligned("a &= b\n% end"), true),
        // Unbalanced input is passed on for KaTeX to report.
        ("\\frac{a &= b", "\\frac{a &= b", false),
        ("a } & b", aligned("a } & b"), false),
    ]

    @Test(arguments: 0..<cases.count)
    func prepares(_ index: Int) throws {
        let (input, expected, valid) = Self.cases[index]
        let prepared = MathTypesetter.prepareDisplay(input)
        #expect(prepared == expected, "input: \(input.debugDescription)")
        #expect(MathTypesetter.prepareDisplay(prepared) == prepared, "idempotent: \(input.debugDescription)")
        if valid {
            let r = try SharedMath.get().render(input, display: true)
            #expect(r.error == nil, "\(input.debugDescription): \(r.error ?? "")")
        }
    }

    @Test func scannerMarksTopLevel() {
        let tokens = TeXScanner.tokens(Array("{&}\\begin{x}&\\end{x}&\\\\".utf8))
        let top = tokens.filter { $0.topLevel && ($0.kind == .ampersand || $0.kind == .lineBreak) }
        #expect(top.map(\.kind) == [.ampersand, .lineBreak])
        #expect(tokens.filter { $0.kind == .ampersand }.count == 3)
    }

    @Test func multibyteTextPassesThrough() {
        #expect(MathTypesetter.prepareDisplay("损失 &= x \\\\ 梯度 &= y") == Self.aligned("损失 &= x \\\\ 梯度 &= y"))
    }
}
