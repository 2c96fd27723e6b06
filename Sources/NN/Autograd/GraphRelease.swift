/// Frees a dropped autograd graph one node at a time, so that releasing a graph unrolled over many
/// thousands of steps cannot overflow the stack.
///
/// Left to reference counting alone, freeing the last tensor of a long chain frees its node, which
/// frees the node's input tensors, which free their nodes, … — one nested call per operation. Instead
/// a dying tensor moves its node into the queue of the release already running on this task or
/// thread, and only the outermost release frees nodes, in a loop.
///
/// Unchecked: only the thread that installs a release touches it. `withValue`'s scope is synchronous and
/// only frees nodes (deinits make no tasks), so no child task inherits it; a lock would cost every node.
final class GraphRelease: @unchecked Sendable {
    @TaskLocal private static var current: GraphRelease?
    private var pending: [GradNode] = []

    /// Takes the node out of a dying tensor and frees it, and the graph only it kept alive, iteratively.
    static func freeNode(of tensor: Tensor) {
        guard tensor.gradNode != nil else { return }
        if let current {
            // Moved, not copied: the queue holds the only reference, so popping it frees the node.
            current.pending.append(tensor.gradNode.take()!)
            return
        }
        let queue = GraphRelease()
        queue.pending.append(tensor.gradNode.take()!)
        $current.withValue(queue) {
            while let next = queue.pending.popLast() {
                // Dropping `next` frees it; tensors that die with it only enqueue their nodes.
                withExtendedLifetime(next) {}
            }
        }
    }
}
