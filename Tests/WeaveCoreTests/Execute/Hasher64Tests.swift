import Foundation
import Testing
@testable import WeaveCore

/// The stable hash behind cache keys and record checksums.
@Suite struct Hasher64Tests {
    @Test func theSameInputGivesTheSameHashAndStringsAndBytesAgree() {
        let text = "设损失 $L = \\frac12 (y-\\hat y)^2$ and some ASCII past eight bytes"
        #expect(Hasher64.hex(text) == Hasher64.hex(text))
        var a = Hasher64(), b = Hasher64()
        a.combine(text)
        b.combine(bytes: Data(text.utf8))
        #expect(a.value == b.value)
        #expect(Hasher64.hex(text).count == 16)
    }

    /// The value names and checks every stored cache file: it must not change between runs, machines or
    /// versions of Swift (Swift's own `Hasher` is seeded per process). A change to the algorithm must come
    /// with new cache formats (`StageCache.magic`).
    @Test func theHashOfAKnownInputIsFixed() {
        #expect(Hasher64.hex("weave") == "8e0eb01cf3ee2558")
        #expect(Hasher64.hex("") == "a41bb0a03741a5ad")
        #expect(Hasher64.hex("设损失 $L$ 的梯度") == "26e28623b1e9984a")
    }

    @Test func piecesDoNotRunIntoEachOther() {
        var a = Hasher64(), b = Hasher64()
        a.combine("ab"); a.combine("c")
        b.combine("a"); b.combine("bc")
        #expect(a.value != b.value)
        var empty1 = Hasher64(), empty2 = Hasher64()
        empty1.combine(""); empty1.combine("")
        empty2.combine("")
        #expect(empty1.value != empty2.value)
    }

    /// A checksum must notice any one damaged bit, wherever it falls: in a whole 8-byte word or in the tail.
    @Test func flippingAnyOneBitChangesTheChecksum() {
        let original = Data((0..<37).map { UInt8(truncatingIfNeeded: $0 &* 29 &+ 7) })
        var h = Hasher64()
        h.combine(bytes: original)
        let reference = h.value
        var seen: Set<UInt64> = [reference]
        for byte in original.indices {
            for bit in 0..<8 {
                var damaged = original
                damaged[byte] ^= 1 << bit
                var d = Hasher64()
                d.combine(bytes: damaged)
                seen.insert(d.value)
            }
        }
        #expect(seen.count == 1 + 37 * 8)
    }
}
