import NN
import Testing
@testable import FormulaCheck

/// Random TeX through the parser and the checker: formulas built from the subset's grammar, half of
/// them then damaged (characters dropped, tokens inserted, characters swapped). Every formula parses
/// or is declined with a message, and none stops the process.
@Suite struct ParserFuzzTests {
    static let atoms = ["x", "y", "2", "0.5", "e", "\\pi", "z_2", "w_{ji}^{(l)}", "\\beta"]
    static let junk = [
        "{", "}", "(", ")", "|", "^", "_", "'", ",", "=", "\\frac", "\\sqrt", "\\sum", "\\partial", "\\left(", "\\right)",
        "\\mathbb{E}", "\\\\", "&", "\\over", "\\begin{aligned}", "%", "\\", "\\lVert", "\\odot", "^\\top", ":=", "f(x)",
    ]

    struct Source {
        var generator: RandomGenerator
        mutating func pick(_ options: [String]) -> String { options[generator.integer(below: options.count)] }

        mutating func expression(_ depth: Int) -> String {
            guard depth > 0, generator.integer(below: 4) != 0 else { return pick(ParserFuzzTests.atoms) }
            let a = expression(depth - 1), b = expression(depth - 1)
            switch generator.integer(below: 20) {
            case 0: return "\(a) + \(b)"
            case 1: return "\(a) - \(b)"
            case 2: return "\(a) \\cdot \(b)"
            case 3: return "\\frac{\(a)}{\(b)}"
            case 4: return "{\(a)}^{2}"
            case 5: return "\\sqrt{1 + \(a)^2}"
            case 6: return "\\sigma(\(a))"
            case 7: return "\\exp\\left(\(a)\\right)"
            case 8: return "\\log(1 + \(a)^2)"
            case 9: return "\\tanh \(a)"
            case 10: return "\\max(\(a), \(b))"
            case 11: return "|\(a)|"
            case 12: return "\\sum_{i=1}^{3} \\bigl(\(a)\\bigr)"
            case 13: return "\\frac{d}{dx}\\left(\(a)\\right)"
            case 14: return "\\sigma'(\(a))"
            case 15: return "\\operatorname{ReLU}(\(a))"
            case 16: return "\\lfloor \(a) \\rfloor"
            case 17: return "\\operatorname{softmax}(\\mathbf z)_2 \(a)"
            case 18: return "\\frac{\\partial}{\\partial y} \(a) \(b)"
            default: return "\\mathbf z^\\top \\mathbf z \\odot \(a)"
            }
        }

        mutating func formula() -> String {
            let relation = pick(["=", "\\le", "\\approx", "<", "=", "="])
            var tex = "\(expression(4)) \(relation) \(expression(3))"
            if generator.integer(below: 3) == 0 { tex = "f(x) = \(expression(2)), \\quad " + tex }
            guard generator.integer(below: 2) == 0 else { return tex }
            var chars = Array(tex)
            for _ in 0..<(1 + generator.integer(below: 3)) {
                guard !chars.isEmpty else { break }
                let at = generator.integer(below: chars.count)
                switch generator.integer(below: 3) {
                case 0: chars.remove(at: at)
                case 1: chars.insert(contentsOf: " " + pick(ParserFuzzTests.junk) + " ", at: at)
                default: chars.swapAt(at, generator.integer(below: chars.count))
                }
            }
            return String(chars)
        }
    }

    @Test func randomTeXNeverCrashesTheParserOrTheChecker() {
        var source = Source(generator: RandomGenerator(seed: 15))
        var parsed = 0, declined = 0, held = 0
        for _ in 0..<2000 {
            let tex = source.formula()
            var context = ParseContext(bound: ["x", "y", "z", "w_{ji}^{(l)}", "β"])
            do {
                _ = try FormulaParser.statements(tex, context: &context)
                parsed += 1
            } catch let error as FormulaError {
                declined += 1
                #expect(!error.message.isEmpty, "\(tex)")
            } catch {
                Issue.record("\(tex) threw \(error)")
            }
            var checker = FormulaChecker()
            let result = checker.check(tex, variables: [("x", .range(-2, 2)), ("y", .range(0.5, 1)), ("z", .vector(3)),
                                                         ("w_{ji}^{(l)}", .constant(0.5)), ("\\beta", .range(0, 1))])
            #expect(!result.message.isEmpty, "\(tex)")
            if result.passed { held += 1 }
        }
        #expect(parsed > 700 && declined > 300)
        print("fuzz: \(parsed) parsed, \(declined) declined, \(held) held")
    }
}
