// Swift 6 rejects any use of the C global `stdout`, as a `var` it cannot prove constant. Nothing in a note
// program assigns it and stdio locks each stream itself, so this file, which imports nothing else, takes
// the C library's declarations as they are.
#if canImport(Glibc)
@preconcurrency import Glibc
#else
@preconcurrency import Darwin
#endif

/// The program's standard output stream, which `print` writes to.
enum StandardOutput {
    /// Writes out what was printed and is still buffered.
    static func flush() { fflush(stdout) }

    /// Buffers by line, so that printed lines reach weave as they are printed.
    static func bufferLines() { setvbuf(stdout, nil, _IOLBF, 0) }
}
