extension Tensor {
    /// Whether both tensors have the same shape and |a − b| ≤ absolute + relative·|b| everywhere (NumPy's rule).
    public func allClose(_ other: Tensor, relative: Double = 1e-5, absolute: Double = 1e-8) -> Bool {
        shape == other.shape && zip(scalars, other.scalars).allSatisfy { a, b in
            a == b || Swift.abs(a - b) <= absolute + relative * Swift.abs(b)
        }
    }

    /// The largest absolute difference to another tensor of the same shape.
    public func maxAbsDifference(_ other: Tensor) -> Double {
        zip(scalars, other.scalars).map { Swift.abs($0 - $1) }.max() ?? 0
    }
}
