import Foundation

/// Appends the pieces of weave's binary cache files: bytes, 32-bit little-endian counts, and strings
/// (a count of UTF-8 bytes, then the bytes).
struct BinaryWriter {
    private(set) var data: Data

    init(magic: Data) { data = magic }

    mutating func byte(_ value: UInt8) { data.append(value) }

    mutating func count(_ n: Int) {
        withUnsafeBytes(of: UInt32(n).littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func string(_ s: String) {
        count(s.utf8.count)
        data.append(contentsOf: s.utf8)
    }

    mutating func bytes(_ d: Data) {
        count(d.count)
        data.append(d)
    }
}

/// Reads what `BinaryWriter` wrote, front to back; every read returns nil past the end, so a file cut
/// short reads as damaged rather than as something else.
struct BinaryReader {
    private let data: Data
    private var offset: Int

    /// nil unless `data` starts with `magic`.
    init?(_ data: Data, magic: Data) {
        guard data.starts(with: magic) else { return nil }
        self.data = data
        offset = data.startIndex + magic.count
    }

    var atEnd: Bool { offset == data.endIndex }

    mutating func byte() -> UInt8? { take(1)?.first }

    mutating func count() -> Int? {
        guard let bytes = take(4) else { return nil }
        return bytes.reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    mutating func string() -> String? {
        bytes().map { String(decoding: $0, as: UTF8.self) }
    }

    mutating func bytes() -> Data? {
        guard let n = count() else { return nil }
        return take(n)
    }

    private mutating func take(_ n: Int) -> Data? {
        guard data.endIndex - offset >= n else { return nil }
        defer { offset += n }
        return data[offset..<offset + n]
    }
}
