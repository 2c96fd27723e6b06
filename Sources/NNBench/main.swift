// nn-bench: times the engine on three workloads and prints one `name: value` line per figure.
//
//     swift run -c release nn-bench
//
// Names given as arguments (gemm, mlp, conv) limit the run to those workloads, e.g. for a profiler.
// bench/compare.py measures the same figures with NumPy and PyTorch (Float64, two threads).
// The MLP step is written out with tensor operations rather than layers, so it measures exactly
// the work PyTorch does: three affine maps, ReLU, log-softmax cross-entropy, backward, SGD.
import Foundation
import NN

/// Seconds taken by one call of `body`.
func time(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The shortest of `runs` timings.
func best(of runs: Int, _ body: () -> Void) -> Double {
    (0..<runs).map { _ in time(body) }.min()!
}

/// The median of `steps` timings after `warmUp` untimed calls.
func median(of steps: Int, warmUp: Int, _ body: () -> Void) -> Double {
    for _ in 0..<warmUp { body() }
    let times = (0..<steps).map { _ in time(body) }.sorted()
    return times[steps / 2]
}

func report(_ name: String, _ value: Double) {
    print("\(name): \(String(format: "%.3f", value))")
}

// Training programs opt into keeping freed buffers (note programs do it through the cell runtime).
HeapTuning.keepFreedMemory()
var generator = RandomGenerator(seed: 0)
let chosen = Set(CommandLine.arguments.dropFirst())
func runs(_ workload: String) -> Bool { chosen.isEmpty || chosen.contains(workload) }

// MARK: GEMM 512

let a = Tensor.gaussian([512, 512], using: &generator)
let b = Tensor.gaussian([512, 512], using: &generator)
if runs("gemm") {
    _ = a.matmul(b)
    report("gemm512_gflops", 2 * pow(512, 3) / best(of: 20) { _ = a.matmul(b) } / 1e9)
}

// MARK: MLP 784-128-64-10, batch 64

let sizes = [784, 128, 64, 10]
var parameters: [Tensor] = []
for (fanIn, fanOut) in zip(sizes, sizes.dropFirst()) {
    parameters.append(Tensor.gaussian([fanIn, fanOut], std: (2 / Double(fanIn)).squareRoot(), requiresGrad: true,
                                      using: &generator))
    parameters.append(Tensor.zeros([fanOut], requiresGrad: true))
}
let x = Tensor.gaussian([64, 784], using: &generator)
let labels = (0..<64).map { _ in generator.integer(below: 10) }
let learningRate = 0.01

/// Mean cross-entropy of softmax(logits) against the labels, through log-softmax.
func crossEntropy(_ logits: Tensor, _ labels: [Int]) -> Tensor {
    let shifted = logits - logits.max(axis: 1, keepDims: true).detach()
    let logSumExp = shifted.exp().sum(axis: 1).log()
    return (logSumExp - shifted.picking(columns: labels)).mean()
}

@MainActor func mlpStep() {  // the top-level globals it reads are the main actor's
    var h = x
    for layer in stride(from: 0, to: parameters.count, by: 2) {
        h = h.matmul(parameters[layer]) + parameters[layer + 1]
        if layer + 2 < parameters.count { h = h.maximum(Tensor(0)) }
    }
    let loss = crossEntropy(h, labels)
    for p in parameters { p.zeroGrad() }
    loss.backward()
    withoutGrad {
        for p in parameters {
            p.grad!.scalars.withUnsafeBufferPointer { g in
                p.scalars.withUnsafeMutableBufferPointer { values in
                    for i in 0..<values.count { values[i] -= learningRate * g[i] }
                }
            }
        }
    }
}

if runs("mlp") {
    report("mlp_step_us", median(of: 200, warmUp: 20) { mlpStep() } * 1e6)
}

// MARK: Conv 1→8 3×3 padding 1, 2×2 max-pool, batch 32 of 1×28×28

let conv = Conv2d(1, 8, 3, padding: 1, using: &generator)
let images = Tensor.gaussian([32, 1, 28, 28], using: &generator)

if runs("conv") {
    report("conv_forward_ms", median(of: 100, warmUp: 10) {
        withoutGrad { _ = Tensor.maxPool2d(conv(images), kernelSize: 2) }
    } * 1e3)
    report("conv_step_ms", median(of: 100, warmUp: 10) {
        conv.zeroGrad()
        Tensor.maxPool2d(conv(images), kernelSize: 2).sum().backward()
    } * 1e3)
}
