/// The stored (uncompressed) zip files NumPy's `savez` writes: reading the entries through the
/// central directory (with ZIP64 sizes and offsets), and writing a plain archive.
enum ZipArchive {
    /// One file in the archive.
    struct Entry {
        var name: String
        var data: [UInt8]
    }

    /// Why an archive could not be read, in words; the caller adds the file's path.
    struct Failure: Error { let message: String }

    // MARK: Reading

    /// The entries of a stored zip archive, checked against their CRC-32.
    static func read(_ bytes: [UInt8]) throws -> [Entry] {
        let end = try endOfCentralDirectory(bytes)
        var entries: [Entry] = []
        var offset = end.directoryOffset
        for _ in 0..<end.count {
            guard offset + 46 <= bytes.count, bytes.uint32(at: offset) == 0x0201_4B50 else {
                throw Failure(message: "the zip directory is damaged (no entry header at byte \(offset))")
            }
            let method = bytes.uint16(at: offset + 10)!
            let crc = bytes.uint32(at: offset + 16)!
            var compressedSize = UInt64(bytes.uint32(at: offset + 20)!)
            var size = UInt64(bytes.uint32(at: offset + 24)!)
            let nameLength = Int(bytes.uint16(at: offset + 28)!)
            let extraLength = Int(bytes.uint16(at: offset + 30)!)
            let commentLength = Int(bytes.uint16(at: offset + 32)!)
            var localOffset = UInt64(bytes.uint32(at: offset + 42)!)
            let nameStart = offset + 46
            guard nameStart + nameLength + extraLength <= bytes.count else {
                throw Failure(message: "the zip directory is cut short")
            }
            let name = String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self)
            // ZIP64: the real values follow in the extra field, in this order, for those set to 0xFFFFFFFF.
            var extra = nameStart + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = bytes.uint16(at: extra)!, length = Int(bytes.uint16(at: extra + 2)!)
                if id == 0x0001 {
                    var field = extra + 4
                    func next() throws -> UInt64 {
                        guard field + 8 <= extra + 4 + length, let value = bytes.uint64(at: field) else {
                            throw Failure(message: "the ZIP64 sizes of \(name) are cut short")
                        }
                        field += 8
                        return value
                    }
                    if size == 0xFFFF_FFFF { size = try next() }
                    if compressedSize == 0xFFFF_FFFF { compressedSize = try next() }
                    if localOffset == 0xFFFF_FFFF { localOffset = try next() }
                }
                extra += 4 + length
            }
            if method != 0 {
                throw Failure(message: "\(name) is compressed (method \(method)); only stored entries can be read — "
                              + "numpy.savez writes those, numpy.savez_compressed does not")
            }
            guard size == compressedSize, localOffset < UInt64(bytes.count),
                  bytes.uint32(at: Int(localOffset)) == 0x0403_4B50,
                  let localName = bytes.uint16(at: Int(localOffset) + 26), let localExtra = bytes.uint16(at: Int(localOffset) + 28)
            else { throw Failure(message: "the entry \(name) is damaged") }
            let dataStart = Int(localOffset) + 30 + Int(localName) + Int(localExtra)
            guard size <= UInt64(bytes.count), dataStart + Int(size) <= bytes.count else {
                throw Failure(message: "the entry \(name) is cut short")
            }
            let data = Array(bytes[dataStart..<dataStart + Int(size)])
            if CRC32.checksum(data) != crc {
                throw Failure(message: "the entry \(name) is damaged (its CRC-32 does not match)")
            }
            entries.append(Entry(name: name, data: data))
            offset = extraEnd + commentLength
        }
        return entries
    }

    /// The number of entries and the central directory's offset, from the end records.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) throws -> (count: Int, directoryOffset: Int) {
        // The record is 22 bytes plus a comment of at most 65535 bytes, so the search is bounded.
        let lowest = Swift.max(0, bytes.count - 22 - 65535)
        var position = bytes.count - 22
        while position >= lowest && bytes.uint32(at: position) != 0x0605_4B50 { position -= 1 }
        guard position >= lowest else { throw Failure(message: "it is not a zip archive (no end-of-directory record)") }
        var count = UInt64(bytes.uint16(at: position + 10)!)
        var directoryOffset = UInt64(bytes.uint32(at: position + 16)!)
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF {
            // ZIP64: a locator just before points at the 64-bit end record.
            guard position >= 20, bytes.uint32(at: position - 20) == 0x0706_4B50,
                  let recordOffset = bytes.uint64(at: position - 12), recordOffset < UInt64(bytes.count),
                  bytes.uint32(at: Int(recordOffset)) == 0x0606_4B50,
                  let count64 = bytes.uint64(at: Int(recordOffset) + 32),
                  let offset64 = bytes.uint64(at: Int(recordOffset) + 48)
            else { throw Failure(message: "the ZIP64 end record is missing or damaged") }
            (count, directoryOffset) = (count64, offset64)
        }
        // Each directory entry takes at least 46 bytes, which bounds a forged count.
        guard directoryOffset <= UInt64(bytes.count), count <= UInt64(bytes.count / 46) else {
            throw Failure(message: "the zip directory lies outside the file")
        }
        return (Int(count), Int(directoryOffset))
    }

    // MARK: Writing

    /// A stored zip archive of `entries` (no compression, no ZIP64: at most 65535 entries under 4 GB).
    static func write(_ entries: [Entry]) throws -> [UInt8] {
        if entries.count > 0xFFFF {
            throw Failure(message: "\(entries.count) arrays are more than a zip archive without ZIP64 holds (65535)")
        }
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = CRC32.checksum(entry.data)
            let offset = out.count
            if offset + 30 + name.count + entry.data.count >= 0xFFFF_FFFF || name.count > 0xFFFF {
                throw Failure(message: "the archive would exceed 4 GB, more than a zip archive without ZIP64 holds")
            }
            // Local header: version 2.0, no flags, stored, DOS date 1980-01-01 00:00.
            out.append(le32: 0x0403_4B50); out.append(le16: 20); out.append(le16: 0); out.append(le16: 0)
            out.append(le16: 0); out.append(le16: 0x21)
            out.append(le32: crc); out.append(le32: UInt32(entry.data.count)); out.append(le32: UInt32(entry.data.count))
            out.append(le16: UInt16(name.count)); out.append(le16: 0)
            out += name
            out += entry.data
            directory.append(le32: 0x0201_4B50); directory.append(le16: 20); directory.append(le16: 20)
            directory.append(le16: 0); directory.append(le16: 0); directory.append(le16: 0); directory.append(le16: 0x21)
            directory.append(le32: crc); directory.append(le32: UInt32(entry.data.count))
            directory.append(le32: UInt32(entry.data.count))
            directory.append(le16: UInt16(name.count)); directory.append(le16: 0); directory.append(le16: 0)
            directory.append(le16: 0); directory.append(le16: 0); directory.append(le32: 0)
            directory.append(le32: UInt32(offset))
            directory += name
        }
        let directoryOffset = out.count
        out += directory
        out.append(le32: 0x0605_4B50); out.append(le16: 0); out.append(le16: 0)
        out.append(le16: UInt16(entries.count)); out.append(le16: UInt16(entries.count))
        out.append(le32: UInt32(directory.count)); out.append(le32: UInt32(directoryOffset)); out.append(le16: 0)
        return out
    }
}

/// The CRC-32 of zip files (polynomial 0xEDB88320), from a table.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

extension Array where Element == UInt8 {
    /// The little-endian value at `offset`, or nil past the end.
    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= count else { return nil }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= count else { return nil }
        return (0..<4).reduce(0) { $0 | UInt32(self[offset + $1]) << (8 * UInt32($1)) }
    }

    func uint64(at offset: Int) -> UInt64? {
        guard offset >= 0, offset + 8 <= count else { return nil }
        return (0..<8).reduce(0) { $0 | UInt64(self[offset + $1]) << (8 * UInt64($1)) }
    }

    mutating func append(le16 value: UInt16) { append(UInt8(value & 0xFF)); append(UInt8(value >> 8)) }
    mutating func append(le32 value: UInt32) { for i in 0..<4 { append(UInt8((value >> (8 * UInt32(i))) & 0xFF)) } }
}
