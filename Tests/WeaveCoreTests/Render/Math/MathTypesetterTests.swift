import Foundation
import Testing
@testable import WeaveCore

@Suite("MathTypesetter")
struct MathTypesetterTests {
    @Test func simpleFormulaRenders() throws {
        let r = try SharedMath.get().render("x_i", display: false)
        #expect(r.error == nil)
        #expect(r.html.contains("class=\"katex\""))
        #expect(!r.html.contains("katex-display"))
        #expect(r.html.contains("<math"))      // htmlAndMathml: MathML for screen readers
    }

    @Test func theAdaptersTaggedAnswersReadAsOutcomes() {
        #expect(KatexOutcome(tagged: "H<span>x</span>") == .html("<span>x</span>"))
        #expect(KatexOutcome(tagged: "EUndefined control sequence") == .error("Undefined control sequence"))
        #expect(KatexOutcome(tagged: "E") == .error(""))
        #expect(KatexOutcome(tagged: "") == nil)
        #expect(KatexOutcome(tagged: "<span>") == nil)
    }

    @Test func displayMode() throws {
        let r = try SharedMath.get().render("\\sum_{i=1}^n x_i", display: true)
        #expect(r.error == nil)
        #expect(r.html.contains("katex-display"))
    }

    @Test func texErrorGivesMessageAndVisibleSource() throws {
        let r = try SharedMath.get().render("\\frac{1}{", display: false)
        let error = try #require(r.error)
        #expect(error.hasPrefix("KaTeX parse error"))
        #expect(!error.contains("\u{0332}"))
        #expect(r.html.hasPrefix("<span class=\"math-error\" title=\"KaTeX parse error"))
        #expect(r.html.hasSuffix(">\\frac{1}{</span>"))
    }

    @Test func displayErrorIsMarkedDisplay() throws {
        let r = try SharedMath.get().render("a &= \\frac{1}{", display: true)
        #expect(r.error != nil)
        #expect(r.html.hasPrefix("<span class=\"math-error math-display\""))
        #expect(r.html.contains("a &amp;= \\frac{1}{"))   // the author's source, escaped, not the wrapped one
    }

    @Test func unknownMacro() throws {
        let r = try SharedMath.get().render("x + \\foo", display: false)
        let error = try #require(r.error)
        #expect(error.contains("Undefined control sequence: \\foo"))
        #expect(r.html.contains("class=\"math-error\""))
    }

    @Test func errorSourceAndMessageAreEscaped() throws {
        let r = try SharedMath.get().render("a<b \\foo \"q\" & 'x'", display: false)
        #expect(r.error != nil)
        #expect(r.html.contains(">a&lt;b \\foo &quot;q&quot; &amp; &#39;x&#39;</span>"))
        #expect(!r.html.contains("a<b"))
    }

    @Test(arguments: [
        ("\\part E", "\\partial E"),
        ("\\bm{x}", "\\boldsymbol{x}"),
        ("\\mathbbm{1}", "\\mathbb{1}"),
        ("\\R^n", "\\mathbb{R}^n"),
        ("\\argmax_x f(x)", "\\operatorname*{arg\\,max}_x f(x)"),
        ("\\argmin_x f(x)", "\\operatorname*{arg\\,min}_x f(x)"),
        ("\\int f \\dif x", "\\int f \\mathrm{d} x"),
        ("\\E[X]", "\\mathbb{E}[X]"),
        ("\\abs{x}", "\\left\\lvert x\\right\\rvert"),
        ("\\mbox{if } x", "\\text{if } x"),
        ("x \\label{eq:1}", "x"),
    ])
    func macros(_ spelling: String, _ expansion: String) throws {
        let t = try SharedMath.get()
        for display in [false, true] {
            let a = t.render(spelling, display: display)
            let b = t.render(expansion, display: display)
            #expect(a.error == nil, "\(spelling): \(a.error ?? "")")
            #expect(b.error == nil)
            // Same rendering, up to the MathML annotation that quotes the source.
            #expect(stripAnnotation(a.html) == stripAnnotation(b.html), "\(spelling)")
        }
    }

    @Test(arguments: [
        ("\\text{损失} = \\frac{1}{2}(t-y)^2", false),
        ("损失 = x", false),
        ("损失函数 L(\\theta) = \\sum_i (y_i - \\hat y_i)^2", true),
        ("x_{\\text{输入}} \\to y_{输出}", false),
    ])
    func chineseInsideFormulas(_ tex: String, _ display: Bool) throws {
        let r = try SharedMath.get().render(tex, display: display)
        #expect(r.error == nil, "\(r.error ?? "")")
        let cjk = try #require(tex.unicodeScalars.first { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
        #expect(r.html.contains(String(cjk)))
    }

    @Test func asterisksAndUnderscores() throws {
        let r = try SharedMath.get().render("a_1 * b_2 * c_{3}", display: false)
        #expect(r.error == nil)
        #expect(r.html.contains("∗"))   // KaTeX's asterisk operator
    }

    @Test func escapedBracesAndLineBreaksSurvive() throws {
        let t = try SharedMath.get()
        let braces = t.render("\\{ x \\mid x > 0 \\}", display: false)
        #expect(braces.error == nil)
        #expect(braces.html.contains(">{</span>"))
        #expect(braces.html.contains(">}</span>"))
        let cases = t.render("f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{否则} \\end{cases}", display: true)
        #expect(cases.error == nil)
        let lines = t.render("a = 1 \\\\ b = 2", display: true)
        #expect(lines.error == nil)
        #expect(lines.html.contains("mtable"))   // two rows, not one run-on line
    }

    @Test func typoraAlignedBlockRenders() throws {
        let tex = """
        net_{h1} &= w_1 * i_1 + w_2 * i_2 + b_1 \\\\

        out_{h1} &= \\frac{1}{1+e^{-net_{h1}}} \\\\
        """
        let r = try SharedMath.get().render(tex, display: true)
        #expect(r.error == nil, "\(r.error ?? "")")
        #expect(r.html.contains("col-align-r"))
        #expect(r.html.contains("col-align-l"))
    }

    @Test func deterministicAcrossCallsAndInstances() throws {
        let shared = try SharedMath.get()
        let fresh = try MathTypesetter(maxWorkers: 1)
        for (tex, display) in realisticFormulas {
            let a = shared.render(tex, display: display)
            let b = shared.render(tex, display: display)
            let c = fresh.render(tex, display: display)
            #expect(a == b)
            #expect(a == c)
            #expect(a.error == nil, "\(tex): \(a.error ?? "")")
        }
    }

    @Test func concurrentRendersMatchSequential() async throws {
        let t = try MathTypesetter(maxWorkers: 2)
        let expected = realisticFormulas.map { t.render($0.tex, display: $0.display) }
        let results = await withTaskGroup(of: (Int, MathResult).self) { group in
            for round in 0..<8 {
                for (i, f) in realisticFormulas.enumerated() {
                    group.addTask { (i, t.render(f.tex, display: f.display)) }
                }
                _ = round
            }
            var all: [(Int, MathResult)] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8 * realisticFormulas.count)
        for (i, r) in results { #expect(r == expected[i]) }
    }

    @Test func renderAllMatchesRender() throws {
        let t = try SharedMath.get()
        var formulas = realisticFormulas
        formulas.append(("\\frac{1}{", false))
        formulas.append(("损失 &= \\foo", true))
        let all = t.renderAll(formulas)
        #expect(all.count == formulas.count)
        for (f, r) in zip(formulas, all) { #expect(r == t.render(f.tex, display: f.display)) }
        #expect(all.last?.error?.contains("\\foo") == true)
        #expect(t.renderAll([]).isEmpty)
    }

    @Test func globalDefinitionsDoNotLeakBetweenFormulas() throws {
        let t = try MathTypesetter(maxWorkers: 1)
        #expect(t.render("\\gdef\\mine{x} \\mine", display: false).error == nil)
        #expect(t.render("\\mine", display: false).error != nil)
    }

    @Test func untrustedCommandsStayInert() throws {
        let t = try SharedMath.get()
        let link = t.render("\\href{javascript:alert(1)}{x}", display: false)
        #expect(!link.html.contains("href=\"javascript"))
        let text = t.render("\\text{<script>alert(1)</script>}", display: false)
        #expect(!text.html.contains("<script>"))
    }

    @Test func userMacrosOverrideDefaults() throws {
        let t = try MathTypesetter(macros: ["\\E": "\\operatorname{E}", "\\loss": "\\mathcal{L}"], maxWorkers: 1)
        #expect(t.render("\\loss", display: false).error == nil)
        #expect(stripAnnotation(t.render("\\E", display: false).html)
                == stripAnnotation(t.render("\\operatorname{E}", display: false).html))
    }

    @Test func htmlOnlyOutputHasNoMathML() throws {
        let t = try MathTypesetter(output: .html, maxWorkers: 1)
        let r = t.render("x^2", display: false)
        #expect(r.error == nil)
        #expect(!r.html.contains("<math"))
    }

    @Test func missingKatexNamesPathAndPackage() {
        let path = URL(fileURLWithPath: "/nonexistent/katex/katex.min.js")
        do {
            _ = try MathTypesetter(katexPath: path)
            Issue.record("expected an error")
        } catch {
            let text = "\(error)"
            #expect(text.contains("/nonexistent/katex/katex.min.js"))
            #expect(text.contains("libjs-katex"))
        }
    }

    @Test func notKatexIsAClearError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weave-math-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("katex.min.js")
        try Data("var notKatex = 1; this.syntax error(".utf8).write(to: file)
        #expect(throws: MathTypesetterError.self) { try MathTypesetter(katexPath: file) }
    }

    @Test func versionCSSAndFonts() throws {
        let t = try SharedMath.get()
        #expect(t.katexVersion.hasPrefix("0.16"))
        #expect(FileManager.default.fileExists(atPath: MathTypesetter.katexCSSPath.path))
        #expect(t.cssURL == MathTypesetter.katexCSSPath)
        let fonts = try FileManager.default.contentsOfDirectory(atPath: MathTypesetter.katexFontsURL.path)
        #expect(fonts.contains("KaTeX_Main-Regular.woff2"))
    }

    /// Each formula carries a 50 KB comment, which KaTeX skips cheaply but which travels both ways (the
    /// MathML annotation quotes the source): leaking the input or the output string of a call would grow
    /// RSS by at least 100 MB over 1000 renders; the bound leaves room for the collector and for other
    /// tests running in the same process.
    /// Runs in its own process (an exit test), so that other tests' allocations cannot move its RSS.
    @Test func thousandRendersDoNotLeak() async throws {
        await #expect(processExitsWith: .success) {
            let t = try! MathTypesetter(maxWorkers: 1)
            let filler = "% " + String(repeating: "注释 comment ", count: 4000) + "\n"
            func run(_ n: Int) {
                for i in 0..<n {
                    let r = t.render("x_{\(i)} " + filler + "+ \\frac{\\partial E}{\\partial w_5}", display: false)
                    precondition(r.error == nil && r.html.utf8.count > 50_000)
                }
            }
            run(200)   // warm up: JIT, heap sizing
            guard let before = residentBytes() else { return }
            run(1000)
            let after = residentBytes() ?? before
            let growthMB = Double(after - before) / 1_048_576
            if growthMB >= 48 {
                FileHandle.standardError.write(Data("RSS grew \(growthMB) MB over 1000 renders\n".utf8))
                exit(1)
            }
        }
    }
}

/// KaTeX's MathML quotes the TeX source in <annotation>; compare renderings without it.
func stripAnnotation(_ html: String) -> String {
    guard let start = html.range(of: "<annotation"), let end = html.range(of: "</annotation>") else { return html }
    var s = html
    s.removeSubrange(start.lowerBound..<end.upperBound)
    return s
}
