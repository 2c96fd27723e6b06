#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import NN

/// The allocator tuning a training program opts into.
struct HeapTuningTests {
    #if canImport(Glibc)
    /// glibc marks a chunk it mapped from the kernel on its own with bit 1 (`IS_MMAPPED`) of the size word
    /// just before the pointer it returns.
    private func isOwnMapping(_ pointer: UnsafeMutableRawPointer) -> Bool {
        pointer.load(fromByteOffset: -MemoryLayout<UInt>.size, as: UInt.self) & 0x2 != 0
    }

    @Test func afterOptingInABufferOf24MiBComesFromTheHeapNotAMappingOfItsOwn() throws {
        #expect(HeapTuning.keepFreedMemory())
        let buffer = try #require(malloc(24 << 20))
        defer { free(buffer) }
        // With glibc's defaults this buffer is a mapping of its own: the threshold starts at 128 KiB and only
        // grows to the size of a mapped block freed before, and nothing here frees one of 24 MiB.
        #expect(!isOwnMapping(buffer))
    }

    /// The detector's own check: a gibibyte is larger than any free block a heap keeps, so it is mapped.
    @Test func aBufferFarAboveTheTunedThresholdIsAMappingOfItsOwn() throws {
        HeapTuning.keepFreedMemory()
        let buffer = try #require(malloc(1 << 30))
        defer { free(buffer) }
        #expect(isOwnMapping(buffer))
    }
    #endif
}
