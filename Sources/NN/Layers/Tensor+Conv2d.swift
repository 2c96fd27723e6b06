extension Tensor {
    /// 2-D convolution of a batch of images [N, C, H, W] with filters [O, C, kh, kw]: an output
    /// [N, O, outH, outW] with outH = ⌊(H + 2·padding − kh) / stride⌋ + 1 (likewise outW).
    ///
    /// As in PyTorch and every deep-learning library, "convolution" is cross-correlation: the
    /// kernel is not flipped, so out[n, o, y, x] = bias[o] + Σ_{c,i,j} weight[o, c, i, j] ·
    /// input[n, c, y·stride − padding + i, x·stride − padding + j], reading 0 outside the image.
    /// A single image [C, H, W] gives [O, outH, outW].
    ///
    /// Each image runs as im2col (unfold every window into a column) and one matrix product,
    /// `weight[O, C·kh·kw] · columns[C·kh·kw, outH·outW]`, written straight into the output (whose
    /// layout it already has, with the bias pre-filled); the backward pass is two more products per
    /// image (weight gradient, and the column gradient folded back by col2im) and a sum for the bias.
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

    /// The convolution proper, on validated shapes: per image, im2col and one GEMM into the output.
    private static func convolve(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?,
                                 window: SlidingWindow, outShape: [Int]) -> Tensor {
        let batch = window.batch, outChannels = weight.shape[0]
        let patch = window.patchSize, plane = window.outPlane, imageSize = window.channels * window.inPlane
        let columnsSize = patch * plane, outSize = outChannels * plane
        // The weight gradient needs every image's columns; otherwise one image's worth is reused.
        let keepsColumns = GradMode.isEnabled && weight.requiresGrad
        var out: [Double] = []
        let columns = [Double](unsafeUninitializedCapacity: keepsColumns ? batch * columnsSize : columnsSize) { cols, filled in
            out = [Double](unsafeUninitializedCapacity: batch * outSize) { buffer, initialized in
                let y = buffer.baseAddress!
                if let bias {
                    for n in 0..<batch {
                        for o in 0..<outChannels { (y + n * outSize + o * plane).initialize(repeating: bias.scalars[o], count: plane) }
                    }
                }
                input.scalars.withUnsafeBufferPointer { x in
                    weight.scalars.withUnsafeBufferPointer { w in
                        for n in 0..<batch {
                            let imageColumns = cols.baseAddress! + (keepsColumns ? n * columnsSize : 0)
                            window.im2col(x.baseAddress! + n * imageSize, into: imageColumns)
                            // y[n] (+)= weight[O, patch] · columns[patch, plane]
                            BLAS.gemm(w.baseAddress!, transposeA: false, imageColumns, transposeB: false,
                                      y + n * outSize, m: outChannels, n: plane, k: patch, beta: bias == nil ? 0 : 1)
                        }
                    }
                }
                initialized = batch * outSize
            }
            filled = cols.count
        }
        let inputs = bias.map { [input, weight, $0] } ?? [input, weight]
        let savedColumns = keepsColumns ? columns : []
        return .result(out, outShape, operation: "conv2d", inputs: inputs) { [input, weight, bias] g in
            g.scalars.withUnsafeBufferPointer { gp in
                let dy = gp.baseAddress!
                var biasGrad: Tensor?
                if bias?.requiresGrad == true {
                    let sums = (0..<outChannels).map { o in
                        (0..<batch).reduce(0.0) { $0 + Tensor.total(UnsafeBufferPointer(start: dy + $1 * outSize + o * plane, count: plane)) }
                    }
                    biasGrad = Tensor(unchecked: sums, [outChannels])
                }
                var weightGrad: Tensor?
                if keepsColumns {
                    // dW[O, patch] = Σ_n dy[n][O, plane] · columns[n]ᵀ
                    let dw = [Double](unsafeUninitializedCapacity: outChannels * patch) { buffer, initialized in
                        savedColumns.withUnsafeBufferPointer { cols in
                            for n in 0..<batch {
                                BLAS.gemm(dy + n * outSize, transposeA: false, cols.baseAddress! + n * columnsSize, transposeB: true,
                                          buffer.baseAddress!, m: outChannels, n: patch, k: plane, beta: n == 0 ? 0 : 1)
                            }
                        }
                        initialized = outChannels * patch
                    }
                    weightGrad = Tensor(unchecked: dw, weight.shape)
                }
                var inputGrad: Tensor?
                if input.requiresGrad {
                    // dColumns[patch, plane] = weightᵀ · dy[n], folded back onto image n.
                    let dx = [Double](unsafeUninitializedCapacity: input.count) { buffer, initialized in
                        buffer.initialize(repeating: 0)
                        let dColumns = UnsafeMutablePointer<Double>.allocate(capacity: columnsSize)
                        defer { dColumns.deallocate() }
                        weight.scalars.withUnsafeBufferPointer { w in
                            for n in 0..<batch {
                                BLAS.gemm(w.baseAddress!, transposeA: true, dy + n * outSize, transposeB: false,
                                          dColumns, m: patch, n: plane, k: outChannels)
                                window.col2im(dColumns, into: buffer.baseAddress! + n * imageSize)
                            }
                        }
                        initialized = input.count
                    }
                    inputGrad = Tensor(unchecked: dx, input.shape)
                }
                return [inputGrad, weightGrad, biasGrad]
            }
        }
    }
}

