import NN
import Testing

/// The engine tunes malloc only when a program asks it to, and then once.
@Suite struct HeapTuningTests {
    @Test func glibcTakesTheSettingsAndASecondCallChangesNothing() {
        #if canImport(Glibc)
        #expect(HeapTuning.apply())
        #expect(HeapTuning.apply())
        #endif
    }
}
