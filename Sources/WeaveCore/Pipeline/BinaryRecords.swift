import Foundation

/// Appends the pieces of weave's binary cache files: bytes, 32-bit little-endian counts, strings (a
/// count of UTF-8 bytes, then the bytes) and checksummed records.
///
/// A cache file is its magic line, then records; each record is a byte run (its fields) followed by
/// the run's 64-bit checksum (`Hasher64`), so a reader can tell a damaged record from an intact one.
struct BinaryWriter {
    private(set) var data: Data

    /// - Parameter capacity: about how many bytes will be written (room is made for them at once).
    init(magic: Data, capacity: Int = 0) {
        data = Data(capacity: magic.count + capacity)
        data.append(magic)
    }

    mutating func byte(_ value: UInt8) { data.append(value) }

    mutating func count(_ n: Int) {
        withUnsafeBytes(of: UInt32(n).littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func string(_ s: String) {
        count(s.utf8.count)
        data.append(contentsOf: s.utf8)
    }

    /// Any integer, as 64-bit little-endian two's complement.
    mutating func int(_ n: Int) {
        withUnsafeBytes(of: Int64(n).littleEndian) { data.append(contentsOf: $0) }
    }

    /// A flag byte (0 or 1), then the string if there is one.
    mutating func optionalString(_ s: String?) {
        byte(s == nil ? 0 : 1)
        if let s { string(s) }
    }

    mutating func bytes(_ d: Data) {
        count(d.count)
        data.append(d)
    }

    /// Appends one record: the fields `write` puts down, then their checksum.
    mutating func record(_ write: (inout BinaryWriter) -> Void) {
        // The fields go straight into `data` after room for their length, which is filled in after them
        // (a record can hold megabytes: no copy of it).
        let lengthAt = data.count
        count(0)
        let start = data.count
        write(&self)
        withUnsafeBytes(of: UInt32(data.count - start).littleEndian) { length in
            data.replaceSubrange(lengthAt..<start, with: length)
        }
        withUnsafeBytes(of: BinaryReader.checksum(data[start...]).littleEndian) { data.append(contentsOf: $0) }
    }
}

/// Reads what `BinaryWriter` wrote, front to back.
///
/// Nothing read is trusted: every read returns nil when it would run past the end, so a length or
/// count that is too large (a damaged file) reads as damage, never as a trap or a huge allocation.
struct BinaryReader {
    private let data: Data
    private var offset: Int

    /// nil unless `data` starts with `magic`.
    init?(_ data: Data, magic: Data) {
        guard data.starts(with: magic) else { return nil }
        self.data = data
        offset = data.startIndex + magic.count
    }

    /// A reader over a record's fields.
    private init(fields: Data) {
        data = fields
        offset = fields.startIndex
    }

    var atEnd: Bool { offset == data.endIndex }

    mutating func byte() -> UInt8? { take(1)?.first }

    mutating func count() -> Int? {
        guard let bytes = take(4) else { return nil }
        return bytes.reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    mutating func int() -> Int? {
        guard let bytes = take(8) else { return nil }
        return Int(Int64(bitPattern: bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }))
    }

    /// What `BinaryWriter.optionalString` wrote: `.some(nil)` for no string, nil when damaged.
    mutating func optionalString() -> String?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return string().map { .some($0) }
        default: return nil
        }
    }

    /// A byte that must be 0 or 1.
    mutating func bool() -> Bool? {
        switch byte() {
        case 0: return false
        case 1: return true
        default: return nil
        }
    }

    mutating func string() -> String? {
        // Decoding from a contiguous buffer takes the standard library's fast path (a `Data` slice does not).
        bytes().map { $0.withUnsafeBytes { String(decoding: $0.bindMemory(to: UInt8.self), as: UTF8.self) } }
    }

    mutating func bytes() -> Data? {
        guard let n = count() else { return nil }
        return take(n)
    }

    /// A count, then that many items read by `item`; nil if any is missing. The count is not trusted: no
    /// room is reserved for it, and the reading stops at the first item that runs past the end (`item` must
    /// read at least one byte, so a damaged count cannot make it loop).
    mutating func list<Item>(_ item: (inout BinaryReader) -> Item?) -> [Item]? {
        guard let n = count() else { return nil }
        var items: [Item] = []
        for _ in 0..<n {
            guard let next = item(&self) else { return nil }
            items.append(next)
        }
        return items
    }

    /// What reading one record found.
    enum Record {
        /// The checksum matches: a reader over the record's fields.
        case intact(BinaryReader)
        /// The record is all there but its checksum does not match.
        case damaged
    }

    /// The next record, or nil when the data ends inside it (cut short, or its length is damaged):
    /// nothing after that point can be found again.
    mutating func record() -> Record? {
        guard let fields = bytes(), let sum = take(8) else { return nil }
        let stored = sum.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return stored == Self.checksum(fields) ? .intact(BinaryReader(fields: fields)) : .damaged
    }

    /// The checksum of a record's fields.
    static func checksum(_ fields: Data) -> UInt64 {
        var h = Hasher64()
        h.combine(bytes: fields)
        return h.value
    }

    private mutating func take(_ n: Int) -> Data? {
        guard data.endIndex - offset >= n else { return nil }
        defer { offset += n }
        return data[offset..<offset + n]
    }
}
