/// Something that selects along one axis in a subscript: an `Int` (drops the axis) or a range (keeps it).
///
/// Negative integers count from the end, as in Python: `x[-1]` is the last row.
public protocol TensorIndex {
    /// The positions selected in an axis of `size`, and whether the axis is kept.
    func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)?
}

extension Int: TensorIndex {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        let i = self < 0 ? self + size : self
        return i >= 0 && i < size ? ([i], false) : nil
    }
}

extension Range: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        lowerBound >= 0 && upperBound <= size ? (Array(self), true) : nil
    }
}

extension ClosedRange: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        lowerBound >= 0 && upperBound < size ? (Array(self), true) : nil
    }
}

extension PartialRangeFrom: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        lowerBound >= 0 && lowerBound <= size ? (Array(lowerBound..<size), true) : nil
    }
}

extension PartialRangeUpTo: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        upperBound >= 0 && upperBound <= size ? (Array(0..<upperBound), true) : nil
    }
}

extension PartialRangeThrough: TensorIndex where Bound == Int {
    public func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? {
        upperBound >= 0 && upperBound < size ? (Array(0...upperBound), true) : nil
    }
}

/// Every position of an axis; `x[..., 0]` is written with Swift's `...` and reaches the engine as this.
struct WholeAxis: TensorIndex {
    func positions(inAxisOfSize size: Int) -> (positions: [Int], keepsAxis: Bool)? { (Array(0..<size), true) }
}
