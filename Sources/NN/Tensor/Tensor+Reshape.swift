extension Tensor {
    /// The same values with another shape; one size may be -1 and is then inferred.
    public func reshaped(_ newShape: [Int], file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        var target = newShape
        let known = newShape.filter { $0 != -1 }.reduce(1, *)
        let unknown = newShape.filter { $0 == -1 }.count
        if unknown == 1, known > 0, count % known == 0 {
            target[newShape.firstIndex(of: -1)!] = count / known
        }
        if unknown > 1 || target.contains(where: { $0 < 0 }) || target.reduce(1, *) != count {
            EngineFailure.fail("reshape", "cannot reshape \(describe(shape)) (\(count) values) to \(describe(newShape))",
                               file: file, line: line)
        }
        return .result(scalars, target, operation: "reshape", inputs: [self]) { [shape] g in
            [Tensor(unchecked: g.scalars, shape)]
        }
    }

    /// The same values with another shape (variadic form), e.g. `x.reshaped(2, -1)`.
    public func reshaped(_ newShape: Int..., file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        reshaped(newShape, file: file, line: line)
    }

    /// The same values with another shape (an alias of `reshaped`); one size may be -1.
    ///
    /// Values are always stored contiguously, so every reshape is a view in PyTorch's sense.
    /// PyTorch: `x.view(2, -1)`.
    public func view(_ newShape: Int..., file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        reshaped(newShape, file: file, line: line)
    }

    /// The same values with another shape given as an array (an alias of `reshaped`).
    ///
    /// PyTorch: `x.view(shape)`.
    public func view(_ newShape: [Int], file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        reshaped(newShape, file: file, line: line)
    }

    /// A copy with its own storage that stays in the graph: the gradient flows through it unchanged.
    ///
    /// Writing into the copy (with a subscript) leaves the original alone. For a copy cut from the
    /// graph, use `detach()` (which also copies).
    /// PyTorch: `x.clone()`.
    public func clone() -> Tensor {
        .result(scalars, shape, operation: "clone", inputs: [self]) { g in [g] }
    }

    /// Flattens axes `startAxis...` into one, e.g. [N, C, H, W] → [N, C·H·W] with `startAxis: 1`.
    public func flattened(startAxis: Int = 0, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let start = Shape.normalize(axis: startAxis, rank: Swift.max(rank, 1), operation: "flatten",
                                    shape: shape, file: file, line: line)
        return reshaped(Array(shape.prefix(start)) + [shape.dropFirst(start).reduce(1, *)], file: file, line: line)
    }

    /// Inserts an axis of size 1 at `axis`.
    public func unsqueezed(axis: Int, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let a = Shape.normalize(axis: axis, rank: rank + 1, operation: "unsqueeze", shape: shape, file: file, line: line)
        var s = shape
        s.insert(1, at: a)
        return reshaped(s, file: file, line: line)
    }

    /// Removes axes of size 1 (only `axis` when given).
    public func squeezed(axis: Int? = nil, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        guard let axis else { return reshaped(shape.filter { $0 != 1 }, file: file, line: line) }
        let a = Shape.normalize(axis: axis, rank: rank, operation: "squeeze", shape: shape, file: file, line: line)
        if shape[a] != 1 {
            EngineFailure.fail("squeeze", "axis \(axis) of shape \(describe(shape)) has size \(shape[a]), not 1",
                               file: file, line: line)
        }
        var s = shape
        s.remove(at: a)
        return reshaped(s, file: file, line: line)
    }

    /// Reorders the axes: result axis i is input axis `order[i]`.
    public func permuted(_ order: [Int], file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        if order.sorted() != Array(0..<rank) {
            EngineFailure.fail("permute", "\(order) is not an ordering of the \(rank) axes of shape \(describe(shape))",
                               file: file, line: line)
        }
        let outShape = order.map { shape[$0] }
        let inStrides = Shape.strides(shape)
        let readStrides = order.map { inStrides[$0] }
        var out = [Double](repeating: 0, count: count)
        if count > 0 {
            var index = [Int](repeating: 0, count: rank)
            var source = 0
            for i in 0..<count {
                out[i] = scalars[source]
                var axis = rank - 1
                while axis >= 0 {
                    index[axis] += 1
                    source += readStrides[axis]
                    if index[axis] < outShape[axis] { break }
                    source -= readStrides[axis] * outShape[axis]
                    index[axis] = 0
                    axis -= 1
                }
            }
        }
        var inverse = [Int](repeating: 0, count: rank)
        for (i, a) in order.enumerated() { inverse[a] = i }
        return .result(out, outShape, operation: "permute", inputs: [self]) { g in [g.permuted(inverse)] }
    }

    /// Swaps the last two axes (a matrix transpose); a vector is returned unchanged.
    public func transposed() -> Tensor {
        guard rank >= 2 else { return self }
        var order = Array(0..<rank)
        order.swapAt(rank - 1, rank - 2)
        return permuted(order)
    }

    /// The transpose, written as in the formulas: `W.T`.
    public var T: Tensor { transposed() }
}
