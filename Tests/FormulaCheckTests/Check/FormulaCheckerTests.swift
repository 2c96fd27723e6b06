import Foundation
import NN
import Testing
@testable import FormulaCheck

/// Whole formulas checked at sample points: identities that hold pass, wrong ones fail with the point
/// and both values, and what the subset cannot read fails as "cannot check".
@Suite struct FormulaCheckerTests {
    func check(_ tex: String, _ variables: [(String, FormulaDomain)] = [], tolerance: Double? = nil,
               fails: Bool = false, checker: inout FormulaChecker) -> FormulaCheckResult {
        checker.check(tex, variables: variables, tolerance: tolerance, fails: fails)
    }

    func check(_ tex: String, _ variables: [(String, FormulaDomain)] = [], tolerance: Double? = nil,
               fails: Bool = false) -> FormulaCheckResult {
        var checker = FormulaChecker()
        return check(tex, variables, tolerance: tolerance, fails: fails, checker: &checker)
    }

    @Test func activationDerivativesHold() {
        let x: [(String, FormulaDomain)] = [("x", .range(-6, 6))]
        for tex in [
            #"\sigma'(x) = \sigma(x)\,\bigl(1-\sigma(x)\bigr)"#,
            #"\sigma'(x)=\frac{e^{-x}}{(1+e^{-x})^2}=\frac{1}{1+e^{-x}}\cdot\frac{e^{-x}}{1+e^{-x}}"#,
            #"\tanh'(x) = 1 - \tanh^2 x = 4\sigma'(2x)"#,
            #"\tanh x=\frac{e^{x}-e^{-x}}{e^{x}+e^{-x}}=\frac{1-e^{-2x}}{1+e^{-2x}}=2\sigma(2x)-1"#,
            #"\frac{d}{dx}\operatorname{softplus}(x) = \sigma(x)"#,
            #"0 < \sigma'(x) \le \frac14"#,
        ] {
            let result = check(tex, x)
            #expect(result.passed, "\(tex): \(result.message)")
            #expect(result.message.hasPrefix("holds at 14 points: x ∈ [−6, 6]"), "\(result.message)")
        }
    }

    @Test func aWrongSigmoidFailsWithThePointAndBothValues() {
        let result = check(#"\sigma(x) = \frac{1}{1-e^{-x}}"#, [("x", .range(-6, 6))])
        #expect(!result.passed)
        // The first point is the lower end: σ(−6) = 0.00247, 1/(1 − e⁶) = −0.00248.
        #expect(result.message == #"\sigma(x) = \frac{1}{1-e^{-x}}: at x = −6: left 0.00247, right −0.00248"#)
    }

    @Test func aWrongDerivativeFails() {
        let wrongSign = check(#"\sigma'(x) = \sigma(x)(1+\sigma(x))"#, [("x", .range(-6, 6))])
        #expect(!wrongSign.passed)
        #expect(wrongSign.message == #"\sigma'(x) = \sigma(x)(1+\sigma(x)): at x = −6: left 0.00247, right 0.00248"#)
        let missingFactor = check(#"\frac{d}{dx} x^3 = x^2"#, [("x", .range(1, 2))])
        #expect(missingFactor.message == #"\frac{d}{dx} x^3 = x^2: at x = 1: left 3, right 1"#)
        let wrongChain = check(#"\frac{d}{dx}\sin(x^2) = \cos(x^2)"#, [("x", .range(0.5, 1))])
        #expect(!wrongChain.passed)
    }

    @Test func failsPassesOnlyWhenTheFormulaIsWrong() {
        let wrong = check(#"\sigma(x) = \frac{1}{1-e^{-x}}"#, [("x", .range(-6, 6))], fails: true)
        #expect(wrong.passed)
        #expect(wrong.message.hasPrefix("fails as expected: \\sigma(x) = "))
        let right = check(#"\sigma(x) = \frac{1}{1+e^{-x}}"#, [("x", .range(-6, 6))], fails: true)
        #expect(!right.passed)
        #expect(right.message == "marked `fails`, but it holds at 14 points: x ∈ [−6, 6]")
        let unreadable = check(#"\mathbb{E}[x] = 0"#, [("x", .range(-6, 6))], fails: true)
        #expect(!unreadable.passed)
        #expect(unreadable.message == "cannot check: \\mathbb{E} is not supported")
    }

    @Test func handValues() {
        #expect(check(#"\frac{1}{4} + \frac{1}{2} = 0.75"#).message == "holds: 0.75 = 0.75")
        #expect(check(#"\sqrt{2}\sqrt{2} = 2"#).passed)
        #expect(check(#"\log(e^3) = 3"#).passed)
        #expect(check(#"\sum_{k=1}^{10} k = 55"#).passed)
        #expect(check(#"\prod_{k=1}^{5} k = 120"#).passed)
        #expect(check(#"\left\lfloor \frac{32 + 2\cdot 1 - 3}{1} \right\rfloor + 1 = 32"#).passed)
        #expect(check(#"\max(0, -3) + \min(2, 5) = 2"#).passed)
        let published = check(#"(0.75136507 - 0.01)\cdot 0.75136507\,(1 - 0.75136507)\cdot 0.593269992 \approx 0.082167041"#, tolerance: 1e-8)
        #expect(published.passed, "\(published.message)")
    }

    @Test func toleranceIsRelativeAboveOneAndAbsoluteBelow() {
        #expect(check("x = x + 10^{-7}", [("x", .range(1e4, 1e5))]).passed)            // 1e-7 is 1e-12 of 1e5
        #expect(!check("x = x + 10^{-7}", [("x", .range(0, 1))]).passed)              // 1e-7 absolute > 1e-9
        #expect(check("x = x + 10^{-7}", [("x", .range(0, 1))], tolerance: 1e-6).passed)
        #expect(check("\\pi \\approx 3.1416").passed)                                  // ≈ defaults to 1e-3
        #expect(!check("\\pi \\approx 3.2").passed)
        let message = check("x = x + 10^{-7}", [("x", .range(0, 1))]).message
        #expect(message == "x = x + 10^{-7}: at x = 0: left 0, right 1e−07")
    }

    @Test func relationsAreCheckedAtEveryPoint() {
        #expect(check(#"x^2 \ge 0"#, [("x", .range(-3, 3))]).passed)
        #expect(check(#"|x + y| \le |x| + |y|"#, [("x", .range(-3, 3)), ("y", .range(-3, 3))]).passed)
        let strict = check(#"x^2 > 0"#, [("x", .range(0, 1))])
        #expect(strict.message == "x^2 > 0: at x = 0: left 0, right 0")
        #expect(!check(#"x < 1 = 1"#, [("x", .range(0, 2))]).passed)
    }

    @Test func softmaxAndCrossEntropyGradient() {
        var checker = FormulaChecker()
        let z: [(String, FormulaDomain)] = [("z", .vector(4, in: -3...3)), ("y", .oneHot(4))]
        let defineProbabilities = check(#"\hat y = \operatorname{softmax}(\mathbf z)"#, z, checker: &checker)
        #expect(defineProbabilities.passed, "\(defineProbabilities.message)")
        #expect(defineProbabilities.message.hasPrefix("defines \\hat y; evaluates at 12 points"))
        let loss = check(#"\ell = -\sum_{k=1}^{4} y_k \log\hat y_k"#, z, checker: &checker)
        #expect(loss.passed, "\(loss.message)")
        let gradient = check(#"\frac{\partial \ell}{\partial z_j} = \hat y_j - y_j"#, z + [("j", .integers(1, 4))], checker: &checker)
        #expect(gradient.passed, "\(gradient.message)")
        #expect(gradient.message.hasPrefix("holds at 48 points"))
        let wrongGradient = check(#"\frac{\partial \ell}{\partial z_j} = y_j - \hat y_j"#, z + [("j", .integers(1, 4))], checker: &checker)
        #expect(!wrongGradient.passed)
        #expect(wrongGradient.message.contains("at z = ["))
        let vectorGradient = check(#"\frac{\partial \ell}{\partial \mathbf z} = \hat{\mathbf y} - \mathbf y"#, z, checker: &checker)
        #expect(vectorGradient.passed, "\(vectorGradient.message)")
    }

    @Test func theSoftmaxJacobianWithKroneckersDelta() {
        var checker = FormulaChecker()
        let z: [(String, FormulaDomain)] = [("z", .vector(4, in: -3...3)), ("y", .oneHot(4)), ("K", 4)]
        #expect(check(#"\hat{\mathbf y}=\operatorname{softmax}(\mathbf z),\qquad \ell=-\sum_{k=1}^{K}y_k\log\hat y_k"#, z,
                      checker: &checker).passed)
        let jacobian = check(#"\frac{\partial\hat y_k}{\partial z_j}=\hat y_k(\delta_{kj}-\hat y_j)"#,
                             z + [("k", .integers(1, 4)), ("j", .integers(1, 4))], checker: &checker)
        #expect(jacobian.passed, "\(jacobian.message)")
        #expect(jacobian.message.hasPrefix("holds at 192 points"))
        let chain = check(#"\frac{\partial \ell}{\partial z_j}=-\sum_k\frac{y_k}{\hat y_k}\,\hat y_k(\delta_{kj}-\hat y_j)=-y_j+\hat y_j\sum_k y_k=\hat y_j-y_j"#,
                          z + [("j", .integers(1, 4))], checker: &checker)
        #expect(chain.passed, "\(chain.message)")
        #expect(!check(#"\frac{\partial\hat y_k}{\partial z_j}=\hat y_k(1-\hat y_j)"#,
                       z + [("k", .integers(1, 4)), ("j", .integers(1, 4))], checker: &checker).passed)
    }

    @Test func aNameDefinedWithASubscriptLetterTakesOtherSubscripts() {
        var checker = FormulaChecker()
        let ewa: [(String, FormulaDomain)] = [("\\beta", .range(0.5, 0.99)), ("y", .vector(20, in: -10...10)), ("S_0", .range(-5, 5))]
        let closedForm = check(#"S_t = (1-\beta)\sum_{i=1}^{t} \beta^{t-i} y_i + \beta^t S_0"#, ewa + [("t", .integers(0, 20))], checker: &checker)
        #expect(closedForm.passed, "\(closedForm.message)")
        let recurrence = check(#"S_t = \beta S_{t-1} + (1-\beta)\, y_t"#, ewa + [("t", .integers(1, 20))], checker: &checker)
        #expect(recurrence.passed, "\(recurrence.message)")
        #expect(!check(#"S_t = \beta S_{t-1} + \beta\, y_t"#, ewa + [("t", .integers(1, 20))], checker: &checker).passed)
        let corrected = check(#"\hat S_t = \frac{S_t}{1-\beta^t} = \frac{\sum_{i=1}^t \beta^{t-i} y_i}{\sum_{i=1}^t \beta^{t-i}}"#,
                              [("\\beta", .range(0.5, 0.99)), ("y", .vector(20, in: -10...10)), ("S_0", 0), ("t", .integers(1, 20))],
                              checker: &checker)
        #expect(corrected.passed, "\(corrected.message)")
    }

    @Test func definitionsCarryToLaterFormulas() {
        var checker = FormulaChecker()
        #expect(check("f(x) = x^3 - 2x", [("x", .range(-2, 2))], checker: &checker).message
                == "defines f(x); evaluates at 14 points: x ∈ [−2, 2]")
        #expect(check("f'(x) = 3x^2 - 2", [("x", .range(-2, 2))], checker: &checker).passed)
        #expect(!check("f'(x) = 3x^2 + 2", [("x", .range(-2, 2))], checker: &checker).passed)
        #expect(check(#"\frac{d}{dt} f(t^2) = 2t f'(t^2)"#, [("t", .range(-1, 1))], checker: &checker).passed)
        // A formula marked `fails` defines nothing.
        #expect(check("g(x) = x + 1 = x", [("x", .range(0, 1))], fails: true, checker: &checker).passed)
        #expect(check("g(x) = 0", [("x", .range(0, 1))], checker: &checker).message.hasPrefix("defines g(x)"))
    }

    @Test func theTwoTwoTwoNetworksChainRuleAgainstThePublishedNumbers() {
        var checker = FormulaChecker()
        let network = #"""
        i_1 = 0.05,\ i_2 = 0.10,\ w_1 = 0.15,\ w_2 = 0.20,\ w_3 = 0.25,\ w_4 = 0.30,\
        w_5 = 0.40,\ w_6 = 0.45,\ w_7 = 0.50,\ w_8 = 0.55,\ b_1 = 0.35,\ b_2 = 0.60,\ T_1 = 0.01,\ T_2 = 0.99
        """#
        #expect(check(network, checker: &checker).passed)
        let forward = #"""
        \text{net}_{h_1} = w_1 i_1 + w_2 i_2 + b_1, \quad \text{out}_{h_1} = \sigma(\text{net}_{h_1}), \quad
        \text{net}_{h_2} = w_3 i_1 + w_4 i_2 + b_1, \quad \text{out}_{h_2} = \sigma(\text{net}_{h_2}), \\
        \text{net}_{o_1} = w_5\,\text{out}_{h_1} + w_6\,\text{out}_{h_2} + b_2, \quad \text{out}_{o_1} = \sigma(\text{net}_{o_1}), \\
        \text{net}_{o_2} = w_7\,\text{out}_{h_1} + w_8\,\text{out}_{h_2} + b_2, \quad \text{out}_{o_2} = \sigma(\text{net}_{o_2})
        """#
        #expect(check(forward, checker: &checker).passed)
        #expect(check(#"E_{\text{total}}=\tfrac12(T_1-\text{out}_{o_1})^2+\tfrac12(T_2-\text{out}_{o_2})^2 \approx 0.298371109"#,
                      tolerance: 1e-8, checker: &checker).passed)
        let w5 = check(#"""
        \frac{\partial E_{\text{total}}}{\partial w_5}
        =\frac{\partial E_{\text{total}}}{\partial \text{out}_{o_1}}\cdot
         \frac{\partial \text{out}_{o_1}}{\partial \text{net}_{o_1}}\cdot
         \frac{\partial \text{net}_{o_1}}{\partial w_5}
        =(\text{out}_{o_1}-T_1)\cdot\text{out}_{o_1}(1-\text{out}_{o_1})\cdot\text{out}_{h_1}
        \approx 0.082167041
        """#, tolerance: 1e-8, checker: &checker)
        #expect(w5.passed, "\(w5.message)")
        #expect(w5.message.hasPrefix("holds: 0.08216704"))
        let w1 = check(#"""
        \frac{\partial E_{\text{total}}}{\partial w_1}
        = \Bigl(\frac{\partial E_{\text{total}}}{\partial \text{out}_{o_1}}\sigma'(\text{net}_{o_1}) w_5
          + \frac{\partial E_{\text{total}}}{\partial \text{out}_{o_2}}\sigma'(\text{net}_{o_2}) w_7\Bigr)\,
          \text{out}_{h_1}(1-\text{out}_{h_1})\, i_1 \approx 0.000438568
        """#, tolerance: 1e-6, checker: &checker)
        #expect(w1.passed, "\(w1.message)")
        // The chain rule with one path forgotten fails.
        let forgotten = check(#"\frac{\partial E_{\text{total}}}{\partial w_1} = (\text{out}_{o_1}-T_1)\,\sigma'(\text{net}_{o_1})\, w_5\, \sigma'(\text{net}_{h_1})\, i_1"#,
                              checker: &checker)
        #expect(!forgotten.passed)
        #expect(forgotten.message.hasSuffix(": left 0.000439, right 0.000668"), "\(forgotten.message)")
    }

    @Test func adamsBiasCorrectionAndBatchNormalisation() {
        let adam = check(#"\frac{(1-\beta)\sum_{i=1}^{t}\beta^{t-i}}{1-\beta^t} = 1"#,
                         [("\\beta", .range(0.5, 0.999)), ("t", .integers(1, 20))])
        #expect(adam.passed, "\(adam.message)")
        var checker = FormulaChecker()
        let batch: [(String, FormulaDomain)] = [("x", .vector(8, in: -5...5)), ("m", 8), ("\\varepsilon", 0)]
        #expect(check(#"\mu_B = \frac1m\sum_{i=1}^m x_i,\quad \sigma_B^2 = \frac1m\sum_{i=1}^m (x_i - \mu_B)^2"#, batch, checker: &checker).passed)
        #expect(check(#"\hat x_i = \frac{x_i - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}}"#, batch + [("i", .integers(1, 8))], checker: &checker).passed)
        let normalised = check(#"\frac1m\sum_{i=1}^m \hat x_i = 0, \quad \frac1m\sum_{i=1}^m \hat x_i^2 = 1"#, batch, checker: &checker)
        #expect(normalised.passed, "\(normalised.message)")
    }

    @Test func cannotCheckSaysWhy() {
        #expect(check("y = 2x").message == "cannot check: x has no value; give it one in the check (x = …) or define it in an earlier checked formula")
        #expect(check("x = 1", [("x y", .range(0, 1))]).message == "cannot check: `x y` (a variable of the check) is not a name")
        #expect(check("x = x", [("x", .range(2, 1))]).message.hasPrefix("cannot check: x: the range 2.0...1.0 is empty"))
        #expect(check(#"\mathbf a + \mathbf b = 0"#, [("a", .vector(2)), ("b", .vector(3))]).message
                == "cannot check: a vector of 2 and a vector of 3 cannot be added")
        #expect(check(#"\frac{d}{dx}\sigma'(x) = 0"#, [("x", .range(0, 1))]).message
                == "cannot check: a derivative inside a derivative (a second derivative) is not supported")
        #expect(check("a = b + 1, \\quad b = a").message.hasPrefix("cannot check:"))
    }

    @Test func theSamePointsOnEveryRun() {
        let a = check("x = x + 1", [("x", .range(-1, 1))], fails: true)
        let b = check("x = x + 1", [("x", .range(-1, 1))], fails: true)
        #expect(a == b)
        let random = check("x = x + 10", [("x", .range(-1, 1)), ("y", .range(5, 6))])
        #expect(random.message.contains("at x = −1, y = 5."))
    }
}
