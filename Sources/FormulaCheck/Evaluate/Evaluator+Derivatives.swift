import NN

extension Evaluator {
    /// `∂N/∂v`: the variable becomes an autograd leaf holding its value, and N is evaluated with it.
    ///
    /// `v` may be a variable of the check, a defined value (held fixed as an independent input), or an
    /// element `z_j` of a vector, for which the whole vector is the leaf and component j is read.
    func partial(_ numerator: Expression, withRespectTo variable: Symbol) throws -> Value {
        let leafKey: String
        let at: Value
        var component: Int?
        if let v = try lookup(variable.key) {
            (leafKey, at) = (variable.key, v)
        } else if let index = variable.index, let base = try lookup(variable.base), !base.isScalar {
            let k = try integer(index, "the index of \(variable.key)")
            _ = try base.element(k, of: variable.base)
            (leafKey, at, component) = (variable.base, base, k - 1)
        } else {
            throw FormulaError("∂/∂\(variable.key): \(variable.key) has no value; give it one in the check or define it earlier")
        }
        return try differentiate(at: try at.plain("differentiated"), component: component) { leaf in
            let saved = self.overrides[leafKey]
            self.overrides[leafKey] = leaf
            defer { self.overrides[leafKey] = saved }
            return try self.evaluate(numerator)
        }
    }

    /// The derivative of `f` at `point` by autograd: one backward pass per output component (each costs
    /// about as many steps as evaluating `f`).
    ///
    /// A number's derivative by a number is a number; by a vector, the gradient (or its component
    /// `component`); a vector's derivative by a number is the vector of derivatives; by a vector of the
    /// same length, the componentwise derivatives ∂y_i/∂x_i (f'(x) for a function applied to each
    /// component), or ∂y_i/∂x_j for a given component j.
    func differentiate(at point: Value, component: Int?, _ f: (Value) throws -> Value) throws -> Value {
        guard GradMode.isEnabled else { throw FormulaError("derivatives cannot be checked inside withoutGrad { }") }
        guard !inDerivative else { throw FormulaError.unsupported("a derivative inside a derivative (a second derivative)") }
        inDerivative = true
        defer { inDerivative = false }

        let leaf = Tensor(scalars: point.scalars, shape: point.tensor.shape, requiresGrad: true)
        let stepsBefore = steps
        let y = try f(Value(leaf)).plain("differentiated")
        guard y.count <= 100 else { throw FormulaError("a derivative of a vector of \(y.count) components (at most 100)") }
        try spend(y.count * (leaf.count + steps - stepsBefore))
        var jacobian: [[Double]] = []
        for i in 0..<y.count {
            guard y.tensor.requiresGrad else {
                jacobian.append([Double](repeating: 0, count: leaf.count))
                continue
            }
            leaf.grad = nil
            if y.isScalar {
                y.tensor.backward()
            } else {
                var seed = [Double](repeating: 0, count: y.count)
                seed[i] = 1
                y.tensor.backward(Tensor(scalars: seed, shape: y.tensor.shape))
            }
            jacobian.append(leaf.grad?.scalars ?? [Double](repeating: 0, count: leaf.count))
        }
        switch (y.isScalar, point.isScalar) {
        case (true, true):
            return .scalar(jacobian[0][0])
        case (true, false):
            if let component { return .scalar(jacobian[0][component]) }
            return Value(Tensor(jacobian[0]))
        case (false, true):
            return Value(Tensor(jacobian.map { $0[0] }))
        case (false, false):
            if let component { return Value(Tensor(jacobian.map { $0[component] })) }
            guard y.count == point.count else {
                throw FormulaError("the derivative of a vector of \(y.count) by a vector of \(point.count) (index one of them)")
            }
            return Value(Tensor((0..<y.count).map { jacobian[$0][$0] }))
        }
    }
}
