/// One element of a nested array literal: a number, or a row of elements.
///
/// Tensor is written from array literals (`let x: Tensor = [[1, 2], [3, 4]]`) but is deliberately not
/// a number literal itself: that would make plain `Double` arithmetic such as `3.0 * 2` ambiguous.
public struct TensorLiteral: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral {
    let scalars: [Double]
    let shape: [Int]

    public init(floatLiteral value: Double) { scalars = [value]; shape = [] }
    public init(integerLiteral value: Int) { scalars = [Double(value)]; shape = [] }
    public init(arrayLiteral elements: TensorLiteral...) { self.init(elements: elements) }

    init(elements: [TensorLiteral]) {
        let inner = elements.first?.shape ?? []
        if elements.contains(where: { $0.shape != inner }) {
            EngineFailure.fail("Tensor literal", "rows have different shapes: "
                               + elements.map { describe($0.shape) }.joined(separator: ", "))
        }
        scalars = elements.flatMap(\.scalars)
        shape = [elements.count] + inner
    }
}

extension Tensor: ExpressibleByArrayLiteral {
    /// Stacks the elements along a new first axis; nested rows must share one shape.
    public convenience init(arrayLiteral elements: TensorLiteral...) {
        let literal = TensorLiteral(elements: elements)
        self.init(unchecked: literal.scalars, literal.shape)
    }

    /// A vector, e.g. `Tensor([0.05, 0.10], requiresGrad: true)`.
    public convenience init(_ values: [Double], requiresGrad: Bool = false) {
        self.init(unchecked: values, [values.count])
        self.requiresGrad = requiresGrad
    }

    /// A matrix from its rows, which must have equal lengths.
    public convenience init(_ rows: [[Double]], requiresGrad: Bool = false, file: StaticString = #fileID, line: UInt = #line) {
        let width = rows.first?.count ?? 0
        if let bad = rows.first(where: { $0.count != width }) {
            EngineFailure.fail("Tensor", "rows of lengths \(width) and \(bad.count) do not form a matrix", file: file, line: line)
        }
        self.init(unchecked: rows.flatMap { $0 }, [rows.count, width])
        self.requiresGrad = requiresGrad
    }

    /// A rank-3 tensor from nested arrays, which must be rectangular.
    public convenience init(_ blocks: [[[Double]]], file: StaticString = #fileID, line: UInt = #line) {
        let matrices = blocks.map { Tensor($0, file: file, line: line) }
        self.init(unchecked: matrices.flatMap(\.scalars), [blocks.count] + (matrices.first?.shape ?? [0, 0]))
        if Set(matrices.map(\.shape)).count > 1 {
            EngineFailure.fail("Tensor", "blocks have different shapes", file: file, line: line)
        }
    }

    /// The values as a flat array.
    public var array: [Double] { scalars }

    /// The rows of a matrix as nested arrays.
    public var rows: [[Double]] {
        guard rank == 2 else { return [scalars] }
        return (0..<shape[0]).map { Array(scalars[($0 * shape[1])..<(($0 + 1) * shape[1])]) }
    }
}
