extension Tensor {
    /// Matrix product through BLAS: [m, k]·[k, n] → [m, n]; a vector on either side is treated as a
    /// row or column and dropped from the result; leading batch axes are supported
    /// ([..., m, k]·[k, n] and [b, m, k]·[b, k, n]).
    public func matmul(_ other: Tensor, file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        let a = rank == 1 ? Tensor(unchecked: scalars, [1, count]) : self
        let b = other.rank == 1 ? Tensor(unchecked: other.scalars, [other.count, 1]) : other
        if a.rank == 0 || b.rank == 0 || a.shape.last != b.shape[b.rank - 2] || b.rank > 2 && a.rank != b.rank
            || b.rank > 2 && a.shape.dropLast(2) != b.shape.dropLast(2) {
            EngineFailure.fail("matmul", "shapes \(describe(shape)) and \(describe(other.shape)) do not fit "
                               + "(inner sizes must match)", file: file, line: line)
        }
        let m = a.shape[a.rank - 2], k = a.shape[a.rank - 1], n = b.shape[b.rank - 1]
        let batch = a.count / Swift.max(m * k, 1)
        let sharedB = b.rank == 2
        var outShape = Array(a.shape.dropLast()) + [n]
        let out = Tensor.batchedGemm(a.scalars, false, b.scalars, false, batch: batch, m: m, n: n, k: k, sharedB: sharedB)
        if rank == 1 { outShape.remove(at: outShape.count - 2) }
        if other.rank == 1 { outShape.removeLast() }
        return .result(out, outShape, operation: "matmul", inputs: [self, other]) { [self, other] g in
            // dA = dC·Bᵀ, dB = Aᵀ·dC (summed over the batch when B is shared).
            let gA = self.requiresGrad
                ? Tensor.batchedGemm(g.scalars, false, b.scalars, true, batch: batch, m: m, n: k, k: n, sharedB: sharedB)
                : nil
            var gB: [Double]?
            if other.requiresGrad {
                if sharedB {
                    gB = Tensor.batchedGemm(a.scalars, true, g.scalars, false, batch: 1, m: k, n: n, k: batch * m,
                                            sharedB: true, aRowsStacked: true)
                } else {
                    gB = Tensor.batchedGemm(a.scalars, true, g.scalars, false, batch: batch, m: k, n: n, k: m, sharedB: false)
                }
            }
            return [gA.map { Tensor(unchecked: $0, self.shape) }, gB.map { Tensor(unchecked: $0, other.shape) }]
        }
    }

    /// Runs one GEMM per batch entry on raw row-major buffers.
    ///
    /// With `aRowsStacked`, A is the stacked [k_total, m] matrix read transposed as one product.
    static func batchedGemm(_ a: [Double], _ transposeA: Bool, _ b: [Double], _ transposeB: Bool,
                            batch: Int, m: Int, n: Int, k: Int, sharedB: Bool,
                            aRowsStacked: Bool = false) -> [Double] {
        if batch * m * n == 0 { return [] }
        if k == 0 { return [Double](repeating: 0, count: batch * m * n) }
        return [Double](unsafeUninitializedCapacity: batch * m * n) { buffer, initialized in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    for i in 0..<batch {
                        let aOffset = aRowsStacked ? 0 : i * m * k
                        let bOffset = sharedB ? 0 : i * k * n
                        BLAS.gemm(pa.baseAddress! + aOffset, transposeA: transposeA,
                                  pb.baseAddress! + bOffset, transposeB: transposeB,
                                  buffer.baseAddress! + i * m * n, m: m, n: n, k: k)
                    }
                }
            }
            initialized = batch * m * n
        }
    }
}
