import CellProtocol

/// What a note program wrote, in order: printed text and event frames, with printed text capped per cell.
///
/// Text beyond `cap` bytes in one cell is counted and dropped; where it was cut, a `.dropped` item says
/// how many bytes went, so the page can say so at that cell.
struct ProgramTranscript {
    let cap: Int
    private var items: [ProcessRunner.Output] = []
    /// Text printed since the last event (kept apart so that appending stays cheap).
    private var pending: [UInt8] = []
    /// Bytes of printed text dropped in all.
    private(set) var droppedBytes = 0
    private var textInCell = 0
    private var droppedInCell = 0

    init(cap: Int) { self.cap = cap }

    mutating func text(_ bytes: UnsafeRawBufferPointer) {
        let kept = min(bytes.count, max(0, cap - textInCell))
        if kept > 0 {
            pending.append(contentsOf: bytes[..<kept])
            textInCell += kept
        }
        droppedInCell += bytes.count - kept
        droppedBytes += bytes.count - kept
    }

    mutating func event(_ frame: EventFrame) {
        flush()
        items.append(.event(frame))
        if frame.flags & EventFrame.startsCell != 0 { textInCell = 0 }
    }

    /// Everything written, in order.
    mutating func finish() -> [ProcessRunner.Output] {
        flush()
        return items
    }

    /// Moves the text since the last event, and the count of what was dropped of it, into the items.
    private mutating func flush() {
        if !pending.isEmpty { items.append(.text(pending)) }
        pending = []
        if droppedInCell > 0 { items.append(.dropped(droppedInCell)) }
        droppedInCell = 0
    }
}
