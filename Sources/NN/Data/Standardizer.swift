import Foundation

/// Rescales each feature to mean 0 and standard deviation 1, with statistics fitted on training data.
///
///     let scaler = Standardizer(fitting: train.features)
///     let x = scaler.transform(test.features)        // (x − mean) / scale
///
/// Statistics are taken over the first axis, one per feature position (for [N, C, H, W] data, one per
/// C·H·W position), with the population standard deviation (divide by N, as scikit-learn's
/// `StandardScaler`). **Constant features:** a feature whose standard deviation is at most
/// 1e-12 · max(1, |mean|) gets scale 1, so it maps to x − mean (0 on the training data) instead of
/// NaN or a huge value; `inverseTransform` still undoes `transform` exactly.
public struct Standardizer {
    /// The per-feature mean, shape = the features' shape without the first axis.
    public let mean: Tensor
    /// The per-feature divisor: the standard deviation, or 1 for a constant feature.
    public let scale: Tensor

    /// Fits the statistics on `data` of shape [N, …] with N ≥ 1.
    public init(fitting data: Tensor, file: StaticString = #fileID, line: UInt = #line) {
        if data.rank == 0 || data.shape[0] == 0 {
            EngineFailure.fail("Standardizer", "needs at least one example to fit; got shape \(describe(data.shape))",
                               file: file, line: line)
        }
        let n = data.shape[0], width = data.count / n
        var means = [Double](repeating: 0, count: width), scales = [Double](repeating: 0, count: width)
        data.scalars.withUnsafeBufferPointer { x in
            for i in 0..<n { for j in 0..<width { means[j] += x[i * width + j] } }
            for j in 0..<width { means[j] /= Double(n) }
            for i in 0..<n { for j in 0..<width { let d = x[i * width + j] - means[j]; scales[j] += d * d } }
        }
        for j in 0..<width {
            let std = (scales[j] / Double(n)).squareRoot()
            scales[j] = std <= 1e-12 * Swift.max(1, Swift.abs(means[j])) ? 1 : std
        }
        let featureShape = Array(data.shape.dropFirst())
        mean = Tensor(unchecked: means, featureShape)
        scale = Tensor(unchecked: scales, featureShape)
    }

    /// Creates a standardizer from known statistics (shapes must agree).
    public init(mean: Tensor, scale: Tensor, file: StaticString = #fileID, line: UInt = #line) {
        if mean.shape != scale.shape {
            EngineFailure.fail("Standardizer", "mean of shape \(describe(mean.shape)) and scale of shape "
                               + "\(describe(scale.shape)) differ", file: file, line: line)
        }
        self.mean = mean
        self.scale = scale
    }

    /// (x − mean) / scale for data of shape [N, …] (differentiable).
    public func transform(_ x: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        check(x, "transform", file: file, line: line)
        return x.subtracting(mean, file: file, line: line).dividing(scale, file: file, line: line)
    }

    /// x · scale + mean, undoing `transform`.
    public func inverseTransform(_ x: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        check(x, "inverseTransform", file: file, line: line)
        return x.multiplying(scale, file: file, line: line).adding(mean, file: file, line: line)
    }

    /// The data set with transformed features.
    public func transform(_ dataset: Dataset, file: StaticString = #fileID, line: UInt = #line) -> Dataset {
        dataset.withFeatures(transform(dataset.features, file: file, line: line), file: file, line: line)
    }

    private func check(_ x: Tensor, _ operation: String, file: StaticString, line: UInt) {
        if Array(x.shape.dropFirst()) != mean.shape {
            EngineFailure.fail("Standardizer.\(operation)", "data of shape \(describe(x.shape)) does not match the "
                               + "fitted feature shape \(describe(mean.shape)) (expected [N] + that)", file: file, line: line)
        }
    }
}
