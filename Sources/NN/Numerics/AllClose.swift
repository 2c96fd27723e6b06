extension Tensor {
    /// Whether both tensors have the same shape and |a − b| ≤ absolute + relative·|b| everywhere (NumPy's rule).
    public func allClose(_ other: Tensor, relative: Double = 1e-5, absolute: Double = 1e-8) -> Bool {
        shape == other.shape && zip(scalars, other.scalars).allSatisfy { a, b in
            a == b || Swift.abs(a - b) <= absolute + relative * Swift.abs(b)
        }
    }

    /// The largest absolute difference to another tensor of the same shape; NaN when a NaN meets any
    /// value, so that no comparison within a tolerance passes it (equal infinities differ by 0).
    public func maxAbsDifference(_ other: Tensor) -> Double {
        var largest = 0.0
        for (a, b) in zip(scalars, other.scalars) where a != b {
            let difference = Swift.abs(a - b)
            if difference.isNaN { return .nan }
            largest = Swift.max(largest, difference)
        }
        return largest
    }
}
