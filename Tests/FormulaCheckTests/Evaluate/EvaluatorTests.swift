import Foundation
import NN
import Testing
@testable import FormulaCheck

/// The evaluator against values worked out by hand, derivatives included.
@Suite struct EvaluatorTests {
    func define(_ tex: String, bound: Set<String> = []) throws -> [String: Definition] {
        var context = ParseContext(bound: bound)
        var result: [String: Definition] = [:]
        for statement in try FormulaParser.statements(tex, context: &context) {
            if let d = statement.definition { result[d.name] = d }
        }
        return result
    }

    @Test func derivativesByHand() throws {
        #expect(close(try number("\\frac{d}{dx} x^3", ["x": 2]), 12))
        #expect(close(try number("\\frac{d}{dx}\\sin x", ["x": 0.3]), cos(0.3)))
        #expect(close(try number("\\sigma'(x)", ["x": 0]), 0.25))
        #expect(close(try number("\\tanh'(x)", ["x": 0]), 1))
        #expect(try number("\\frac{d}{dx} 7", ["x": 1]) == 0)                       // a constant
        #expect(try number("\\frac{\\partial}{\\partial y} x^2", ["x": 3, "y": 1]) == 0)  // another variable
        #expect(close(try number("\\frac{\\partial}{\\partial x} x^y", ["x": 2, "y": 3]), 12))
        #expect(close(try number("\\frac{\\partial}{\\partial y} x^y", ["x": 2, "y": 3]), 8 * log(2)))
        #expect(try number("\\operatorname{ReLU}'(x)", ["x": -1]) == 0)
    }

    @Test func derivativesOfVectors() throws {
        let z = [0.5, -1.0, 2.0]
        // The gradient of a number by a vector.
        #expect(try value("\\frac{\\partial}{\\partial \\mathbf z} \\sum_i z_i^2", vectors: ["z": z]) == [1, -2, 4])
        // Componentwise for a function applied to each component.
        let sigmoid = z.map { 1 / (1 + exp(-$0)) }
        let derivative = try value("\\sigma'(\\mathbf z)", vectors: ["z": z])
        #expect(zip(derivative, sigmoid).allSatisfy { close($0, $1 * (1 - $1)) })
        // One component of a gradient, and a column of a Jacobian.
        #expect(try number("\\frac{\\partial}{\\partial z_2} \\sum_i z_i^3", vectors: ["z": z]) == 3)
        let softmax = z.map { exp($0) / z.map(exp).reduce(0, +) }
        let column = try value("\\frac{\\partial}{\\partial z_1}\\operatorname{softmax}(\\mathbf z)", vectors: ["z": z])
        #expect(zip(column, [softmax[0] * (1 - softmax[0]), -softmax[1] * softmax[0], -softmax[2] * softmax[0]]).allSatisfy { close($0, $1) })
        #expect(throws: FormulaError.self) { try value("\\frac{\\partial}{\\partial \\mathbf z} \\mathbf z_{}", vectors: ["z": z]) }
    }

    @Test func aDefinedValueIsHeldFixedWhenDifferentiatedBy() throws {
        let definitions = try define("u = 3x, \\quad E = u^2 + x", bound: ["x"])
        // ∂E/∂u holds x fixed: 2u = 6x; dE/dx goes through u: 2u·3 + 1 = 18x + 1.
        #expect(try value("\\frac{\\partial E}{\\partial u}", ["x": 2], definitions: definitions) == [12])
        #expect(try value("\\frac{\\partial E}{\\partial x}", ["x": 2], definitions: definitions) == [37])
    }

    @Test func definitionsAreEvaluatedWhereTheyAreUsed() throws {
        let definitions = try define("f(t) = t^2 + c, \\quad g = f(c)", bound: ["c"])
        #expect(try value("f(3)", ["c": 1], definitions: definitions) == [10])
        #expect(try value("g", ["c": 2], definitions: definitions) == [6])
        #expect(try value("f'(3)", ["c": 1], definitions: definitions) == [6])
        let circular = try define("a = b + 1, \\quad b = a")
        #expect(throws: FormulaError("a is defined in terms of itself")) { try value("a", definitions: circular) }
    }

    @Test func derivativesNeedAutogradSwitchedOn() throws {
        #expect(throws: FormulaError("derivatives cannot be checked inside withoutGrad { }")) {
            try withoutGrad { try number("\\frac{d}{dx} x^2", ["x": 1]) }
        }
    }

    @Test func aFormulaThatTakesTooLongIsStopped() {
        var checker = FormulaChecker()
        let result = checker.check(#"\sum_{i=1}^{1000}\sum_{j=1}^{1000} ij = 1"#)
        #expect(result.message == "cannot check: the formula takes more than 1000000 steps to evaluate")
    }

    @Test func bracesBoxesAndLabelsAreTheirContents() throws {
        #expect(try number("\\boxed{2} + \\underbrace{3 \\cdot 4}_{\\text{twelve}}") == 14)
        #expect(try number("\\operatorname*{max}(1, 2)") == 2)
    }
}
