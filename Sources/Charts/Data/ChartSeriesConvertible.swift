/// A value that charts can read as a sequence of numbers.
///
/// `[Double]`, `[Float]`, `[Int]`, integer ranges and strides conform already.
/// Another module makes its own types plottable in one extension, without Charts knowing them:
/// ```swift
/// extension Tensor: ChartSeriesConvertible {
///     public var chartValues: [Double] { scalars.map(Double.init) }
/// }
/// ```
public protocol ChartSeriesConvertible {
    /// The numbers, in order.
    var chartValues: [Double] { get }
}

/// One number that charts accept: `Double`, `Float` and the standard integer types.
public protocol ChartScalar {
    /// The number as a `Double`.
    var chartValue: Double { get }
}

extension Double: ChartScalar { public var chartValue: Double { self } }
extension Float: ChartScalar { public var chartValue: Double { Double(self) } }
extension Int: ChartScalar { public var chartValue: Double { Double(self) } }
extension Int32: ChartScalar { public var chartValue: Double { Double(self) } }
extension Int64: ChartScalar { public var chartValue: Double { Double(self) } }
extension UInt8: ChartScalar { public var chartValue: Double { Double(self) } }
extension UInt: ChartScalar { public var chartValue: Double { Double(self) } }

extension Array: ChartSeriesConvertible where Element: ChartScalar {
    public var chartValues: [Double] { map(\.chartValue) }
}

extension ArraySlice: ChartSeriesConvertible where Element: ChartScalar {
    public var chartValues: [Double] { map(\.chartValue) }
}

extension ContiguousArray: ChartSeriesConvertible where Element: ChartScalar {
    public var chartValues: [Double] { map(\.chartValue) }
}

extension Range: ChartSeriesConvertible where Bound == Int {
    public var chartValues: [Double] { map(Double.init) }
}

extension ClosedRange: ChartSeriesConvertible where Bound == Int {
    public var chartValues: [Double] { map(Double.init) }
}

extension StrideTo: ChartSeriesConvertible where Element: ChartScalar {
    public var chartValues: [Double] { map(\.chartValue) }
}

extension StrideThrough: ChartSeriesConvertible where Element: ChartScalar {
    public var chartValues: [Double] { map(\.chartValue) }
}
