import NN

/// The points a formula is checked at: both ends of every range, then random points, all drawn from
/// the engine's seeded generator, so a formula is checked at the same points on every run.
///
/// Each variable gets `randomCount` random values; a range's ends are tried one variable at a time
/// (the others at random values). Vectors are random only (a vector with every component at an end
/// is degenerate: all equal). Whole-number variables with few values take every value, crossed with
/// the points of the others.
enum SamplePoints {
    static let randomCount = 12
    static let maxEnumerated = 32

    struct Variable {
        var key: String
        var domain: FormulaDomain
    }

    static func make(_ variables: [Variable], seed: UInt64) -> [[String: Value]] {
        var generator = RandomGenerator(seed: seed)
        let enumerated = enumeratedIntegers(variables)
        let sampled = variables.filter { v in !enumerated.contains { $0.key == v.key } }

        var draws: [String: [Value]] = [:]
        for v in sampled { draws[v.key] = (0..<randomCount).map { _ in draw(v.domain, &generator) } }

        var points: [[String: Value]] = []
        if sampled.contains(where: { $0.domain.varies }) {
            for v in sampled {
                guard let (low, high) = ends(v.domain) else { continue }
                for (k, end) in [low, high].enumerated() {
                    var point: [String: Value] = [:]
                    for other in sampled { point[other.key] = draws[other.key]![k] }
                    point[v.key] = end
                    points.append(point)
                }
            }
            for r in 0..<randomCount {
                var point: [String: Value] = [:]
                for v in sampled { point[v.key] = draws[v.key]![r] }
                points.append(point)
            }
        } else {
            var point: [String: Value] = [:]
            for v in sampled { point[v.key] = draws[v.key]![0] }
            points.append(point)
        }
        guard !enumerated.isEmpty else { return points }
        var result: [[String: Value]] = []
        for combination in combinations(enumerated) {
            for point in points { result.append(point.merging(combination) { $1 }) }
        }
        return result
    }

    /// Whole-number variables that take every value: all of them, when their combinations are few.
    static func enumeratedIntegers(_ variables: [Variable]) -> [(key: String, values: [Int])] {
        var result: [(key: String, values: [Int])] = []
        var combinations = 1
        for v in variables {
            guard case .integers(let a, let b) = v.domain else { continue }
            let count = b - a + 1
            guard count <= maxEnumerated, combinations * count <= maxEnumerated else { return [] }
            combinations *= count
            result.append((v.key, Array(a...b)))
        }
        return result
    }

    static func combinations(_ variables: [(key: String, values: [Int])]) -> [[String: Value]] {
        var result: [[String: Value]] = [[:]]
        for v in variables {
            result = result.flatMap { partial in v.values.map { partial.merging([v.key: .scalar(Double($0))]) { $1 } } }
        }
        return result
    }

    static func ends(_ domain: FormulaDomain) -> (Value, Value)? {
        switch domain {
        case .range(let a, let b): return a == b ? nil : (.scalar(a), .scalar(b))
        case .integers(let a, let b): return a == b ? nil : (.scalar(Double(a)), .scalar(Double(b)))
        default: return nil
        }
    }

    static func draw(_ domain: FormulaDomain, _ generator: inout RandomGenerator) -> Value {
        switch domain {
        case .range(let a, let b):
            return .scalar(generator.uniform(a...b))
        case .integers(let a, let b):
            return .scalar(Double(a + generator.integer(below: b - a + 1)))
        case .vector(let n, let a, let b):
            return Value(Tensor((0..<n).map { _ in generator.uniform(a...b) }))
        case .oneHot(let n):
            var values = [Double](repeating: 0, count: n)
            values[generator.integer(below: n)] = 1
            return Value(Tensor(values))
        case .probabilities(let n):
            let weights = (0..<n).map { _ in generator.uniform(0.05...1) }
            let total = weights.reduce(0, +)
            return Value(Tensor(weights.map { $0 / total }))
        case .value(let t):
            return Value(Tensor(scalars: t.scalars, shape: t.shape))
        }
    }
}
