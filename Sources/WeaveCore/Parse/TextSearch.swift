#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Substring search in native Swift, by UTF-8 bytes.
///
/// Foundation's `contains(_:)`, `range(of:)` and `components(separatedBy:)` on a Swift string go through
/// NSString and UTF-16 offsets, which is slow on long non-ASCII (Chinese) text; parsing and page
/// assembly use these instead.
extension StringProtocol {
    /// The first occurrence of `needle`; an empty needle is found at the start.
    func byteRange(of needle: String) -> Range<Index>? {
        let bytes = utf8
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return startIndex..<startIndex }
        // Native strings keep their UTF-8 in one buffer: search it with the C library's memchr and memcmp.
        let found: Int?? = bytes.withContiguousStorageIfAvailable { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            return pattern.withUnsafeBufferPointer { needle -> Int? in
                var offset = 0
                while buffer.count - offset >= needle.count {
                    guard let hit = memchr(base + offset, Int32(first), buffer.count - offset) else { return nil }
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    guard buffer.count - at >= needle.count else { return nil }
                    if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return at }
                    offset = at + 1
                }
                return nil
            }
        }
        if let found {
            guard let offset = found else { return nil }
            let start = bytes.index(bytes.startIndex, offsetBy: offset)
            return start..<bytes.index(start, offsetBy: pattern.count)
        }
        var from = bytes.startIndex
        while let start = bytes[from...].firstIndex(of: first) {
            if bytes[start...].starts(with: pattern) {
                return start..<bytes.index(start, offsetBy: pattern.count)
            }
            from = bytes.index(after: start)
        }
        return nil
    }

    /// Whether `needle` occurs.
    func includes(_ needle: String) -> Bool {
        byteRange(of: needle) != nil
    }

    /// The pieces between occurrences of a non-empty `separator` (as many as occurrences plus one).
    func pieces(separatedBy separator: String) -> [String] {
        var out: [String] = []
        var rest = self[...]
        while let found = rest.byteRange(of: separator), !separator.isEmpty {
            out.append(String(rest[..<found.lowerBound]))
            rest = rest[found.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}

extension String {
    /// The lines of the text, split at every `\n` (empty lines kept: one more than the line breaks).
    ///
    /// The same as `split(separator: "\n", omittingEmptySubsequences: false)` once `\r\n` is gone (a line
    /// feed is always a character of its own), without the cost of finding character boundaries.
    func lineSlices() -> [Substring] {
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        for byte in utf8 {
            if byte == UInt8(ascii: "\n") {
                lines.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(self[start..<endIndex])
        return lines
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives (tab and Unicode's space separators), without its
    /// round trip through NSString.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isSpace($0) })!
        return String(self[first..<scalars.index(after: last)])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}
