/// Something that updates parameters from their gradients: SGD, AdaGrad, RMSProp, Adam.
///
/// A training step reads `optimizer.zeroGrad(); loss.backward(); optimizer.step()`. `step()` changes
/// each parameter's `scalars` in place, records nothing for autograd, and skips parameters whose
/// `grad` is nil (they took no part in the loss).
public protocol Optimizer: AnyObject {
    /// The tensors this optimizer updates, each once, in the order given.
    var parameters: [Tensor] { get }
    /// The step size; learning-rate schedules change it between epochs.
    var learningRate: Double { get set }
    /// Moves every parameter that has a gradient one step.
    func step()
    /// Clears the gradients of all parameters, before the next backward pass.
    func zeroGrad()
}

extension Optimizer {
    public func zeroGrad() { parameters.forEach { $0.zeroGrad() } }
}

/// The shared checks and bookkeeping of the optimizers.
enum OptimizerSupport {
    /// The parameters with duplicates removed (a tensor listed twice would be stepped twice).
    static func unique(_ parameters: [Tensor]) -> [Tensor] {
        var seen = Set<ObjectIdentifier>()
        return parameters.filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    /// Fails unless `value` lies in `range`, naming the optimizer and the hyperparameter.
    static func require(_ value: Double, in range: some RangeExpression<Double>, _ name: String,
                        of optimizer: String, file: StaticString, line: UInt) {
        if !range.contains(value) || value.isNaN {
            EngineFailure.fail(optimizer, "\(name) \(value) is out of range \(range)", file: file, line: line)
        }
    }

    /// Calls `update` for each parameter that has a gradient, with the parameter's index and the
    /// gradient's values, after checking that the gradient has as many values as the parameter.
    static func forEachGradient(of parameters: [Tensor], _ operation: String,
                                _ update: (_ index: Int, _ parameter: Tensor, _ grad: UnsafeBufferPointer<Double>) -> Void) {
        for (index, parameter) in parameters.enumerated() {
            guard let grad = parameter.grad else { continue }
            if grad.count != parameter.count {
                EngineFailure.fail(operation, "gradient of shape \(describe(grad.shape)) for a parameter of shape "
                                   + "\(describe(parameter.shape)) with \(parameter.count) values")
            }
            grad.scalars.withUnsafeBufferPointer { update(index, parameter, $0) }
        }
    }

    /// A state buffer of zeros the size of `parameter`, created on first use.
    static func ensure(_ state: inout [Double], like parameter: Tensor) {
        if state.count != parameter.count { state = [Double](repeating: 0, count: parameter.count) }
    }
}
