import CellProtocol
import Foundation
import NN

/// Checks verify in the page what a reader would otherwise take on trust; each shows as ✓ or ✗
/// with the values involved, and a failed check fails `weave check`. A failed check does not stop
/// the cell.

/// Checks that `condition` holds.
public func check(_ condition: Bool, _ message: String, line: Int = #line, column: Int = #column) {
    record(condition, message, line: line, column: column)
}

/// Checks that two numbers agree within `tolerance` (absolute).
public func check(_ actual: Double, equals expected: Double, tolerance: Double = 1e-9,
                  _ message: String = "", line: Int = #line, column: Int = #column) {
    let passed = Swift.abs(actual - expected) <= tolerance || actual == expected
    let values = "\(format(actual)) \(passed ? "≈" : "≠") \(format(expected)) (tolerance \(format(tolerance)))"
    record(passed, message.isEmpty ? values : "\(message): \(values)", line: line, column: column)
}

/// Checks that a one-element tensor equals a number within `tolerance`.
public func check(_ actual: Tensor, equals expected: Double, tolerance: Double = 1e-9,
                  _ message: String = "", line: Int = #line, column: Int = #column) {
    check(actual.scalars.count == 1 ? actual.scalars[0] : .nan, equals: expected, tolerance: tolerance, message,
          line: line, column: column)
}

/// Checks that two tensors have the same shape and agree elementwise within `tolerance`.
public func check(_ actual: Tensor, equals expected: Tensor, tolerance: Double = 1e-9,
                  _ message: String = "", line: Int = #line, column: Int = #column) {
    let sameShape = actual.shape == expected.shape
    let difference = sameShape ? actual.maxAbsDifference(expected) : .infinity
    let passed = sameShape && difference <= tolerance
    let values = sameShape
        ? "max |difference| \(format(difference)) (tolerance \(format(tolerance)))"
        : "shapes \(actual.shape) and \(expected.shape) differ"
    record(passed, message.isEmpty ? values : "\(message): \(values)", line: line, column: column)
}

/// Checks autograd's gradient of `function` against central finite differences.
public func checkGradient(_ inputs: [Tensor], tolerance: Double = 1e-6, absoluteTolerance: Double = 1e-9,
                          _ message: String = "gradient", line: Int = #line, column: Int = #column,
                          _ function: () -> Tensor) {
    let result = gradientCheck(inputs, tolerance: tolerance, absoluteTolerance: absoluteTolerance, function)
    record(result.passed, "\(message): relative error \(format(result.relativeError)) (tolerance \(format(tolerance)))",
           line: line, column: column)
}

private func record(_ passed: Bool, _ text: String, line: Int, column: Int) {
    CellSession.emit(.check(.init(passed: passed, text: text, line: line, column: column)))
}

private func format(_ x: Double) -> String { String(format: "%.6g", x) }
