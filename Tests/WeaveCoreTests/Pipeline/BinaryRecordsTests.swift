import Foundation
import Testing
@testable import WeaveCore

@Suite struct BinaryRecordsTests {
    static let magic = Data("test 1\n".utf8)

    func file() -> Data {
        var out = BinaryWriter(magic: Self.magic)
        out.record { $0.string("一") }
        out.record {
            $0.byte(7)
            $0.bytes(Data([1, 2, 3]))
        }
        return out.data
    }

    @Test func recordsReadBackIntact() throws {
        var reader = try #require(BinaryReader(file(), magic: Self.magic))
        guard case .intact(var first)? = reader.record(), case .intact(var second)? = reader.record() else {
            Issue.record("records not intact")
            return
        }
        #expect(first.string() == "一" && first.atEnd)
        #expect(second.byte() == 7 && second.bytes() == Data([1, 2, 3]) && second.atEnd)
        #expect(reader.atEnd)
    }

    @Test func aFlippedByteInARecordIsDamageAndTheNextRecordStillReads() throws {
        var bytes = [UInt8](file())
        bytes[Self.magic.count + 4] ^= 0x01  // the first record's first field byte
        var reader = try #require(BinaryReader(Data(bytes), magic: Self.magic))
        guard case .damaged? = reader.record(), case .intact(var second)? = reader.record() else {
            Issue.record("expected a damaged record, then an intact one")
            return
        }
        #expect(second.byte() == 7)
    }

    @Test func aHugeLengthReadsAsTheEndNotATrap() throws {
        var bytes = [UInt8](file())
        bytes.replaceSubrange(Self.magic.count..<Self.magic.count + 4, with: [0xFF, 0xFF, 0xFF, 0xFF])
        var reader = try #require(BinaryReader(Data(bytes), magic: Self.magic))
        let record = reader.record()
        #expect(record == nil)
        var fields = try #require(BinaryReader(Data(Self.magic + [0xFF, 0xFF, 0xFF, 0xFF, 1]), magic: Self.magic))
        let run = fields.bytes()
        #expect(run == nil)
    }
}
