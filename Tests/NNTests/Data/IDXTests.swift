import Foundation
import Testing
@testable import NN

@Suite struct IDXTests {
    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("weave-idx-\(name)-\(UInt64.random(in: 0...UInt64.max))").path
    }

    @Test func readsHandWrittenMNISTStyleFiles() throws {
        // Two 2×3 unsigned-byte images (magic 0x00000803) and their labels (magic 0x00000801).
        let images: [UInt8] = [0, 0, 0x08, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3,
                               0, 1, 2, 3, 4, 255,  9, 8, 7, 6, 5, 128]
        let labels: [UInt8] = [0, 0, 0x08, 1, 0, 0, 0, 2, 7, 3]
        let imagePath = temporaryPath("images"), labelPath = temporaryPath("labels")
        try Data(images).write(to: URL(fileURLWithPath: imagePath))
        try Data(labels).write(to: URL(fileURLWithPath: labelPath))
        defer { for p in [imagePath, labelPath] { try? FileManager.default.removeItem(atPath: p) } }
        let x = try IDX.read(file: imagePath)
        #expect(x.shape == [2, 2, 3])
        #expect(x.scalars == [0, 1, 2, 3, 4, 255, 9, 8, 7, 6, 5, 128])
        #expect(try IDX.readLabels(file: labelPath) == [7, 3])
    }

    @Test func decodesEveryTypeBigEndian() throws {
        #expect(try IDX.decode([0, 0, 0x09, 1, 0, 0, 0, 2, 0xFF, 0x7F]).scalars == [-1, 127])
        #expect(try IDX.decode([0, 0, 0x0B, 1, 0, 0, 0, 2, 0x01, 0x02, 0xFF, 0xFE]).scalars == [258, -2])
        #expect(try IDX.decode([0, 0, 0x0C, 1, 0, 0, 0, 1, 0xFF, 0xFF, 0xFF, 0xFD]).scalars == [-3])
        #expect(try IDX.decode([0, 0, 0x0D, 1, 0, 0, 0, 1, 0x3F, 0xC0, 0, 0]).scalars == [1.5])
        #expect(try IDX.decode([0, 0, 0x0E, 1, 0, 0, 0, 1, 0xC0, 0x04, 0, 0, 0, 0, 0, 0]).scalars == [-2.5])
        #expect(try IDX.decode([0, 0, 0x08, 0, 42]).shape == [])                     // a scalar
    }

    @Test func writingAndReadingBackGivesTheSameTensor() throws {
        let x = Tensor(unchecked: [0, 1, -2, 300, 0.25, -1e6], [2, 3])
        for type in [IDX.ValueType.int32, .float32, .float64] {
            let path = temporaryPath("round")
            try IDX.write(x, to: path, as: type)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let back = try IDX.read(file: path)
            #expect(back.shape == [2, 3])
            #expect(back.scalars == (type == .int32 ? [0, 1, -2, 300, 0, -1e6] : x.scalars))
        }
        let bytes = IDX.encode(Tensor(unchecked: [1, 2, 3, 4], [1, 2, 2]))
        #expect(bytes == [0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 2, 1, 2, 3, 4])
    }

    @Test func wrongMagicTruncationAndExtraBytesAreClearErrors() throws {
        func message(_ bytes: [UInt8]) throws -> String {
            try #require(throws: DataError.self) { try IDX.decode(bytes, source: "f.idx") }.description
        }
        #expect(try message([0x1F, 0x8B, 0x08, 0x00]).contains("wrong magic number 0x1F8B0800"))
        #expect(try message([0x1F, 0x8B, 0x08, 0x00]).contains("gzipped"))
        #expect(try message([0, 0, 0x07, 1]).contains("unknown type code 0x07"))
        #expect(try message([0, 0]).contains("too short"))
        #expect(try message([0, 0, 8, 3, 0, 0, 0, 2, 0, 0]).contains("truncated header"))
        #expect(try message([0, 0, 8, 1, 0, 0, 0, 3, 1, 2]) ==
                "f.idx: error: IDX: truncated data: shape [3] of unsignedByte values needs 11 bytes, the file has 10")
        #expect(try message([0, 0, 0x0C, 1, 0, 0, 0, 1, 0, 0, 0]).contains("truncated data"))
        #expect(try message([0, 0, 8, 1, 0, 0, 0, 1, 1, 2]).contains("1 unexpected bytes"))
        let missing = try #require(throws: DataError.self) { try IDX.read(file: "/nonexistent/train-images") }
        #expect(missing.file == "/nonexistent/train-images")
    }

    @Test func aLabelFileMustBeOneDimensional() throws {
        let path = temporaryPath("labels2d")
        try IDX.write(Tensor.zeros([2, 2]), to: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: DataError.self) { try IDX.readLabels(file: path) }
    }
}
