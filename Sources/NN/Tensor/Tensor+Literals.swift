/// Tensors written as Swift literals: `let x: Tensor = [[1, 2], [3, 4]]` or `Tensor([0.05, 0.10])`.
extension Tensor: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral {
    public convenience init(floatLiteral value: Double) { self.init(value) }
    public convenience init(integerLiteral value: Int) { self.init(Double(value)) }

    /// Stacks the elements along a new first axis; they must share one shape.
    public convenience init(arrayLiteral elements: Tensor...) {
        let shapes = Set(elements.map(\.shape))
        if shapes.count > 1 {
            EngineFailure.fail("Tensor literal", "rows have different shapes: "
                               + elements.map { describe($0.shape) }.joined(separator: ", "))
        }
        let inner = elements.first?.shape ?? []
        self.init(unchecked: elements.flatMap(\.scalars), [elements.count] + inner)
    }

    /// A vector.
    public convenience init(_ values: [Double]) { self.init(unchecked: values, [values.count]) }

    /// A matrix from its rows, which must have equal lengths.
    public convenience init(_ rows: [[Double]], file: StaticString = #fileID, line: UInt = #line) {
        let width = rows.first?.count ?? 0
        if let bad = rows.first(where: { $0.count != width }) {
            EngineFailure.fail("Tensor", "rows of lengths \(width) and \(bad.count) do not form a matrix", file: file, line: line)
        }
        self.init(unchecked: rows.flatMap { $0 }, [rows.count, width])
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
