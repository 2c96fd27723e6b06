import CellProtocol
import Testing

@Suite struct EventFrameTests {
    @Test func framesSurviveAnySplitOfTheStream() {
        let frames = [EventFrame(flags: 1, payload: Array("{\"kind\":\"begin\"}".utf8)),
                      EventFrame(flags: 0, payload: []),
                      EventFrame(flags: 3, payload: Array(repeating: 0x1E, count: 70_000))]
        let stream = frames.flatMap(\.bytes)
        for chunk in [1, 2, 5, 4096, stream.count] {
            var reader = EventFrameReader()
            var read: [EventFrame] = []
            var offset = 0
            while offset < stream.count {
                reader.append(stream[offset..<min(offset + chunk, stream.count)])
                offset += chunk
                while let frame = reader.next() { read.append(frame) }
            }
            #expect(read == frames, "chunk \(chunk)")
            #expect(reader.pendingByteCount == 0)
        }
    }

    @Test func aLengthOverTheMaximumBreaksTheReaderWithoutAllocating() {
        var reader = EventFrameReader()
        reader.append([0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x41])
        #expect(reader.next() == nil)
        #expect(reader.isBroken)
        reader.append(EventFrame(flags: 0, payload: [1]).bytes)
        #expect(reader.next() == nil)
    }

    @Test func eventsThatCarryOutputWaitForAReceiptAndStatementsDoNot() {
        #expect(EventFrame(CellEvent.check(.init(passed: true, text: "", line: 1, column: 1)), payload: []).flags & EventFrame.waitsForReceipt != 0)
        #expect(EventFrame(CellEvent.begin(cell: 0), payload: []).flags == EventFrame.waitsForReceipt | EventFrame.startsCell)
        #expect(EventFrame(CellEvent.statement(line: 3), payload: []).flags == 0)
    }
}
