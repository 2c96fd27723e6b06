/// Weight penalties (regularisation terms) added to a loss, over a list of tensors such as `model.allParameters`.
extension Loss {
    /// The L1 penalty λ·Σ|w| over every value of every tensor; gradient λ·sign(w).
    public static func l1Penalty(_ tensors: [Tensor], lambda: Double) -> Tensor {
        lambda * total(tensors) { $0.abs() }
    }

    /// The L2 penalty λ·Σw² over every value of every tensor; gradient 2λ·w.
    public static func l2Penalty(_ tensors: [Tensor], lambda: Double) -> Tensor {
        lambda * total(tensors) { $0 * $0 }
    }

    /// The halved L2 penalty ½·λ·Σw², whose gradient is λ·w (the form plain SGD weight decay λ matches).
    public static func halfL2Penalty(_ tensors: [Tensor], lambda: Double) -> Tensor {
        (0.5 * lambda) * total(tensors) { $0 * $0 }
    }

    /// Σ over tensors of the sum of `term` over their values; 0 for an empty list.
    private static func total(_ tensors: [Tensor], _ term: (Tensor) -> Tensor) -> Tensor {
        tensors.map { term($0).sum(file: nil, line: nil) }.reduce(Tensor(0)) { $0 + $1 }
    }
}
