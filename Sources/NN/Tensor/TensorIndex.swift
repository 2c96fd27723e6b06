/// Something that selects along one axis in a subscript: an `Int` (drops the axis), a range, a
/// stride or a list of positions (each keeps the axis).
///
/// Negative numbers count from the end, as in Python, in every form:
///
/// | Python / PyTorch | NN                          |
/// |------------------|-----------------------------|
/// | `x[-1]`          | `x[-1]`                     |
/// | `x[1:]`          | `x[1...]`                   |
/// | `x[-2:]`         | `x[(-2)...]`                |
/// | `x[:-1]`         | `x[..<(-1)]`                |
/// | `x[1:-1]`        | `x[1...][..<(-1)]`          |
/// | `x[:, -2]`       | `x[..., -2]`                |
/// | `x[1:, -2]`      | `x[1..., -2]`               |
/// | `x[::2]`         | `x[stride(from: 0, to: x.shape[0], by: 2)]` |
/// | `x[[0, 2]]`      | `x[[0, 2]]`                 |
///
/// Swift needs the parentheses in `..<(-1)` and `(-2)...`, since `..<-` would read as one operator.
/// A range whose start comes after its end once negatives are resolved selects nothing, as in
/// Python; a position outside the axis is an error (Python would clip a slice silently).
/// `...` alone stands for one whole axis (PyTorch's `:`), not for any number of axes.
public protocol TensorIndex {
    /// The positions selected in an axis of `size`, and whether the axis is kept; nil when out of range.
    func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)?
}

/// Resolves a Python-style bound (negative counts from the end) and checks it lies in 0...size.
private func resolvedBound(_ bound: Int, size: Int) -> Int? {
    let b = bound < 0 ? bound + size : bound
    return b >= 0 && b <= size ? b : nil
}

/// The positions lower..<upper after resolving negative bounds; empty when lower comes after upper.
private func span(_ lower: Int, _ upper: Int, size: Int) -> [Int]? {
    guard let lo = resolvedBound(lower, size: size), let hi = resolvedBound(upper, size: size) else { return nil }
    return lo < hi ? Array(lo..<hi) : []
}

extension Int: TensorIndex {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        let i = self < 0 ? self + size : self
        return i >= 0 && i < size ? ([i], false) : nil
    }
}

extension Range: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        span(lowerBound, upperBound, size: size).map { ($0, true) }
    }
}

extension ClosedRange: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        // The last position must exist: `x[0...5]` on 5 rows is an error, not rows 0–4.
        guard (upperBound < 0 ? upperBound + size : upperBound) < size else { return nil }
        return span(lowerBound, upperBound == -1 ? size : upperBound + 1, size: size).map { ($0, true) }
    }
}

extension PartialRangeFrom: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        span(lowerBound, size, size: size).map { ($0, true) }
    }
}

extension PartialRangeUpTo: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        span(0, upperBound, size: size).map { ($0, true) }
    }
}

extension PartialRangeThrough: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        guard (upperBound < 0 ? upperBound + size : upperBound) < size else { return nil }
        return span(0, upperBound == -1 ? size : upperBound + 1, size: size).map { ($0, true) }
    }
}

/// The listed positions, in order, repeats allowed (PyTorch's integer-array indexing, `x[[0, 2]]`).
extension Array: TensorIndex where Element == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        var resolved: [Int] = []
        resolved.reserveCapacity(count)
        for i in self {
            let p = i < 0 ? i + size : i
            guard p >= 0 && p < size else { return nil }
            resolved.append(p)
        }
        return (resolved, true)
    }
}

/// Every `by`-th position, e.g. `x[stride(from: 0, to: 10, by: 2)]` (Python's `x[0:10:2]`); a negative
/// step walks backwards: `x[stride(from: 4, through: 0, by: -1)]` reverses five rows.
extension StrideTo: TensorIndex where Element == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        Array(self).positions(inAxisOfSize: size)
    }
}

/// Every `by`-th position up to and including the end, e.g. `x[stride(from: 0, through: 8, by: 4)]`.
extension StrideThrough: TensorIndex where Element == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        Array(self).positions(inAxisOfSize: size)
    }
}

/// Every position of an axis; `x[..., 0]` is written with Swift's `...` and reaches the engine as this.
struct WholeAxis: TensorIndex {
    func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? { (Array(0..<size), true) }
}
