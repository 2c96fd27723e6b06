/// Sets each value to zero with probability `p` while training, to keep units from co-adapting
/// (Srivastava et al., 2014).
///
/// Two conventions keep the expected output equal between training and evaluation (`Scaling`):
/// `.inverted` (the default, PyTorch's) scales the kept values by 1/(1−p) while training and is the
/// identity in evaluation; `.atTest` (the original paper's) drops without scaling while training and
/// multiplies by 1−p in evaluation.
///
/// The masks come from the layer's own generator, so a seeded model drops the same values on every run:
///
///     let drop = Dropout(0.5, seed: 42)
public final class Dropout: Layer, CustomStringConvertible {
    /// Where the 1/(1−p) correction is applied.
    public enum Scaling: Sendable {
        /// Training keeps each value with probability 1−p and divides it by 1−p; evaluation is the identity.
        case inverted
        /// Training keeps each value with probability 1−p unchanged; evaluation multiplies by 1−p.
        case atTest
    }

    /// The probability of dropping each value.
    public let p: Double
    /// Where the correction for the dropped values is applied.
    public let scaling: Scaling
    /// The generator the masks are drawn from; reset it to replay the same masks.
    public var generator: RandomGenerator
    public var isTraining = true

    /// Creates a dropout layer whose masks come from a generator seeded with `seed`.
    public init(_ p: Double = 0.5, scaling: Scaling = .inverted, seed: UInt64,
                file: StaticString = #fileID, line: UInt = #line) {
        if !(0...1).contains(p) {
            EngineFailure.fail("Dropout", "the drop probability must be in [0, 1], got \(p)", file: file, line: line)
        }
        self.p = p
        self.scaling = scaling
        generator = RandomGenerator(seed: seed)
    }

    /// Creates a dropout layer whose generator is seeded from `generator`.
    public convenience init(_ p: Double = 0.5, scaling: Scaling = .inverted, using generator: inout RandomGenerator,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(p, scaling: scaling, seed: generator.next(), file: file, line: line)
    }

    /// Creates a dropout layer whose generator is seeded from the default generator.
    public convenience init(_ p: Double = 0.5, scaling: Scaling = .inverted,
                            file: StaticString = #fileID, line: UInt = #line) {
        self.init(p, scaling: scaling, seed: Random.withGenerator { $0.next() }, file: file, line: line)
    }

    public func forward(_ input: Tensor) -> Tensor {
        let keep = 1 - p
        guard isTraining else { return scaling == .atTest && p > 0 ? input * keep : input }
        if p == 0 { return input }
        // p = 1 drops everything; the scale is then never used, so no 1/0 appears.
        let scale = scaling == .inverted && keep > 0 ? 1 / keep : 1
        var mask = [Double](repeating: 0, count: input.count)
        if keep > 0 {
            var random = generator
            for i in 0..<mask.count where random.uniform() < keep { mask[i] = scale }
            generator = random
        }
        let out = [Double](unsafeUninitializedCapacity: input.count) { buffer, initialized in
            input.scalars.withUnsafeBufferPointer { x in
                for i in 0..<x.count { buffer[i] = mask[i] == 0 ? 0 : x[i] * mask[i] }
            }
            initialized = input.count
        }
        return .result(out, input.shape, operation: "dropout", inputs: [input]) { g in
            // A dropped value gets exactly 0, even when the incoming gradient is infinite.
            [Tensor(unchecked: zip(g.scalars, mask).map { Tensor.chain($0, $1) }, g.shape)]
        }
    }

    public var description: String {
        "Dropout(p: \(p)\(scaling == .atTest ? ", scaling: .atTest" : ""))"
    }
}
