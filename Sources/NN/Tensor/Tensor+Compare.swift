/// Elementwise comparisons give masks of 1 and 0 (not differentiable); `where` selects with a mask.
extension Tensor {
    private func mask(_ other: Tensor, _ operation: String, _ test: (Double, Double) -> Bool) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, other, operation: operation, file: nil, line: nil) { test($0, $1) ? 1 : 0 }
        return Tensor(unchecked: out, shape)
    }

    public static func .> (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "greater") { $0 > $1 } }
    public static func .>= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "greaterEqual") { $0 >= $1 } }
    public static func .< (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "less") { $0 < $1 } }
    public static func .<= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "lessEqual") { $0 <= $1 } }
    public static func .== (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "equal") { $0 == $1 } }
    public static func .!= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "notEqual") { $0 != $1 } }
    public static func .> (lhs: Tensor, rhs: Double) -> Tensor { lhs .> Tensor(rhs) }
    public static func .>= (lhs: Tensor, rhs: Double) -> Tensor { lhs .>= Tensor(rhs) }
    public static func .< (lhs: Tensor, rhs: Double) -> Tensor { lhs .< Tensor(rhs) }
    public static func .<= (lhs: Tensor, rhs: Double) -> Tensor { lhs .<= Tensor(rhs) }
    public static func .== (lhs: Tensor, rhs: Double) -> Tensor { lhs .== Tensor(rhs) }
    public static func .!= (lhs: Tensor, rhs: Double) -> Tensor { lhs .!= Tensor(rhs) }

    /// Picks `ifTrue` where `condition` is non-zero and `ifFalse` elsewhere, with broadcasting;
    /// gradients flow to the branch that was picked.
    public static func `where`(_ condition: Tensor, _ ifTrue: Tensor, _ ifFalse: Tensor,
                               file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let m = Tensor(unchecked: condition.scalars.map { $0 != 0 ? 1 : 0 }, condition.shape)
        return m.multiplying(ifTrue, file: file, line: line) + (1 - m).multiplying(ifFalse, file: file, line: line)
    }

    /// Whether any value is NaN or infinite.
    public var hasNonFinite: Bool { scalars.contains { !$0.isFinite } }
}
