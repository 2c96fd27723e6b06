import Foundation

/// The engine's own seeded random generator (xoshiro256**, seeded through SplitMix64), so a note
/// gives the same numbers on every run and every platform.
public struct RandomGenerator: RandomNumberGenerator {
    private var state: (UInt64, UInt64, UInt64, UInt64)
    /// A Gaussian value kept from the last Box–Muller pair.
    private var spareGaussian: Double?

    /// Creates a generator from a seed; equal seeds give equal sequences.
    public init(seed: UInt64) {
        var s = seed
        func splitMix() -> UInt64 {
            s &+= 0x9E37_79B9_7F4A_7C15
            var z = s
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform value in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform value in `range`.
    public mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    }

    /// A standard normal value (Box–Muller).
    public mutating func gaussian() -> Double {
        if let spare = spareGaussian { spareGaussian = nil; return spare }
        let u1 = 1 - uniform(), u2 = uniform()
        let radius = (-2 * Foundation.log(u1)).squareRoot()
        spareGaussian = radius * Foundation.sin(2 * .pi * u2)
        return radius * Foundation.cos(2 * .pi * u2)
    }

    /// A uniform integer in 0..<upperBound.
    public mutating func integer(below upperBound: Int) -> Int {
        Int(next(upperBound: UInt64(upperBound)))
    }

    /// The positions 0..<count in a random order (Fisher–Yates).
    public mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<count)
        if count > 1 {
            for i in stride(from: count - 1, to: 0, by: -1) { order.swapAt(i, integer(below: i + 1)) }
        }
        return order
    }
}

/// The generator used when none is passed; `Random.seed(_:)` resets it.
///
/// It is shared and guarded by a lock, so concurrent use is safe (though then not reproducible):
/// code that must be reproducible while other threads draw numbers passes its own generator.
public enum Random {
    // Guarded by `lock`: only `withGenerator` touches it. (Not `Synchronization.Mutex`, which needs
    // macOS 15; NN stays usable from macOS 13.)
    private nonisolated(unsafe) static var shared = RandomGenerator(seed: 0)
    private static let lock = NSLock()

    /// Reseeds the default generator, like `torch.manual_seed`.
    public static func seed(_ seed: UInt64) { withGenerator { $0 = RandomGenerator(seed: seed) } }

    /// Runs `body` with exclusive access to the default generator.
    public static func withGenerator<T>(_ body: (inout RandomGenerator) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&shared)
    }
}

extension Tensor {
    /// Values drawn uniformly from `range`.
    public static func uniform(_ shape: [Int], _ range: ClosedRange<Double> = 0...1, requiresGrad: Bool = false,
                               using generator: inout RandomGenerator) -> Tensor {
        let values = (0..<shape.reduce(1, *)).map { _ in generator.uniform(range) }
        return Tensor(scalars: values, shape: shape, requiresGrad: requiresGrad)
    }

    /// Values drawn uniformly from `range`, from the default generator.
    public static func uniform(_ shape: [Int], _ range: ClosedRange<Double> = 0...1, requiresGrad: Bool = false) -> Tensor {
        Random.withGenerator { uniform(shape, range, requiresGrad: requiresGrad, using: &$0) }
    }

    /// Values drawn from a normal distribution.
    public static func gaussian(_ shape: [Int], mean: Double = 0, std: Double = 1, requiresGrad: Bool = false,
                                using generator: inout RandomGenerator) -> Tensor {
        let values = (0..<shape.reduce(1, *)).map { _ in mean + std * generator.gaussian() }
        return Tensor(scalars: values, shape: shape, requiresGrad: requiresGrad)
    }

    /// Values drawn from a normal distribution, from the default generator.
    public static func gaussian(_ shape: [Int], mean: Double = 0, std: Double = 1, requiresGrad: Bool = false) -> Tensor {
        Random.withGenerator { gaussian(shape, mean: mean, std: std, requiresGrad: requiresGrad, using: &$0) }
    }

    /// Values uniform in [0, 1), from `generator`.
    ///
    /// PyTorch: `torch.rand(shape, generator=g)`.
    public static func rand(_ shape: [Int], requiresGrad: Bool = false, using generator: inout RandomGenerator) -> Tensor {
        uniform(shape, 0...1, requiresGrad: requiresGrad, using: &generator)
    }

    /// Values uniform in [0, 1), from the default generator (`Random.seed` resets it).
    ///
    /// PyTorch: `torch.rand(shape)`.
    public static func rand(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        uniform(shape, 0...1, requiresGrad: requiresGrad)
    }

    /// Standard normal values, from `generator`.
    ///
    /// PyTorch: `torch.randn(shape, generator=g)`.
    public static func randn(_ shape: [Int], requiresGrad: Bool = false, using generator: inout RandomGenerator) -> Tensor {
        gaussian(shape, requiresGrad: requiresGrad, using: &generator)
    }

    /// Standard normal values, from the default generator (`Random.seed` resets it).
    ///
    /// PyTorch: `torch.randn(shape)`.
    public static func randn(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        gaussian(shape, requiresGrad: requiresGrad)
    }

    /// Values uniform in [0, 1) with the shape of `other`, from `generator`.
    ///
    /// PyTorch: `torch.rand_like`.
    public static func rand(like other: Tensor, requiresGrad: Bool = false, using generator: inout RandomGenerator) -> Tensor {
        rand(other.shape, requiresGrad: requiresGrad, using: &generator)
    }

    /// Values uniform in [0, 1) with the shape of `other`, from the default generator.
    ///
    /// PyTorch: `torch.rand_like`.
    public static func rand(like other: Tensor, requiresGrad: Bool = false) -> Tensor {
        rand(other.shape, requiresGrad: requiresGrad)
    }

    /// Standard normal values with the shape of `other`, from `generator`.
    ///
    /// PyTorch: `torch.randn_like`.
    public static func randn(like other: Tensor, requiresGrad: Bool = false, using generator: inout RandomGenerator) -> Tensor {
        randn(other.shape, requiresGrad: requiresGrad, using: &generator)
    }

    /// Standard normal values with the shape of `other`, from the default generator.
    ///
    /// PyTorch: `torch.randn_like`.
    public static func randn(like other: Tensor, requiresGrad: Bool = false) -> Tensor {
        randn(other.shape, requiresGrad: requiresGrad)
    }
}
