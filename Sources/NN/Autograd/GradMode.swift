/// Whether operations are being recorded for autograd on the current task or thread.
public enum GradMode {
    @TaskLocal static var disabled = false

    /// True unless inside `withoutGrad`.
    public static var isEnabled: Bool { !disabled }
}

/// Runs `body` without recording operations: results do not require gradients.
///
/// Use it for evaluation and for parameter updates, like PyTorch's `torch.no_grad()`.
@discardableResult
public func withoutGrad<T>(_ body: () throws -> T) rethrows -> T {
    try GradMode.$disabled.withValue(true, operation: body)
}
