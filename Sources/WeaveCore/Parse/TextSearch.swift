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
