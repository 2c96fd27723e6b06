extension Tensor {
    /// 2-D convolution of a batch of images [N, C, H, W] with filters [O, C, kh, kw]: an output
    /// [N, O, outH, outW] with outH = ⌊(H + 2·padding − kh) / stride⌋ + 1 (likewise outW).
    ///
    /// As in PyTorch and every deep-learning library, "convolution" is cross-correlation: the
    /// kernel is not flipped, so out[n, o, y, x] = bias[o] + Σ_{c,i,j} weight[o, c, i, j] ·
    /// input[n, c, y·stride − padding + i, x·stride − padding + j], reading 0 outside the image.
    /// A single image [C, H, W] gives [O, outH, outW].
    ///
    /// It runs as im2col (unfold every window into a column) and one matrix product; the backward
    /// pass is two more products (weight gradient, and the column gradient folded back by col2im)
    /// and a sum for the bias.
    ///
    /// ```swift
    /// let image = Tensor.arange(0, 25).reshaped(1, 1, 5, 5)
    /// let kernel = Tensor.ones([1, 1, 3, 3])
    /// Tensor.conv2d(image, kernel)   // [1, 1, 3, 3]: sums of each 3×3 window
    /// ```
    public static func conv2d(_ input: Tensor, _ weight: Tensor, _ bias: Tensor? = nil,
                              stride: Int = 1, padding: Int = 0,
                              file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        convolve(input, weight, bias, stride: stride, padding: padding, operation: "conv2d", file: file, line: line)
    }

    /// Checks shapes and runs the convolution; `operation` names the caller in messages.
    static func convolve(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?, stride: Int, padding: Int,
                         operation: String, file: StaticString?, line: UInt?) -> Tensor {
        func fail(_ detail: String) -> Never { EngineFailure.fail(operation, detail, file: file, line: line) }
        let shapes = "input \(describe(input.shape)) and weight \(describe(weight.shape))"
        if input.rank != 4 && input.rank != 3 {
            fail("input must be [N, C, H, W] (or one image [C, H, W]); got \(shapes)")
        }
        if weight.rank != 4 { fail("weight must be [outChannels, inChannels, kh, kw]; got \(shapes)") }
        if stride < 1 || padding < 0 { fail("stride \(stride) must be ≥ 1 and padding \(padding) ≥ 0") }
        let image = input.rank == 3 ? [1] + input.shape : input.shape
        let (batch, channels, height, width) = (image[0], image[1], image[2], image[3])
        let (outChannels, kh, kw) = (weight.shape[0], weight.shape[2], weight.shape[3])
        if weight.shape[1] != channels {
            fail("\(shapes): the input has \(channels) channels but the weight expects \(weight.shape[1])")
        }
        if channels == 0 || kh == 0 || kw == 0 { fail("empty channels or kernel: \(shapes)") }
        if kh > height + 2 * padding || kw > width + 2 * padding {
            fail("kernel \(kh)×\(kw) is larger than the padded input \(height + 2 * padding)×\(width + 2 * padding) "
                 + "(\(shapes), padding \(padding))")
        }
        if let bias, bias.shape != [outChannels] {
            fail("bias \(describe(bias.shape)) must be [\(outChannels)], one value per output channel of weight \(describe(weight.shape))")
        }
        let window = SlidingWindow(batch: batch, channels: channels, height: height, width: width,
                                   kernelHeight: kh, kernelWidth: kw, stride: stride, padding: padding)
        let outShape = input.rank == 3 ? [outChannels, window.outHeight, window.outWidth]
                                       : [batch, outChannels, window.outHeight, window.outWidth]
        if batch == 0 || outChannels == 0 {
            let inputs = bias.map { [input, weight, $0] } ?? [input, weight]
            return .result([], outShape, operation: "conv2d", inputs: inputs) { _ in
                inputs.map { Tensor.zeros(like: $0) }
            }
        }
        return convolve(input, weight, bias, window: window, outShape: outShape)
    }

    /// The convolution proper, on validated shapes.
    private static func convolve(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?,
                                 window: SlidingWindow, outShape: [Int]) -> Tensor {
        let outChannels = weight.shape[0]
        let patch = window.patchSize, positions = window.batch * window.outPlane, plane = window.outPlane
        let columns = [Double](unsafeUninitializedCapacity: patch * positions) { buffer, initialized in
            input.scalars.withUnsafeBufferPointer { window.im2col($0.baseAddress!, into: buffer.baseAddress!) }
            initialized = patch * positions
        }
        // products[o, n·plane + p] = Σ_r weight[o, r] · columns[r, n·plane + p]; then regroup by image.
        let count = window.batch * outChannels * plane
        let out = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            let products = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(outChannels * positions, 1))
            defer { products.deallocate() }
            weight.scalars.withUnsafeBufferPointer { w in
                columns.withUnsafeBufferPointer { cols in
                    BLAS.gemm(w.baseAddress!, transposeA: false, cols.baseAddress!, transposeB: false,
                              products, m: outChannels, n: positions, k: patch)
                }
            }
            let biasValues = bias?.scalars ?? [Double](repeating: 0, count: outChannels)
            for n in 0..<window.batch {
                for o in 0..<outChannels {
                    let source = products + o * positions + n * plane
                    let target = buffer.baseAddress! + (n * outChannels + o) * plane
                    let b = biasValues[o]
                    for p in 0..<plane { target[p] = source[p] + b }
                }
            }
            initialized = count
        }
        let inputs = bias.map { [input, weight, $0] } ?? [input, weight]
        // Keep the columns for the weight gradient only when it is needed.
        let savedColumns = weight.requiresGrad ? columns : []
        return .result(out, outShape, operation: "conv2d", inputs: inputs) { [input, weight, bias] g in
            // Regroup the output gradient by channel: gradient[o, n·plane + p], summing the bias gradient.
            var biasGrad = [Double](repeating: 0, count: outChannels)
            let gradient = [Double](unsafeUninitializedCapacity: outChannels * positions) { buffer, initialized in
                g.scalars.withUnsafeBufferPointer { gp in
                    for n in 0..<window.batch {
                        for o in 0..<outChannels {
                            let source = gp.baseAddress! + (n * outChannels + o) * plane
                            (buffer.baseAddress! + o * positions + n * plane).update(from: source, count: plane)
                            biasGrad[o] += sumOf(source, count: plane)
                        }
                    }
                }
                initialized = outChannels * positions
            }
            var weightGrad: Tensor?
            if weight.requiresGrad {
                // dW[o, r] = Σ_q gradient[o, q] · columns[r, q]
                let dw = [Double](unsafeUninitializedCapacity: outChannels * patch) { buffer, initialized in
                    gradient.withUnsafeBufferPointer { gp in
                        savedColumns.withUnsafeBufferPointer { cols in
                            BLAS.gemm(gp.baseAddress!, transposeA: false, cols.baseAddress!, transposeB: true,
                                      buffer.baseAddress!, m: outChannels, n: patch, k: positions)
                        }
                    }
                    initialized = outChannels * patch
                }
                weightGrad = Tensor(unchecked: dw, weight.shape)
            }
            var inputGrad: Tensor?
            if input.requiresGrad {
                // dColumns[r, q] = Σ_o weight[o, r] · gradient[o, q], folded back onto the image.
                let dx = [Double](unsafeUninitializedCapacity: input.count) { buffer, initialized in
                    buffer.initialize(repeating: 0)
                    let dColumns = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(patch * positions, 1))
                    defer { dColumns.deallocate() }
                    weight.scalars.withUnsafeBufferPointer { w in
                        gradient.withUnsafeBufferPointer { gp in
                            BLAS.gemm(w.baseAddress!, transposeA: true, gp.baseAddress!, transposeB: false,
                                      dColumns, m: patch, n: positions, k: outChannels)
                        }
                    }
                    window.col2im(dColumns, into: buffer.baseAddress!)
                    initialized = input.count
                }
                inputGrad = Tensor(unchecked: dx, input.shape)
            }
            let biasGradient = bias?.requiresGrad == true ? Tensor(unchecked: biasGrad, [outChannels]) : nil
            return [inputGrad, weightGrad, biasGradient]
        }
    }
}

/// The sum of `count` values, with four running sums so the additions can overlap.
private func sumOf(_ values: UnsafePointer<Double>, count: Int) -> Double {
    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
    var i = 0
    while i + 4 <= count {
        s0 += values[i]; s1 += values[i + 1]; s2 += values[i + 2]; s3 += values[i + 3]
        i += 4
    }
    while i < count { s0 += values[i]; i += 1 }
    return (s0 + s1) + (s2 + s3)
}
