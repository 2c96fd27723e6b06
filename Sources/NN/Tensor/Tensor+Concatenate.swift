extension Tensor {
    /// Joins tensors along an existing axis; all other sizes must agree.
    public static func concatenate(_ tensors: [Tensor], axis: Int = 0,
                                   file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        guard let first = tensors.first else {
            EngineFailure.fail("concatenate", "needs at least one tensor", file: file, line: line)
        }
        let a = Shape.normalize(axis: axis, rank: first.rank, operation: "concatenate", shape: first.shape, file: file, line: line)
        for t in tensors where t.rank != first.rank
            || t.shape.enumerated().contains(where: { $0.offset != a && $0.element != first.shape[$0.offset] }) {
            EngineFailure.fail("concatenate", "shapes \(describe(first.shape)) and \(describe(t.shape)) differ outside axis \(axis)",
                               file: file, line: line)
        }
        let outer = first.shape[..<a].reduce(1, *)
        let inner = first.shape[(a + 1)...].reduce(1, *)
        let sizes = tensors.map { $0.shape[a] }
        var out: [Double] = []
        out.reserveCapacity(tensors.reduce(0) { $0 + $1.count })
        for o in 0..<outer {
            for (t, size) in zip(tensors, sizes) {
                let chunk = size * inner
                out.append(contentsOf: t.scalars[(o * chunk)..<((o + 1) * chunk)])
            }
        }
        var outShape = first.shape
        outShape[a] = sizes.reduce(0, +)
        return .result(out, outShape, operation: "concatenate", inputs: tensors) { g in
            var start = 0
            return zip(tensors, sizes).map { t, size in
                defer { start += size }
                return Tensor(unchecked: g.scalars, outShape).selecting(indices: Array(start..<start + size), axis: a)
                    .reshaped(t.shape)
            }
        }
    }

    /// Stacks tensors of one shape along a new axis.
    public static func stack(_ tensors: [Tensor], axis: Int = 0,
                             file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        guard let first = tensors.first else {
            EngineFailure.fail("stack", "needs at least one tensor", file: file, line: line)
        }
        for t in tensors where t.shape != first.shape {
            EngineFailure.fail("stack", "shapes \(describe(first.shape)) and \(describe(t.shape)) differ", file: file, line: line)
        }
        return concatenate(tensors.map { $0.unsqueezed(axis: axis, file: file, line: line) }, axis: axis, file: file, line: line)
    }
}
