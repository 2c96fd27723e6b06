/// Follows fenced code blocks line by line, as the shielder finds them, for the pre-passes that must
/// leave code alone (`Comments`, `FootnoteDefinitions`).
struct FenceTracker {
    private var open: (marker: Character, length: Int)?

    /// Whether `line` belongs to a fenced code block, its fences included. Call it once per line, in order.
    mutating func isCode(_ line: String) -> Bool {
        let content = Shielder.splitContainer(line).content
        if let fence = open {
            if let close = Shielder.fenceRun(content), close.marker == fence.marker, close.length >= fence.length,
               content.dropFirst(close.length).allSatisfy(\.isWhitespace) {
                open = nil
            }
            return true
        }
        open = Shielder.fenceRun(content)
        return open != nil
    }
}
