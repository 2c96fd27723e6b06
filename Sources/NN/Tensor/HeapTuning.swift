#if canImport(Glibc)
import Glibc
#endif

/// Asks the C allocator to keep freed tensor memory in the process, so the next training step reuses it.
///
/// A training step allocates and frees many buffers of the same large sizes. With glibc's default
/// settings, buffers over 128 KiB are mapped fresh from the kernel and the freed top of the heap is
/// handed back, so every step faults its pages in again and the kernel zeroes them: nn-bench's conv
/// step took 5.6 ms instead of 1.3 ms (330 000 page faults instead of 4 600). Like PyTorch's caching
/// allocators, `keepFreedMemory()` asks malloc to serve buffers up to 32 MiB from the heap and to keep up
/// to 512 MiB of freed heap.
///
/// This changes `mallopt` for the whole process, so the engine never does it by itself: a program opts in
/// (note programs do, through the cell runtime; so does `nn-bench`). A library that links NN keeps its
/// allocator as it was.
public enum HeapTuning {
    /// Tunes the allocator for training, once per process; true if the C library took the settings.
    @discardableResult
    public static func keepFreedMemory() -> Bool { applied }

    private static let applied: Bool = {
        #if canImport(Glibc)
        // mallopt is not in Swift's Glibc module; look it up by name (absent on other C libraries).
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3   // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        return mallopt(trimThreshold, 512 << 20) == 1 && mallopt(mmapThreshold, 32 << 20) == 1
        #else
        return false
        #endif
    }()
}
