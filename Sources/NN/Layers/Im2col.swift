/// The geometry of a 2-D window sliding over a batch of images [N, C, H, W]: the window's size,
/// its stride and the zero padding around each image, as convolution and pooling use them.
///
/// The output has ⌊(H + 2·padding − kernel) / stride⌋ + 1 rows, and likewise for columns
/// (PyTorch's formula); with `ceilMode` (pooling only) the division rounds up, as long as the last
/// window still starts inside the image or its left padding.
struct SlidingWindow {
    let batch, channels, height, width: Int
    let kernelHeight, kernelWidth: Int
    let stride, padding: Int
    let outHeight, outWidth: Int

    init(batch: Int, channels: Int, height: Int, width: Int,
         kernelHeight: Int, kernelWidth: Int, stride: Int, padding: Int, ceilMode: Bool = false) {
        self.batch = batch
        self.channels = channels
        self.height = height
        self.width = width
        self.kernelHeight = kernelHeight
        self.kernelWidth = kernelWidth
        self.stride = stride
        self.padding = padding
        outHeight = SlidingWindow.outputSize(height, kernel: kernelHeight, stride: stride, padding: padding, ceilMode: ceilMode)
        outWidth = SlidingWindow.outputSize(width, kernel: kernelWidth, stride: stride, padding: padding, ceilMode: ceilMode)
    }

    /// ⌊(n + 2p − k) / s⌋ + 1, the number of window positions along an axis of size n (rounded up
    /// with `ceilMode`, dropping a last window that would start in the right padding).
    static func outputSize(_ n: Int, kernel k: Int, stride s: Int, padding p: Int, ceilMode: Bool = false) -> Int {
        guard ceilMode else { return (n + 2 * p - k) / s + 1 }
        let size = (n + 2 * p - k + s - 1) / s + 1
        return (size - 1) * s >= n + p ? size - 1 : size
    }

    /// Values per output image plane.
    var outPlane: Int { outHeight * outWidth }
    /// Values per input image plane.
    var inPlane: Int { height * width }
    /// Rows of the column matrix: one per (channel, kernel row, kernel column).
    var patchSize: Int { channels * kernelHeight * kernelWidth }

    /// The output positions `o` whose input position `o·stride − padding + offset` lies inside an
    /// axis of `size`, i.e. where the window's element at `offset` does not fall on padding.
    func inside(offset: Int, size: Int, outCount: Int) -> Range<Int> {
        let first = offset >= padding ? 0 : (padding - offset + stride - 1) / stride
        let last = size - 1 + padding - offset
        let end = last < 0 ? 0 : Swift.min(outCount, last / stride + 1)
        return Swift.min(first, end)..<end
    }
}

// MARK: - im2col / col2im

extension SlidingWindow {
    /// Unfolds the windows of one image [C, H, W] into a column matrix [C·kh·kw, outH·outW].
    ///
    /// Row (c, i, j) holds, for every output position, the input value under kernel element (i, j)
    /// of channel c (0 on padding), so convolving the image becomes one matrix product
    /// `weight[O, C·kh·kw] · columns`. Each output row of a column row is a strided copy of an input row.
    func im2col(_ image: UnsafePointer<Double>, into columns: UnsafeMutablePointer<Double>) {
        for c in 0..<channels {
            let plane = image + c * inPlane
            for i in 0..<kernelHeight {
                let rows = inside(offset: i, size: height, outCount: outHeight)
                for j in 0..<kernelWidth {
                    let cols = inside(offset: j, size: width, outCount: outWidth)
                    let block = columns + ((c * kernelHeight + i) * kernelWidth + j) * outPlane
                    block.update(repeating: 0, count: rows.lowerBound * outWidth)
                    let tail = rows.upperBound * outWidth
                    (block + tail).update(repeating: 0, count: outPlane - tail)
                    for oh in rows {
                        let out = block + oh * outWidth
                        if cols.isEmpty { out.update(repeating: 0, count: outWidth); continue }
                        // The input value under the first output column that is not on padding.
                        let source = plane + (oh * stride - padding + i) * width + cols.lowerBound * stride - padding + j
                        out.update(repeating: 0, count: cols.lowerBound)
                        if stride == 1 {
                            (out + cols.lowerBound).update(from: source, count: cols.count)
                        } else {
                            for k in 0..<cols.count { out[cols.lowerBound + k] = source[k * stride] }
                        }
                        (out + cols.upperBound).update(repeating: 0, count: outWidth - cols.upperBound)
                    }
                }
            }
        }
    }

    /// Folds a column matrix [C·kh·kw, outH·outW] back onto one image [C, H, W], adding every entry
    /// to the input value it was read from (padding entries are dropped): the adjoint of `im2col`.
    ///
    /// `image` must hold zeros (or values to add to) on entry.
    func col2im(_ columns: UnsafePointer<Double>, into image: UnsafeMutablePointer<Double>) {
        for c in 0..<channels {
            let plane = image + c * inPlane
            for i in 0..<kernelHeight {
                let rows = inside(offset: i, size: height, outCount: outHeight)
                for j in 0..<kernelWidth {
                    let cols = inside(offset: j, size: width, outCount: outWidth)
                    let block = columns + ((c * kernelHeight + i) * kernelWidth + j) * outPlane
                    for oh in rows where !cols.isEmpty {
                        let source = block + oh * outWidth + cols.lowerBound
                        let target = plane + (oh * stride - padding + i) * width + cols.lowerBound * stride - padding + j
                        if stride == 1 {
                            for k in 0..<cols.count { target[k] += source[k] }
                        } else {
                            for k in 0..<cols.count { target[k * stride] += source[k] }
                        }
                    }
                }
            }
        }
    }
}
