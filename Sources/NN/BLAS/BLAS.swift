import CBLAS

/// The one place that calls CBLAS: a row-major matrix product with optional transposes.
enum BLAS {
    /// C = alpha·op(A)·op(B) + beta·C, with A, B, C row-major and op the optional transpose.
    ///
    /// `m`, `n`, `k` are the sizes of op(A) (m×k), op(B) (k×n) and C (m×n).
    static func gemm(_ a: UnsafePointer<Double>, transposeA: Bool,
                     _ b: UnsafePointer<Double>, transposeB: Bool,
                     _ c: UnsafeMutablePointer<Double>,
                     m: Int, n: Int, k: Int, alpha: Double = 1, beta: Double = 0) {
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            if beta == 0 { c.update(repeating: 0, count: m * n) }
            return
        }
        let lda = transposeA ? m : k
        let ldb = transposeB ? k : n
        cblas_dgemm(CblasRowMajor,
                    transposeA ? CblasTrans : CblasNoTrans,
                    transposeB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha,
                    a, Int32(lda), b, Int32(ldb), beta, c, Int32(n))
    }
}
