extension Tensor {
    /// The largest value in each kernelSize×kernelSize window of a batch of images [N, C, H, W]
    /// (or one image [C, H, W]), channel by channel; the gradient goes to that largest value
    /// (the first one on ties).
    ///
    /// `stride` defaults to the kernel size, so windows do not overlap; `padding` (at most half the
    /// kernel) adds a border of −∞. Each output side is ⌊(n + 2·padding − kernelSize) / stride⌋ + 1,
    /// as in PyTorch's `max_pool2d`; `ceilMode` rounds up instead, so a last, partial window at the
    /// bottom and right edges is kept (unless it would start in the padding).
    ///
    /// ```swift
    /// let x = Tensor(scalars: [1, 2, 4, 3], shape: [1, 1, 2, 2])
    /// Tensor.maxPool2d(x, kernelSize: 2).scalars   // [4]
    /// ```
    ///
    /// PyTorch: `torch.nn.functional.max_pool2d(input, kernel_size, stride, padding, ceil_mode=ceilMode)`.
    public static func maxPool2d(_ input: Tensor, kernelSize: Int, stride: Int? = nil, padding: Int = 0,
                                 ceilMode: Bool = false,
                                 file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        pool(input, kernelSize: kernelSize, stride: stride, padding: padding, ceilMode: ceilMode, operation: "maxPool2d",
             averaging: false, file: file, line: line)
    }

    /// The mean of each kernelSize×kernelSize window of a batch of images [N, C, H, W] (or one
    /// image [C, H, W]), channel by channel; every value of a window gets 1/kernelSize² of its gradient.
    ///
    /// `stride` defaults to the kernel size. Padding counts as zeros in the mean (the divisor is the
    /// window's area within the padded image, kernelSize² except for the partial windows of
    /// `ceilMode`), PyTorch's default `count_include_pad`; with `countIncludePad: false` the divisor is
    /// the number of image values in the window. Output sides as in `maxPool2d`.
    ///
    /// PyTorch: `torch.nn.functional.avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad)`.
    public static func avgPool2d(_ input: Tensor, kernelSize: Int, stride: Int? = nil, padding: Int = 0,
                                 ceilMode: Bool = false, countIncludePad: Bool = true,
                                 file: StaticString? = #fileID, line: UInt? = #line) -> Tensor {
        pool(input, kernelSize: kernelSize, stride: stride, padding: padding, ceilMode: ceilMode,
             countIncludePad: countIncludePad, operation: "avgPool2d", averaging: true, file: file, line: line)
    }

    /// Checks the shapes and runs max or average pooling; `operation` names the caller in messages.
    static func pool(_ input: Tensor, kernelSize k: Int, stride: Int?, padding p: Int, ceilMode: Bool = false,
                     countIncludePad: Bool = true, operation: String,
                     averaging: Bool, file: StaticString?, line: UInt?) -> Tensor {
        func fail(_ detail: String) -> Never { EngineFailure.fail(operation, detail, file: file, line: line) }
        let s = stride ?? k
        if input.rank != 4 && input.rank != 3 {
            fail("input must be [N, C, H, W] (or one image [C, H, W]); got shape \(describe(input.shape))")
        }
        if k < 1 || s < 1 || p < 0 || 2 * p > k {
            fail("needs kernelSize and stride ≥ 1 and 0 ≤ padding ≤ kernelSize / 2; got kernel \(k), stride \(s), padding \(p)")
        }
        let image = input.rank == 3 ? [1] + input.shape : input.shape
        if k > image[2] + 2 * p || k > image[3] + 2 * p {
            fail("kernel \(k)×\(k) is larger than the padded input \(image[2] + 2 * p)×\(image[3] + 2 * p) "
                 + "(input \(describe(input.shape)), padding \(p))")
        }
        let window = SlidingWindow(batch: image[0], channels: image[1], height: image[2], width: image[3],
                                   kernelHeight: k, kernelWidth: k, stride: s, padding: p, ceilMode: ceilMode)
        let outShape = Array(input.shape.dropLast(2)) + [window.outHeight, window.outWidth]
        return averaging ? averagePool(input, window, outShape, countIncludePad: countIncludePad)
                         : maxPool(input, window, outShape)
    }

    private static func maxPool(_ input: Tensor, _ window: SlidingWindow, _ outShape: [Int]) -> Tensor {
        let count = window.batch * window.channels * window.outPlane
        var positions = [Int](repeating: 0, count: count)
        let out = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            input.scalars.withUnsafeBufferPointer { x in
                positions.withUnsafeMutableBufferPointer { at in
                    window.maxima(x.baseAddress!, into: buffer.baseAddress!, positions: at.baseAddress!)
                }
            }
            initialized = count
        }
        let argmax = positions
        return .result(out, outShape, operation: "maxPool2d", inputs: [input]) { [shape = input.shape, inCount = input.count] g in
            var grad = [Double](repeating: 0, count: inCount)
            grad.withUnsafeMutableBufferPointer { d in
                g.scalars.withUnsafeBufferPointer { gp in
                    argmax.withUnsafeBufferPointer { at in
                        for i in 0..<count { d[at[i]] += gp[i] }
                    }
                }
            }
            return [Tensor(unchecked: grad, shape)]
        }
    }

    private static func averagePool(_ input: Tensor, _ window: SlidingWindow, _ outShape: [Int],
                                    countIncludePad: Bool) -> Tensor {
        let count = window.batch * window.channels * window.outPlane
        // One scale per output position: 1 / the window's area inside the padded image (or inside the image).
        let scales = (0..<window.outPlane).map { o -> Double in
            let top = (o / window.outWidth) * window.stride - window.padding
            let left = (o % window.outWidth) * window.stride - window.padding
            let (bottom, right) = countIncludePad ? (window.height + window.padding, window.width + window.padding)
                                                  : (window.height, window.width)
            let (first, start) = countIncludePad ? (top, left) : (Swift.max(top, 0), Swift.max(left, 0))
            let area = (Swift.min(top + window.kernelHeight, bottom) - first) * (Swift.min(left + window.kernelWidth, right) - start)
            return 1 / Double(Swift.max(area, 1))
        }
        let out = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            input.scalars.withUnsafeBufferPointer { x in
                window.forEachWindow { plane, o, rows, cols in
                    let source = x.baseAddress! + plane * window.inPlane
                    var sum = 0.0
                    for h in rows {
                        for w in cols { sum += source[h * window.width + w] }
                    }
                    buffer[plane * window.outPlane + o] = sum * scales[o]
                }
            }
            initialized = count
        }
        return .result(out, outShape, operation: "avgPool2d", inputs: [input]) { [shape = input.shape, inCount = input.count] g in
            var grad = [Double](repeating: 0, count: inCount)
            grad.withUnsafeMutableBufferPointer { d in
                g.scalars.withUnsafeBufferPointer { gp in
                    window.forEachWindow { plane, o, rows, cols in
                        let share = gp[plane * window.outPlane + o] * scales[o]
                        let target = d.baseAddress! + plane * window.inPlane
                        for h in rows {
                            for w in cols { target[h * window.width + w] += share }
                        }
                    }
                }
            }
            return [Tensor(unchecked: grad, shape)]
        }
    }
}

extension SlidingWindow {
    /// Writes the largest value of every window and its flat index in the input (the first of equal
    /// values; a NaN wins).
    ///
    /// The comparison is a coin flip on real data, so the inner loop keeps the running maximum in
    /// registers and selects without branching; consecutive windows are independent, so the processor
    /// overlaps them.
    func maxima(_ input: UnsafePointer<Double>, into values: UnsafeMutablePointer<Double>,
                positions: UnsafeMutablePointer<Int>) {
        if kernelHeight == 2 && kernelWidth == 2 && stride == 2 && padding == 0
            && 2 * outHeight <= height && 2 * outWidth <= width {
            return maximaOfPairs(input, into: values, positions: positions)
        }
        var o = 0
        for plane in 0..<batch * channels {
            let base = plane &* inPlane
            for oh in 0..<outHeight {
                let top = oh &* stride &- padding
                let rowStart = Swift.max(top, 0), rowEnd = Swift.min(top &+ kernelHeight, height)
                var nans = 0
                for ow in 0..<outWidth {
                    let left = ow &* stride &- padding
                    let colStart = Swift.max(left, 0), colEnd = Swift.min(left &+ kernelWidth, width)
                    var best = -Double.infinity, bestIndex = base &+ rowStart &* width &+ colStart
                    var h = rowStart
                    while h < rowEnd {
                        var k = base &+ h &* width &+ colStart
                        let end = base &+ h &* width &+ colEnd
                        while k < end {
                            let v = input[k]
                            let better = v > best
                            best = better ? v : best
                            bestIndex = better ? k : bestIndex
                            nans &+= v.isNaN ? 1 : 0
                            k &+= 1
                        }
                        h &+= 1
                    }
                    values[o &+ ow] = best
                    positions[o &+ ow] = bestIndex
                }
                if nans > 0 {
                    firstNaNs(input, base: base, rows: rowStart..<rowEnd, best: values + o, at: positions + o)
                }
                o &+= outWidth
            }
        }
    }

    /// `maxima` for the common 2×2 window with stride 2 and no padding: each window is a small
    /// tournament (left against right in each row, then top against bottom) of independent selects.
    private func maximaOfPairs(_ input: UnsafePointer<Double>, into values: UnsafeMutablePointer<Double>,
                               positions: UnsafeMutablePointer<Int>) {
        var o = 0
        for plane in 0..<batch &* channels {
            for oh in 0..<outHeight {
                let top = plane &* inPlane &+ 2 &* oh &* width, bottom = top &+ width
                var nans = 0
                for ow in 0..<outWidth {
                    let i = top &+ 2 &* ow, j = bottom &+ 2 &* ow
                    let a = input[i], b = input[i &+ 1], c = input[j], d = input[j &+ 1]
                    let upperRight = b > a, lowerRight = d > c
                    let upper = upperRight ? b : a, upperAt = upperRight ? i &+ 1 : i
                    let lower = lowerRight ? d : c, lowerAt = lowerRight ? j &+ 1 : j
                    let fromLower = lower > upper
                    values[o &+ ow] = fromLower ? lower : upper
                    positions[o &+ ow] = fromLower ? lowerAt : upperAt
                    nans &+= (a.isNaN ? 1 : 0) &+ (b.isNaN ? 1 : 0) &+ (c.isNaN ? 1 : 0) &+ (d.isNaN ? 1 : 0)
                }
                if nans > 0 {
                    firstNaNs(input, base: plane &* inPlane, rows: 2 &* oh..<2 &* oh &+ 2,
                              best: values + o, at: positions + o)
                }
                o &+= outWidth
            }
        }
    }

    /// Makes every window of one output row that holds a NaN report its first NaN (PyTorch's rule).
    private func firstNaNs(_ input: UnsafePointer<Double>, base: Int, rows: Range<Int>,
                           best: UnsafeMutablePointer<Double>, at: UnsafeMutablePointer<Int>) {
        for ow in 0..<outWidth {
            let left = ow * stride - padding
            let cols = Swift.max(left, 0)..<Swift.min(left + kernelWidth, width)
            search: for h in rows {
                for w in cols where input[base + h * width + w].isNaN {
                    best[ow] = input[base + h * width + w]
                    at[ow] = base + h * width + w
                    break search
                }
            }
        }
    }

    /// Calls `body(plane, outputIndex, rows, columns)` for every window of every image plane, with
    /// the input rows and columns the window covers inside the image (padding left out).
    @inline(__always)
    func forEachWindow(_ body: (_ plane: Int, _ output: Int, _ rows: Range<Int>, _ columns: Range<Int>) -> Void) {
        for plane in 0..<batch * channels {
            for oh in 0..<outHeight {
                let top = oh * stride - padding
                let rows = Swift.max(top, 0)..<Swift.min(top + kernelHeight, height)
                for ow in 0..<outWidth {
                    let left = ow * stride - padding
                    body(plane, oh * outWidth + ow, rows, Swift.max(left, 0)..<Swift.min(left + kernelWidth, width))
                }
            }
        }
    }
}
