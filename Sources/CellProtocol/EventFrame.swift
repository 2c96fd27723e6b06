/// The framing of the event channel: a length-prefixed record per event.
///
/// A frame is a 4-byte little-endian payload length, one flags byte, then the payload. The length is
/// checked against `maximumPayload` before anything is allocated, so a damaged or hostile stream
/// cannot make the reader reserve memory it did not receive.
public struct EventFrame: Equatable, Sendable {
    /// The program waits for one receipt byte on `EventChannel.receipts` after sending this frame.
    public static let waitsForReceipt: UInt8 = 1
    /// The frame starts a new cell.
    public static let startsCell: UInt8 = 2
    /// The largest payload a reader accepts (a big chart's SVG is a few megabytes).
    public static let maximumPayload = 64 << 20
    static let headerSize = 5

    public var flags: UInt8
    public var payload: [UInt8]

    public init(flags: UInt8, payload: [UInt8]) {
        self.flags = flags
        self.payload = payload
    }

    /// The frame for an event, with the flags the event needs.
    public init(_ event: CellEvent, payload: [UInt8]) {
        var flags: UInt8 = 0
        if event.waitsForReceipt { flags |= Self.waitsForReceipt }
        if event.startsCell { flags |= Self.startsCell }
        self.init(flags: flags, payload: payload)
    }

    /// The frame's bytes on the wire.
    public var bytes: [UInt8] {
        let n = UInt32(payload.count)
        return [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24), flags] + payload
    }
}

/// Splits a byte stream into `EventFrame`s as bytes arrive.
public struct EventFrameReader: Sendable {
    private var buffer: [UInt8] = []
    private var start = 0
    /// Set when a frame announced a payload over `EventFrame.maximumPayload`; nothing more is read.
    public private(set) var isBroken = false

    public init() {}

    /// Takes more bytes of the stream.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        guard !isBroken else { return }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> EventFrame? {
        guard !isBroken, buffer.count - start >= EventFrame.headerSize else { return nil }
        let length = Int(buffer[start]) | Int(buffer[start + 1]) << 8 | Int(buffer[start + 2]) << 16 | Int(buffer[start + 3]) << 24
        guard length <= EventFrame.maximumPayload else {
            isBroken = true
            buffer = []
            start = 0
            return nil
        }
        guard buffer.count - start - EventFrame.headerSize >= length else { return nil }
        let body = start + EventFrame.headerSize
        let frame = EventFrame(flags: buffer[start + 4], payload: Array(buffer[body..<body + length]))
        start = body + length
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 1 << 16 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        return frame
    }

    /// Bytes received that do not yet make a whole frame.
    public var pendingByteCount: Int { buffer.count - start }
}

/// The descriptors a note program talks to weave on, besides its standard output and error.
public enum EventChannel {
    /// The program writes `EventFrame`s here.
    public static let events: Int32 = 3
    /// The program reads one byte here after a frame that waits for a receipt.
    public static let receipts: Int32 = 4
}
