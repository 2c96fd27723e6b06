/// A stable hash of text (64-bit FNV-1a), used to derive SVG ids from content instead of randomness.
enum ContentHash {
    /// The hash of the UTF-8 bytes of `text`, as 10 lowercase hex digits.
    static func hex(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.prefix(10))
    }
}
