import Testing
@testable import WeaveCore

/// `PrintedText`: printed output as a terminal shows it, with no raw control character left for the page.
@Suite struct PrintedTextTests {
    @Test func ordinaryTextIsUnchanged() {
        let text = "loss 0.25\tacc 0.9\n第二行 ✓\n"
        #expect(PrintedText.visible(text) == text)
    }

    @Test func aProgressLineShowsItsLastState() {
        #expect(PrintedText.visible("epoch 1: 10%\repoch 1: 50%\repoch 1: 100%\ndone\n") == "epoch 1: 100%\ndone\n")
        #expect(PrintedText.visible("windows line\r\nnext\r\n") == "windows line\nnext\n")
    }

    @Test func coloursAreDroppedAndOtherControlsShownAsSwiftEscapes() {
        #expect(PrintedText.visible("\u{1B}[1;31mred\u{1B}[0m plain") == "red plain")
        #expect(PrintedText.visible("a\u{0}b\u{7}c\u{8}d\u{7F}e\u{1B}f") == #"a\u{0}b\u{7}c\u{8}d\u{7F}e\u{1B}f"#)
        #expect(PrintedText.visible("cut \u{1B}[12") == "cut ")
    }

    @Test func everyByteAProgramCanPrintLeavesNoRawControl() {
        let all = String(decoding: (0...255).map { UInt8($0) }, as: UTF8.self)
        let shown = PrintedText.visible(all)
        #expect(!shown.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0.value == 0x7F })
    }
}
