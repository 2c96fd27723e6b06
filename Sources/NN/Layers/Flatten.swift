/// Merges axes `startAxis...endAxis` into one, e.g. `[N, C, H, W]` → `[N, C·H·W]` (PyTorch's `nn.Flatten`).
///
/// Negative axes count from the end; the defaults keep the batch axis and flatten everything after it.
public final class Flatten: Layer, CustomStringConvertible {
    /// The first axis merged.
    public let startAxis: Int
    /// The last axis merged.
    public let endAxis: Int
    public var isTraining = true

    public init(startAxis: Int = 1, endAxis: Int = -1) {
        self.startAxis = startAxis
        self.endAxis = endAxis
    }

    public func forward(_ input: Tensor) -> Tensor {
        let rank = input.rank
        let start = startAxis < 0 ? startAxis + rank : startAxis
        let end = endAxis < 0 ? endAxis + rank : endAxis
        if start < 0 || end >= rank || start > end {
            EngineFailure.fail("Flatten", "\(self) cannot flatten input of shape \(describe(input.shape)) (rank \(rank))")
        }
        let merged = input.shape[start...end].reduce(1, *)
        return input.reshaped(Array(input.shape[..<start]) + [merged] + Array(input.shape[(end + 1)...]), file: nil, line: nil)
    }

    public var description: String {
        endAxis == -1 ? "Flatten(startAxis: \(startAxis))" : "Flatten(startAxis: \(startAxis), endAxis: \(endAxis))"
    }
}
