import Foundation
import Testing
@testable import FormulaCheck

/// The parser on every construct of the subset, read back through the value it computes or the tree.
@Suite struct FormulaParserTests {
    @Test func numbersAndTheFourOperations() throws {
        #expect(try number("2 + 3 \\cdot 4") == 14)
        #expect(try number("2 - 3 - 4") == -5)
        #expect(try number("7 / 2 \\times 4") == 14)
        #expect(try number("0.5 + 0.25") == 0.75)
        #expect(try number("-3 + 1") == -2)
        #expect(try number("2 \\cdot -3") == -6)
        #expect(try number("3 − 1") == 2)          // a Unicode minus
        #expect(try number("2 · 3 × 4") == 24)     // Unicode dot and cross
        #expect(try number("1\\,000") == 1000)     // TeX spacing inside a number is ignored
    }

    @Test func fractionsInEverySpelling() throws {
        #expect(try number("\\frac{1}{4}") == 0.25)
        #expect(try number("\\dfrac{3}{4}") == 0.75)
        #expect(try number("\\tfrac12") == 0.5)
        #expect(try number("\\frac1n", ["n": 8]) == 0.125)
        #expect(try number("{3 \\over 4}") == 0.75)
        #expect(try number("\\frac{\\frac{1}{2}}{\\frac{1}{4}}") == 2)
    }

    @Test func powersRootsAndExponentials() throws {
        #expect(try number("x^2", ["x": 3]) == 9)
        #expect(try number("x^{n+1}", ["x": 2, "n": 2]) == 8)
        #expect(try number("\\sqrt{16}") == 4)
        #expect(try number("\\sqrt[3]{27}") == 3)
        #expect(close(try number("e^{-x}", ["x": 1]), exp(-1)))
        #expect(close(try number("e^x", ["x": 2]), exp(2)))
        #expect(close(try number("\\exp(x)", ["x": 0.3]), exp(0.3)))
        #expect(try number("-x^2", ["x": 3]) == -9)   // the power binds before the sign
    }

    @Test func namedFunctions() throws {
        #expect(close(try number("\\log x", ["x": 5]), log(5)))
        #expect(close(try number("\\ln(x)", ["x": 5]), log(5)))
        #expect(close(try number("\\log_2 8"), 3))
        #expect(close(try number("\\sin x + \\cos x", ["x": 0.4]), sin(0.4) + cos(0.4)))
        #expect(close(try number("\\tanh x", ["x": 0.7]), tanh(0.7)))
        #expect(close(try number("\\tanh^2 x", ["x": 0.7]), tanh(0.7) * tanh(0.7)))
        #expect(try number("\\max(0, x)", ["x": -2]) == 0)
        #expect(try number("\\min(1, x)", ["x": 3]) == 1)
        #expect(close(try number("\\tanh 2x", ["x": 0.3]), tanh(0.6)))   // an argument without parentheses takes the product after it
        #expect(close(try number("\\log x + 1", ["x": 2]), log(2) + 1))
    }

    @Test func theCoursesFunctions() throws {
        let s = 1 / (1 + exp(-0.8))
        #expect(close(try number("\\sigma(x)", ["x": 0.8]), s))
        #expect(try number("\\operatorname{ReLU}(x)", ["x": -1]) == 0)
        #expect(try number("\\text{ReLU}(x)", ["x": 2]) == 2)
        #expect(try number("\\mathrm{relu}(x)", ["x": 2]) == 2)
        #expect(close(try number("\\operatorname{tanh}(x)", ["x": 0.2]), tanh(0.2)))
        let z = [1.0, 2, 3]
        let softmax = z.map { exp($0) / z.map(exp).reduce(0, +) }
        let result = try value("\\operatorname{softmax}(\\mathbf{z})", vectors: ["z": z])
        #expect(zip(result, softmax).allSatisfy { close($0, $1) })
        #expect(close(try number("\\operatorname{softmax}(\\mathbf{z})_2", vectors: ["z": z]), softmax[1]))
        #expect(try number("\\operatorname{sign}(x)", ["x": -3]) == -1)
    }

    @Test func bracketsOfEverySizeAndAbsoluteValues() throws {
        #expect(try number("(1 + 2) \\cdot 3") == 9)
        #expect(try number("\\left(1 + 2\\right) 3") == 9)
        #expect(try number("\\bigl(1 + 2\\bigr)\\Bigl[4\\Bigr]") == 12)
        #expect(try number("\\Big(\\big(2\\big)\\Big)^2") == 4)
        #expect(try number("|x|", ["x": -2.5]) == 2.5)
        #expect(try number("\\lvert x \\rvert + \\left| x \\right|", ["x": -1]) == 2)
        #expect(try number("\\lambda|w|", ["\\lambda": 2, "w": -3]) == 6)
        #expect(try number("|x - |y||", ["x": 1, "y": -3]) == 2)
        #expect(try number("\\lfloor x \\rfloor + \\lceil x \\rceil", ["x": 2.5]) == 5)
        #expect(try number("\\left\\lfloor \\frac{7}{2} \\right\\rfloor") == 3)
        #expect(close(try number("\\lVert x \\rVert", vectors: ["x": [3, 4]]), 5))
        #expect(try number("\\|x\\|_1", vectors: ["x": [3, -4]]) == 7)
    }

    @Test func implicitMultiplication() throws {
        #expect(try number("2x", ["x": 3]) == 6)
        #expect(try number("2\\lambda w", ["\\lambda": 0.5, "w": 3]) == 3)
        #expect(try number("x(1-x)", ["x": 0.25]) == 0.1875)
        let s = 1 / (1 + exp(-0.3))
        #expect(close(try number("\\sigma(x)\\,\\bigl(1-\\sigma(x)\\bigr)", ["x": 0.3]), s * (1 - s)))
        #expect(try number("xy", ["x": 2, "y": 5]) == 10)
    }

    @Test func namesWithSubscriptsSuperscriptsPrimesAndAccents() throws {
        func key(_ tex: String) throws -> String? {
            if case .symbol(let s) = try expression(tex) { return s.key }
            return nil
        }
        #expect(try key("w_{ji}^{(l)}") == "w_{ji}^{(l)}")
        #expect(try key("x_i") == "x_i")
        #expect(try key("x_{i}") == "x_i")
        #expect(try key("\\text{out}_{o_1}") == "out_{o_1}")
        #expect(try key("E_{\\text{total}}") == "E_{total}")
        #expect(try key("\\hat y") == "y\u{302}")
        #expect(try key("\\hat{\\mathbf{y}}") == "y\u{302}")
        #expect(try key("\\beta_1") == "β_1")
        #expect(try key("\\mathbf{x}") == "x")
        #expect(try key("x'") == "x'")
        #expect(FormulaParser.nameKey("\\sigma_B^2") == "σ_B^2")
        #expect(FormulaParser.nameKey("w_{ji}^{(l)}") == "w_{ji}^{(l)}")
        #expect(FormulaParser.nameKey("x y") == nil)
        #expect(try number("w_{ji}^{(l)} + x'", ["w_{ji}^{(l)}": 2, "x'": 3]) == 5)
        // A square on a name is a power unless the squared name is bound itself.
        #expect(try number("\\sigma_B^2", ["\\sigma_B": 3]) == 9)
        #expect(try number("\\sigma_B^2", ["\\sigma_B^2": 3]) == 3)
    }

    @Test func subscriptsSelectFromVectors() throws {
        #expect(try number("x_2", vectors: ["x": [5, 6, 7]]) == 6)
        #expect(try number("x_{k+1}", ["k": 2], vectors: ["x": [5, 6, 7]]) == 7)
        #expect(try number("x_2", ["x_2": 9], vectors: ["x": [5, 6, 7]]) == 9)   // a name of its own wins
        #expect(throws: FormulaError.self) { try number("x_4", vectors: ["x": [5, 6, 7]]) }
    }

    @Test func sumsAndProducts() throws {
        #expect(try number("\\sum_{i=1}^{4} i") == 10)
        #expect(try number("\\sum_{i=1}^n i^2", ["n": 3]) == 14)
        #expect(try number("\\prod_{k=1}^{4} k") == 24)
        #expect(try number("\\sum_{i=1}^{3} w_i x_i + b", ["b": 1], vectors: ["w": [1, 2, 3], "x": [4, 5, 6]]) == 33)
        #expect(try number("\\sum_i |w_i|", vectors: ["w": [1, -2, 3]]) == 6)   // without limits: over the vector
        #expect(try number("\\sum\\limits_{j=1}^{2}\\sum_{k=1}^{2} jk") == 9)
        #expect(try number("2\\sum_{i=1}^{2} i + 1") == 7)
        #expect(try number("\\sum_{i=1}^{0} i") == 0)
    }

    @Test func vectorsDotProductsAndElementwiseProducts() throws {
        let w = [1.0, 2, 3], x = [4.0, 5, 6]
        #expect(try number("\\mathbf{w}^\\top\\mathbf{x}", vectors: ["w": w, "x": x]) == 32)
        #expect(try value("\\mathbf{w}\\odot\\mathbf{x}", vectors: ["w": w, "x": x]) == [4, 10, 18])
        #expect(try value("2\\mathbf{w} - 1", vectors: ["w": w]) == [1, 3, 5])
        #expect(throws: FormulaError.self) { try value("\\mathbf{w}\\mathbf{x}", vectors: ["w": w, "x": x]) }
        #expect(throws: FormulaError.self) { try value("\\mathbf{w} + \\mathbf{x}", vectors: ["w": w, "x": [1, 2]]) }
    }

    @Test func relationsAndChains() throws {
        let chain = try statements("a = b \\approx c \\le d < e \\ge f > g ≤ h ≥ i ≈ j", bound: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"])
        #expect(chain.count == 1)
        #expect(chain[0].relations == [.equal, .approx, .lessEqual, .less, .greaterEqual, .greater, .lessEqual, .greaterEqual, .approx])
        #expect(chain[0].texts == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"])
        let leq = try statements("x \\leq y, \\quad y \\geqslant x", bound: ["x", "y"])
        #expect(leq.map(\.relations) == [[.lessEqual], [.greaterEqual]])
    }

    @Test func statementsSplitAtCommasAndLineBreaks() throws {
        let parsed = try statements("""
        \\begin{aligned}
        a &= b, & c &= d,\\\\
        e &= f.
        \\end{aligned}
        """, bound: ["a", "b", "c", "d", "e", "f"])
        #expect(parsed.map(\.texts) == [["a", "b"], ["c", "d"], ["e", "f"]])
    }

    @Test func definitionsOfFunctionsAndValues() throws {
        let parsed = try statements("f(x) = x^2 + 1, \\quad g(x, y) := xy, \\quad z = f(2) = 5")
        #expect(parsed[0].definition?.name == "f")
        #expect(parsed[0].definition?.parameters == ["x"])
        #expect(parsed[0].definition?.head == "f(x)")
        #expect(parsed[1].definition?.parameters == ["x", "y"])
        #expect(parsed[2].definition?.name == "z")
        #expect(parsed[2].sides.count == 2)    // z's body f(2), then 5
        #expect(parsed[2].sides[0] == .apply("f", [.number(2)]))
        // A bound name is compared, not defined; so is a function defined earlier.
        #expect(try statements("x = 2", bound: ["x"])[0].definition == nil)
        #expect(try statements("f(x) = x", functions: ["f"])[0].definition == nil)
        #expect(try statements("f(x) := x", functions: ["f"])[0].definition?.name == "f")
        // Without a definition, x(1 - x) is a product.
        #expect(try statements("y = x(1 - x)", bound: ["x"])[0].sides[0] == .product([
            .init(operation: .times, expression: .symbol(Symbol(key: "x", base: "x"))),
            .init(operation: .times, expression: .sum([.init(negative: false, expression: .number(1)),
                                                        .init(negative: true, expression: .symbol(Symbol(key: "x", base: "x")))])),
        ]))
    }

    @Test func derivativesInEveryNotation() throws {
        let x = Symbol(key: "x", base: "x")
        #expect(try expression("\\sigma'(x)") == .derivative(.builtin(.sigmoid), .symbol(x)))
        #expect(try expression("\\tanh'(x)") == .derivative(.builtin(.tanh), .symbol(x)))
        #expect(try statements("f'(x) = 1", functions: ["f"])[0].sides[0] == .derivative(.defined("f"), .symbol(x)))
        #expect(try expression("\\frac{d}{dx} x^2") == .partial(.power(.symbol(x), .number(2), name: "x^2"), x))
        #expect(try expression("\\frac{\\mathrm{d}}{\\mathrm{d}x} x") == .partial(.symbol(x), x))
        #expect(try expression("\\frac{df}{dx}") == .partial(.symbol(Symbol(key: "f", base: "f")), x))
        let w = Symbol(key: "w_5", base: "w", index: .number(5))
        #expect(try expression("\\frac{\\partial E}{\\partial w_5}") == .partial(.symbol(Symbol(key: "E", base: "E")), w))
        #expect(try expression("\\frac{\\partial}{\\partial x}\\lambda x") == .partial(.product([
            .init(operation: .times, expression: .symbol(Symbol(key: "λ", base: "λ"))),
            .init(operation: .times, expression: .symbol(x)),
        ]), x))
        // A fraction of d's that is no derivative stays a fraction.
        #expect(try number("\\frac{d_1}{d_2}", ["d_1": 3, "d_2": 4]) == 0.75)
    }

    @Test func unsupportedTeXIsNamed() {
        #expect(parseError("\\mathbb{E}[x] = 0") == "\\mathbb{E} is not supported")
        #expect(parseError("\\int_0^1 x = 1") == "\\int is not supported")
        #expect(parseError("x_1 + \\dots + x_n = 0") == "\\dots (terms left out) is not supported")
        #expect(parseError("\\begin{cases} 1 \\end{cases} = 1") == "\\begin{cases} is not supported")
        #expect(parseError("a \\ne b") == "\\ne is not supported")
        #expect(parseError("\\sigma''(x) = 0") == "a second derivative (\\sigma'') is not supported")
        #expect(parseError("\\frac{\\partial^2 f}{\\partial x^2} = 0")?.contains("second derivative") == true)
        #expect(parseError("\\sin^{-1} x = 0") == "the inverse function \\sin^{-1} is not supported")
        #expect(parseError("x + 1") == "`x + 1` states no relation (=, ≈, <, ≤, >, ≥) and defines nothing")
        #expect(parseError("\\frac{1}{2 = 1")?.contains("never closed") == true)
        #expect(parseError("(1 + 2 = 3") != nil)
        #expect(parseError("") == "the formula is empty")
        #expect(parseError("g'(x) = 1") == "g' reads as the derivative of a function g, which no earlier checked formula defines")
    }

    @Test func nestingDeeperThanTheCapIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + " = 1"
        #expect(parseError(deep)?.contains("more than") == true)
        let braces = String(repeating: "\\frac{1}{", count: 100) + "2" + String(repeating: "}", count: 100) + " = 1"
        #expect(parseError(braces)?.contains("levels deep") == true)
        // A chain of superscripts would build a tree as deep as the chain; like TeX, it is refused.
        #expect(parseError("x" + String(repeating: "^2", count: 2000) + " = 1", bound: ["x"]) == "a double superscript (write {x^a}^b)")
        #expect(parseError("x_1_2_3 = 1") == "a double subscript (write {x_a}_b)")
        let long = Array(repeating: "x", count: 1000).joined(separator: " + ") + " = 1000x"
        #expect(parseError(long, bound: ["x"]) == nil)
    }
}
