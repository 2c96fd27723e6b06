/// How an axis maps values to positions.
public enum ScaleType: Sendable, Equatable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); only positive values can be shown.
    case log

    /// Whether a finite value can be placed on an axis of this type.
    func accepts(_ value: Double) -> Bool {
        value.isFinite && (self == .linear || value > 0)
    }
}
