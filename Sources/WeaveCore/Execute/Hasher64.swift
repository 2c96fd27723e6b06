import Foundation

/// A stable 64-bit FNV-1a hash, for cache keys that must be equal across runs and machines.
public struct Hasher64 {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes in a string and a separator, so ("ab", "c") and ("a", "bc") differ.
    public mutating func combine(_ text: String) {
        for byte in text.utf8 { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
        state = (state ^ 0xff) &* 0x100_0000_01b3
    }

    /// Mixes in raw bytes.
    public mutating func combine(bytes: Data) {
        var state = self.state
        bytes.withUnsafeBytes { raw in
            for byte in raw { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        self.state = (state ^ 0xff) &* 0x100_0000_01b3
    }

    /// The hash as a number (for checksums stored in binary files).
    public var value: UInt64 { state }

    public var hex: String {
        let s = String(state, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// The hash of one string, as 16 hex digits.
    public static func hex(_ text: String) -> String {
        var h = Hasher64()
        h.combine(text)
        return h.hex
    }
}
