#if canImport(Glibc)
import Glibc
#endif

/// Keeps freed tensor memory inside the process so the next step can reuse it.
///
/// A training step allocates and frees many buffers of the same large sizes. With glibc's default
/// settings, buffers over 128 KiB are mapped fresh from the kernel and the freed top of the heap is
/// handed back, so every step faults its pages in again and the kernel zeroes them: nn-bench's conv
/// step took 5.6 ms instead of 1.3 ms (330 000 page faults instead of 4 600). Like PyTorch's
/// caching allocators, `apply()` asks malloc to serve buffers up to 32 MiB from the heap and to keep up
/// to 512 MiB of freed heap.
///
/// This changes malloc for the whole process, so the engine leaves it to the program: weave's note
/// programs and nn-bench call `apply()` first; a program of your own that trains should too.
public enum HeapTuning {
    /// Tunes malloc for training, once; later calls do nothing. Whether the C library took the settings
    /// (glibc does; elsewhere nothing changes).
    @discardableResult
    public static func apply() -> Bool { applied }

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
