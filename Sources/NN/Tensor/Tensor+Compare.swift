/// Elementwise comparisons give masks of 1 and 0 (not differentiable); `where` selects with a mask.
///
/// Both spellings work: `a > 0` (as in PyTorch) and `a .> 0` (as in Swift's SIMD types). Equality is
/// only `.==` / `.!=`, because `==` in Swift answers one yes or no: for that, use `a.equal(b)`.
extension Tensor {
    private func mask(_ other: Tensor, _ operation: String, _ test: (Double, Double) -> Bool) -> Tensor {
        let (out, shape) = Tensor.zipBroadcast(self, other, operation: operation, file: nil, line: nil) { test($0, $1) ? 1 : 0 }
        return Tensor(unchecked: out, shape)
    }

    /// 1 where `lhs > rhs`, else 0, with broadcasting. PyTorch: `torch.gt`.
    public static func .> (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "greater") { $0 > $1 } }
    /// 1 where `lhs >= rhs`, else 0, with broadcasting. PyTorch: `torch.ge`.
    public static func .>= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "greaterEqual") { $0 >= $1 } }
    /// 1 where `lhs < rhs`, else 0, with broadcasting. PyTorch: `torch.lt`.
    public static func .< (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "less") { $0 < $1 } }
    /// 1 where `lhs <= rhs`, else 0, with broadcasting. PyTorch: `torch.le`.
    public static func .<= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "lessEqual") { $0 <= $1 } }
    /// 1 where `lhs == rhs`, else 0, with broadcasting. PyTorch: `torch.eq`.
    public static func .== (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "equal") { $0 == $1 } }
    /// 1 where `lhs != rhs`, else 0, with broadcasting. PyTorch: `torch.ne`.
    public static func .!= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.mask(rhs, "notEqual") { $0 != $1 } }
    /// 1 where the value is above `rhs`. PyTorch: `x > c`.
    public static func .> (lhs: Tensor, rhs: Double) -> Tensor { lhs .> Tensor(rhs) }
    /// 1 where the value is at least `rhs`. PyTorch: `x >= c`.
    public static func .>= (lhs: Tensor, rhs: Double) -> Tensor { lhs .>= Tensor(rhs) }
    /// 1 where the value is below `rhs`. PyTorch: `x < c`.
    public static func .< (lhs: Tensor, rhs: Double) -> Tensor { lhs .< Tensor(rhs) }
    /// 1 where the value is at most `rhs`. PyTorch: `x <= c`.
    public static func .<= (lhs: Tensor, rhs: Double) -> Tensor { lhs .<= Tensor(rhs) }
    /// 1 where the value equals `rhs`. PyTorch: `x == c`.
    public static func .== (lhs: Tensor, rhs: Double) -> Tensor { lhs .== Tensor(rhs) }
    /// 1 where the value differs from `rhs`. PyTorch: `x != c`.
    public static func .!= (lhs: Tensor, rhs: Double) -> Tensor { lhs .!= Tensor(rhs) }

    /// 1 where `lhs > rhs`, else 0, with broadcasting (the same as `.>`). PyTorch: `a > b`.
    public static func > (lhs: Tensor, rhs: Tensor) -> Tensor { lhs .> rhs }
    /// 1 where `lhs >= rhs`, else 0, with broadcasting (the same as `.>=`). PyTorch: `a >= b`.
    public static func >= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs .>= rhs }
    /// 1 where `lhs < rhs`, else 0, with broadcasting (the same as `.<`). PyTorch: `a < b`.
    public static func < (lhs: Tensor, rhs: Tensor) -> Tensor { lhs .< rhs }
    /// 1 where `lhs <= rhs`, else 0, with broadcasting (the same as `.<=`). PyTorch: `a <= b`.
    public static func <= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs .<= rhs }
    /// 1 where the value is above `rhs` (the same as `.>`). PyTorch: `x > c`.
    public static func > (lhs: Tensor, rhs: Double) -> Tensor { lhs .> rhs }
    /// 1 where the value is at least `rhs` (the same as `.>=`). PyTorch: `x >= c`.
    public static func >= (lhs: Tensor, rhs: Double) -> Tensor { lhs .>= rhs }
    /// 1 where the value is below `rhs` (the same as `.<`). PyTorch: `x < c`.
    public static func < (lhs: Tensor, rhs: Double) -> Tensor { lhs .< rhs }
    /// 1 where the value is at most `rhs` (the same as `.<=`). PyTorch: `x <= c`.
    public static func <= (lhs: Tensor, rhs: Double) -> Tensor { lhs .<= rhs }
    /// 1 where `lhs` is above the value (the same as `Tensor(lhs) .> rhs`). PyTorch: `c > x`.
    public static func > (lhs: Double, rhs: Tensor) -> Tensor { Tensor(lhs) .> rhs }
    /// 1 where `lhs` is at least the value. PyTorch: `c >= x`.
    public static func >= (lhs: Double, rhs: Tensor) -> Tensor { Tensor(lhs) .>= rhs }
    /// 1 where `lhs` is below the value. PyTorch: `c < x`.
    public static func < (lhs: Double, rhs: Tensor) -> Tensor { Tensor(lhs) .< rhs }
    /// 1 where `lhs` is at most the value. PyTorch: `c <= x`.
    public static func <= (lhs: Double, rhs: Tensor) -> Tensor { Tensor(lhs) .<= rhs }

    /// Not available: in Swift `==` answers one yes or no. Use `.==` for the elementwise mask.
    @available(*, unavailable, message: "use a .== b for an elementwise mask (PyTorch's a == b), or a.equal(b) for one Bool (torch.equal)")
    public static func == (lhs: Tensor, rhs: Tensor) -> Tensor { lhs .== rhs }
    /// Not available: in Swift `==` answers one yes or no. Use `.==` for the elementwise mask.
    @available(*, unavailable, message: "use x .== c for an elementwise mask (PyTorch's x == c)")
    public static func == (lhs: Tensor, rhs: Double) -> Tensor { lhs .== rhs }
    /// Not available: in Swift `!=` answers one yes or no. Use `.!=` for the elementwise mask.
    @available(*, unavailable, message: "use a .!= b for an elementwise mask (PyTorch's a != b), or !a.equal(b) for one Bool")
    public static func != (lhs: Tensor, rhs: Tensor) -> Tensor { lhs .!= rhs }
    /// Not available: in Swift `!=` answers one yes or no. Use `.!=` for the elementwise mask.
    @available(*, unavailable, message: "use x .!= c for an elementwise mask (PyTorch's x != c)")
    public static func != (lhs: Tensor, rhs: Double) -> Tensor { lhs .!= rhs }

    /// Whether both tensors have the same shape and the same values (NaN equals nothing).
    ///
    /// PyTorch: `torch.equal`.
    public func equal(_ other: Tensor) -> Bool {
        shape == other.shape && scalars == other.scalars
    }

    /// Picks `ifTrue` where `condition` is non-zero and `ifFalse` elsewhere, with broadcasting of all three.
    ///
    /// It selects, it does not blend: a NaN or ∞ in the branch not taken never reaches the result, and
    /// the gradient flows to the picked branch only — the other branch gets exactly 0 there.
    /// Upstream of a branch the gradient stays 0 too, even through an infinite derivative (see `unary`),
    /// so `Tensor.where(x .> 0, x.log(), Tensor(0))` has a finite gradient at x ≤ 0.
    ///
    /// PyTorch: `torch.where`.
    public static func `where`(_ condition: Tensor, _ ifTrue: Tensor, _ ifFalse: Tensor,
                               file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        guard let pair = Shape.broadcast(condition.shape, ifTrue.shape),
              let shape = Shape.broadcast(pair, ifFalse.shape) else {
            EngineFailure.fail("where", "condition \(describe(condition.shape)), ifTrue \(describe(ifTrue.shape)) and "
                               + "ifFalse \(describe(ifFalse.shape)) cannot be broadcast together", file: file, line: line)
        }
        let picks = condition.broadcastValues(to: shape).map { $0 != 0 }
        let a = ifTrue.broadcastValues(to: shape), b = ifFalse.broadcastValues(to: shape)
        var out = [Double](repeating: 0, count: picks.count)
        for i in 0..<out.count { out[i] = picks[i] ? a[i] : b[i] }
        return .result(out, shape, operation: "where", inputs: [ifTrue, ifFalse]) { [ifTrue, ifFalse] g in
            let gs = g.scalars
            var toTrue = [Double](repeating: 0, count: gs.count), toFalse = toTrue
            for i in 0..<gs.count {
                if picks[i] { toTrue[i] = gs[i] } else { toFalse[i] = gs[i] }
            }
            return [ifTrue.requiresGrad ? Tensor(unchecked: toTrue, shape).summed(toShape: ifTrue.shape) : nil,
                    ifFalse.requiresGrad ? Tensor(unchecked: toFalse, shape).summed(toShape: ifFalse.shape) : nil]
        }
    }

    /// `Tensor.where` with a constant for the branch not taken, e.g. `Tensor.where(x .> 0, x, 0)`.
    ///
    /// PyTorch: `torch.where(condition, x, scalar)`.
    public static func `where`(_ condition: Tensor, _ ifTrue: Tensor, _ ifFalse: Double,
                               file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        Tensor.where(condition, ifTrue, Tensor(ifFalse), file: file, line: line)
    }

    /// `Tensor.where` with a constant for the picked branch.
    ///
    /// PyTorch: `torch.where(condition, scalar, y)`.
    public static func `where`(_ condition: Tensor, _ ifTrue: Double, _ ifFalse: Tensor,
                               file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        Tensor.where(condition, Tensor(ifTrue), ifFalse, file: file, line: line)
    }

    /// Whether any value is NaN or infinite.
    public var hasNonFinite: Bool { scalars.contains { !$0.isFinite } }

    /// The values repeated to fill `target`, which the shape must broadcast to; records nothing.
    func broadcastValues(to target: [Int]) -> [Double] {
        if shape == target { return scalars }
        let empty = Tensor(unchecked: [Double](repeating: 0, count: target.reduce(1, *)), target)
        return Tensor.zipBroadcast(empty, self, operation: "broadcast", file: nil, line: nil) { _, y in y }.scalars
    }
}
