extension Tensor {
    /// Combines two tensors value by value after broadcasting them to a common shape.
    static func zipBroadcast(_ a: Tensor, _ b: Tensor, operation: String,
                             file: StaticString?, line: UInt?,
                             _ f: (Double, Double) -> Double) -> (scalars: [Double], shape: [Int]) {
        if a.shape == b.shape {
            return (zip(a.scalars, b.scalars).map(f), a.shape)
        }
        guard let shape = Shape.broadcast(a.shape, b.shape) else {
            EngineFailure.fail(operation, "shapes \(describe(a.shape)) and \(describe(b.shape)) cannot be broadcast together",
                               file: file, line: line)
        }
        let count = shape.reduce(1, *)
        if count == 0 { return ([], shape) }
        if b.count == 1 && shape == a.shape {
            let y = b.scalars[0]
            return (a.scalars.map { f($0, y) }, shape)
        }
        if a.count == 1 && shape == b.shape {
            let x = a.scalars[0]
            return (b.scalars.map { f(x, $0) }, shape)
        }
        let out = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    if shape == a.shape, isSuffix(b.shape, of: shape) {
                        // Row broadcast, e.g. a bias [n] added to a batch [m, n].
                        let n = b.count
                        for row in stride(from: 0, to: count, by: n) {
                            for j in 0..<n { buffer[row + j] = f(pa[row + j], pb[j]) }
                        }
                    } else if shape == b.shape, isSuffix(a.shape, of: shape) {
                        let n = a.count
                        for row in stride(from: 0, to: count, by: n) {
                            for j in 0..<n { buffer[row + j] = f(pa[j], pb[row + j]) }
                        }
                    } else {
                        let sa = Shape.broadcastStrides(a.shape, to: shape)
                        let sb = Shape.broadcastStrides(b.shape, to: shape)
                        var index = [Int](repeating: 0, count: shape.count)
                        var ia = 0, ib = 0
                        for i in 0..<count {
                            buffer[i] = f(pa[ia], pb[ib])
                            var axis = shape.count - 1
                            while axis >= 0 {
                                index[axis] += 1
                                ia += sa[axis]; ib += sb[axis]
                                if index[axis] < shape[axis] { break }
                                ia -= sa[axis] * shape[axis]; ib -= sb[axis] * shape[axis]
                                index[axis] = 0
                                axis -= 1
                            }
                        }
                    }
                }
            }
            initialized = count
        }
        return (out, shape)
    }

    /// Whether `small` equals the trailing axes of `shape` after dropping its leading 1s.
    static func isSuffix(_ small: [Int], of shape: [Int]) -> Bool {
        let trimmed = small.drop(while: { $0 == 1 })
        return trimmed.count <= shape.count && Array(shape.suffix(trimmed.count)) == Array(trimmed)
    }

    /// Sums a broadcast gradient back down to `target`, the shape of the input it flows to.
    func summed(toShape target: [Int]) -> Tensor {
        if shape == target { return self }
        let outCount = target.reduce(1, *)
        var out = [Double](repeating: 0, count: outCount)
        scalars.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                if outCount == 1 {
                    o[0] = Tensor.total(p)
                } else if outCount > 0 && Tensor.isSuffix(target, of: shape) {
                    for row in stride(from: 0, to: p.count, by: outCount) {
                        for j in 0..<outCount { o[j] += p[row + j] }
                    }
                } else {
                    let strides = Shape.broadcastStrides(target, to: shape)
                    var index = [Int](repeating: 0, count: shape.count)
                    var j = 0
                    for i in 0..<p.count {
                        o[j] += p[i]
                        var axis = shape.count - 1
                        while axis >= 0 {
                            index[axis] += 1
                            j += strides[axis]
                            if index[axis] < shape[axis] { break }
                            j -= strides[axis] * shape[axis]
                            index[axis] = 0
                            axis -= 1
                        }
                    }
                }
            }
        }
        return Tensor(unchecked: out, target)
    }

    /// The sum of all values, with eight running sums so the additions overlap and vectorise
    /// (a single running sum waits on each addition in turn).
    static func total(_ values: UnsafeBufferPointer<Double>) -> Double {
        var s = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        var i = 0
        let n = values.count
        while i &+ 8 <= n {
            s.0 += values[i]; s.1 += values[i &+ 1]; s.2 += values[i &+ 2]; s.3 += values[i &+ 3]
            s.4 += values[i &+ 4]; s.5 += values[i &+ 5]; s.6 += values[i &+ 6]; s.7 += values[i &+ 7]
            i &+= 8
        }
        var rest = 0.0
        while i < n { rest += values[i]; i &+= 1 }
        return ((s.0 + s.4) + (s.1 + s.5)) + ((s.2 + s.6) + (s.3 + s.7)) + rest
    }
}
