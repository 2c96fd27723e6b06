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
    ///
    /// `dilation` d spreads the kernel's taps d apart (an effective kernel of (k − 1)·d + 1), so
    /// out[n, o, y, x] reads input[n, c, y·stride − padding + i·d, x·stride − padding + j·d]. `groups` g
    /// splits the channels into g independent convolutions: the weight is then [O, C/g, kh, kw] and
    /// output channels o·(O/g)… read only input channels o·(C/g)…; g = C is a depthwise convolution.
    ///
    /// PyTorch: `torch.nn.functional.conv2d(input, weight, bias, stride, padding, dilation, groups)`.
    public static func conv2d(_ input: Tensor, _ weight: Tensor, _ bias: Tensor? = nil,
                              stride: Int = 1, padding: Int = 0, dilation: Int = 1, groups: Int = 1,
                              file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        convolve(input, weight, bias, stride: stride, padding: padding, dilation: dilation, groups: groups,
                 operation: "conv2d", file: file, line: line)
    }

    /// Checks shapes and runs the convolution; `operation` names the caller in messages.
    ///
    /// A dilated kernel is spread out with zeros between its taps, and groups run as separate
    /// convolutions whose outputs are joined, so the fast path below stays the plain one.
    static func convolve(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?, stride: Int, padding: Int,
                         dilation: Int = 1, groups: Int = 1,
                         operation: String, file: StaticString?, line: UInt?) -> Tensor {
        func fail(_ detail: String) -> Never { EngineFailure.fail(operation, detail, file: file, line: line) }
        let shapes = "input \(describe(input.shape)) and weight \(describe(weight.shape))"
        if input.rank != 4 && input.rank != 3 {
            fail("input must be [N, C, H, W] (or one image [C, H, W]); got \(shapes)")
        }
        if weight.rank != 4 { fail("weight must be [outChannels, inChannels, kh, kw]; got \(shapes)") }
        if stride < 1 || padding < 0 { fail("stride \(stride) must be ≥ 1 and padding \(padding) ≥ 0") }
        if dilation < 1 || groups < 1 { fail("dilation \(dilation) and groups \(groups) must be ≥ 1") }
        if dilation > 1 {
            return convolve(input, weight.spreadKernel(dilation), bias, stride: stride, padding: padding, groups: groups,
                            operation: operation, file: file, line: line)
        }
        if groups > 1 {
            let channels = input.shape[input.rank - 3], outChannels = weight.shape[0]
            if channels % groups != 0 || outChannels % groups != 0 || weight.shape[1] * groups != channels {
                fail("\(shapes) do not split into \(groups) groups: the input's \(channels) channels and the weight's "
                     + "\(outChannels) filters must both divide by \(groups), and the weight must be "
                     + "[\(outChannels), \(channels / Swift.max(groups, 1)), kh, kw]")
            }
            let (c, o) = (channels / groups, outChannels / groups)
            let axis = input.rank - 3
            let parts = (0..<groups).map { g in
                convolve(input.selecting(indices: Array(g * c..<(g + 1) * c), axis: axis),
                         weight.selecting(indices: Array(g * o..<(g + 1) * o), axis: 0),
                         bias?.selecting(indices: Array(g * o..<(g + 1) * o)), stride: stride, padding: padding,
                         operation: operation, file: file, line: line)
            }
            return Tensor.concatenate(parts, axis: axis)
        }
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

    /// A [O, C, kh, kw] kernel with d − 1 zeros between neighbouring taps: [O, C, (kh−1)·d+1, (kw−1)·d+1].
    func spreadKernel(_ d: Int) -> Tensor {
        let (o, c, kh, kw) = (shape[0], shape[1], shape[2], shape[3])
        let (sh, sw) = ((kh - 1) * d + 1, (kw - 1) * d + 1)
        var targets: [Int] = []
        targets.reserveCapacity(count)
        for plane in 0..<o * c {
            for i in 0..<kh { for j in 0..<kw { targets.append(plane * sh * sw + i * d * sw + j * d) } }
        }
        var out = [Double](repeating: 0, count: o * c * sh * sw)
        for (k, t) in targets.enumerated() { out[t] = scalars[k] }
        return .result(out, [o, c, sh, sw], operation: "dilate", inputs: [self]) { [shape] g in
            let gs = g.scalars
            return [Tensor(unchecked: targets.map { gs[$0] }, shape)]
        }
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

