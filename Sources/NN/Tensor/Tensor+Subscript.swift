extension Tensor {
    /// Selects along the leading axes: `x[1]` is a row, `x[1, 2]` a value, `x[0..<2]` the first two rows,
    /// `x[-1]` the last row; see `TensorIndex` for every form and its Python spelling.
    ///
    /// PyTorch: `x[i, j]` basic and integer-array indexing.
    public subscript(_ indices: TensorIndex..., file file: StaticString = #fileID, line line: UInt = #line) -> Tensor {
        get { selecting(indices, file: file, line: line) }
        set { assign(newValue, at: indices, file: file, line: line) }
    }

    /// Selects every position of the first axis and then along the next ones: `x[..., 0]` is the first column.
    ///
    /// PyTorch: `x[:, 0]`.
    public subscript(_ all: UnboundedRange, _ indices: TensorIndex...,
                     file file: StaticString = #fileID, line line: UInt = #line) -> Tensor {
        get { selecting([WholeAxis()] + indices, file: file, line: line) }
        set { assign(newValue, at: [WholeAxis()] + indices, file: file, line: line) }
    }

    /// Selects every position of the first two axes and then along the next ones: `x[..., ..., 0]`.
    ///
    /// PyTorch: `x[:, :, 0]`.
    public subscript(_ all: UnboundedRange, _ all2: UnboundedRange, _ indices: TensorIndex...,
                     file file: StaticString = #fileID, line line: UInt = #line) -> Tensor {
        get { selecting([WholeAxis(), WholeAxis()] + indices, file: file, line: line) }
        set { assign(newValue, at: [WholeAxis(), WholeAxis()] + indices, file: file, line: line) }
    }

    /// The flat source positions and result shape of a selection, or a trap naming what is out of range.
    private func gatherPlan(_ indices: [TensorIndex], operation: String,
                            file: StaticString, line: UInt) -> (sources: [Int], shape: [Int]) {
        if indices.count > rank {
            EngineFailure.fail(operation, "\(indices.count) indices for a tensor of shape \(describe(shape))",
                               file: file, line: line)
        }
        var perAxis: [[Int]] = []
        var outShape: [Int] = []
        for axis in 0..<rank {
            let index: TensorIndex = axis < indices.count ? indices[axis] : WholeAxis()
            guard let (positions, keeps) = index.positions(inAxisOfSize: shape[axis]) else {
                EngineFailure.fail(operation, "index \(index) is out of range for axis \(axis) of shape \(describe(shape))",
                                   file: file, line: line)
            }
            perAxis.append(positions)
            if keeps { outShape.append(positions.count) }
        }
        let strides = Shape.strides(shape)
        var sources = [0]
        for axis in 0..<rank {
            let step = strides[axis]
            sources = sources.flatMap { base in perAxis[axis].map { base + $0 * step } }
        }
        return (sources, outShape)
    }

    private func selecting(_ indices: [TensorIndex], file: StaticString, line: UInt) -> Tensor {
        let (sources, outShape) = gatherPlan(indices, operation: "subscript", file: file, line: line)
        let out = sources.map { scalars[$0] }
        return .result(out, outShape, operation: "subscript", inputs: [self]) { [shape, count] g in
            var grad = [Double](repeating: 0, count: count)
            for (i, s) in sources.enumerated() { grad[s] += g.scalars[i] }
            return [Tensor(unchecked: grad, shape)]
        }
    }

    private func assign(_ value: Tensor, at indices: [TensorIndex], file: StaticString, line: UInt) {
        if requiresGrad && GradMode.isEnabled {
            EngineFailure.fail("subscript assignment", "cannot write into a tensor that requires grad; "
                               + "write inside withoutGrad { } or into a tensor without requiresGrad", file: file, line: line)
        }
        let (sources, outShape) = gatherPlan(indices, operation: "subscript assignment", file: file, line: line)
        let values = value.broadcast(to: outShape, file: file, line: line).scalars
        for (i, s) in sources.enumerated() { scalars[s] = values[i] }
    }

    /// The rows (entries along `axis`) at `indices`, in that order; used to gather mini-batches.
    public func selecting(indices: [Int], axis: Int = 0, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let a = Shape.normalize(axis: axis, rank: rank, operation: "select", shape: shape, file: file, line: line)
        if let bad = indices.first(where: { $0 < 0 || $0 >= shape[a] }) {
            EngineFailure.fail("select", "index \(bad) is out of range for axis \(axis) of shape \(describe(shape))",
                               file: file, line: line)
        }
        let outer = shape[..<a].reduce(1, *), n = shape[a], inner = shape[(a + 1)...].reduce(1, *)
        var sources: [Int] = []
        sources.reserveCapacity(outer * indices.count * inner)
        for o in 0..<outer { for i in indices { let base = (o * n + i) * inner; sources.append(contentsOf: base..<base + inner) } }
        var outShape = shape
        outShape[a] = indices.count
        let out = sources.map { scalars[$0] }
        return .result(out, outShape, operation: "select", inputs: [self]) { [shape, count] g in
            var grad = [Double](repeating: 0, count: count)
            for (i, s) in sources.enumerated() { grad[s] += g.scalars[i] }
            return [Tensor(unchecked: grad, shape)]
        }
    }

    /// For a [N, C] tensor, the value in each row at the column `columns[row]` — a [N] tensor.
    ///
    /// This is how a loss picks the predicted score of each example's true class.
    public func picking(columns: [Int], file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        if rank != 2 || columns.count != shape[0] {
            EngineFailure.fail("pick", "needs a [N, C] tensor and N column indices; got shape \(describe(shape)) and \(columns.count) indices",
                               file: file, line: line)
        }
        let c = shape[1]
        if let bad = columns.first(where: { $0 < 0 || $0 >= c }) {
            EngineFailure.fail("pick", "class index \(bad) is out of range for \(c) columns (shape \(describe(shape)))",
                               file: file, line: line)
        }
        let sources = columns.enumerated().map { $0.offset * c + $0.element }
        return .result(sources.map { scalars[$0] }, [shape[0]], operation: "pick", inputs: [self]) { [shape, count] g in
            var grad = [Double](repeating: 0, count: count)
            for (i, s) in sources.enumerated() { grad[s] += g.scalars[i] }
            return [Tensor(unchecked: grad, shape)]
        }
    }
}
