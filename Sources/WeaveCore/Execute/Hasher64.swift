import Foundation

/// A stable 64-bit hash for cache keys and checksums that must be equal across runs and machines.
///
/// It reads eight bytes at a time (a multiply–rotate mix per 64-bit little-endian word, the tail byte by
/// byte, and a final avalanche), so hashing a page or a formula file costs a fraction of a byte-wise hash
/// such as FNV-1a. It is not a cryptographic hash: it tells a damaged cache record or a changed input
/// from an intact one, and nothing is trusted because of it alone.
public struct Hasher64 {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    private static let multiplier: UInt64 = 0x9e37_79b9_7f4a_7c15
    private static let second: UInt64 = 0xc2b2_ae3d_27d4_eb4f

    public init() {}

    /// Mixes in a string and a separator, so ("ab", "c") and ("a", "bc") differ.
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { mix($0) }
    }

    /// Mixes in raw bytes (and a separator, as for strings).
    public mutating func combine(bytes: Data) {
        bytes.withUnsafeBytes { mix(UnsafeBufferPointer(start: $0.bindMemory(to: UInt8.self).baseAddress, count: $0.count)) }
    }

    private mutating func mix(_ bytes: UnsafeBufferPointer<UInt8>) {
        var state = self.state
        let count = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                state = ((state ^ (word &* Self.second)).rotated(31)) &* Self.multiplier
                i += 8
            }
            while i < count {
                state = ((state ^ UInt64(base[i])) &* Self.multiplier).rotated(29)
                i += 1
            }
        }
        // The length ends the piece, so pieces cannot run into each other.
        state = ((state ^ UInt64(count) ^ 0xff) &* Self.second).rotated(27)
        self.state = state
    }

    /// The hash as a number (for checksums stored in binary files), fully mixed.
    public var value: UInt64 {
        var x = state
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }

    public var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// The hash of one string, as 16 hex digits.
    public static func hex(_ text: String) -> String {
        var h = Hasher64()
        h.combine(text)
        return h.hex
    }
}

private extension UInt64 {
    func rotated(_ bits: UInt64) -> UInt64 { (self << bits) | (self >> (64 - bits)) }
}
