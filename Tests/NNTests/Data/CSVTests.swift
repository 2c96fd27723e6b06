import Foundation
import Testing
@testable import NN

@Suite struct CSVTests {
    @Test func readsAHeaderAndAMatrix() throws {
        let table = try CSV.read(text: "x,y,label\n1,2.5,0\n-3,4e2,1\n", header: true)
        #expect(table.names == ["x", "y", "label"])
        #expect(table.values.shape == [2, 3])
        #expect(table.values.scalars == [1, 2.5, 0, -3, 400, 1])
        #expect(table.column("y")?.scalars == [2.5, 400])
        #expect(table.column("z") == nil)
    }

    @Test func handlesCRLFMissingFinalNewlineBlankLinesAndSpaces() throws {
        let crlf = try CSV.read(text: "a,b\r\n1, 2\r\n\r\n3 ,4", header: true)
        #expect(crlf.values.scalars == [1, 2, 3, 4])
        #expect(try CSV.read(text: "1;2\n3;4\n", delimiter: ";").values.shape == [2, 2])
        #expect(try CSV.read(text: "\u{FEFF}5,6\n").values.scalars == [5, 6])
    }

    @Test func handlesQuotedFields() throws {
        let table = try CSV.read(text: "\"width, cm\",\"say \"\"hi\"\"\",\"two\nlines\"\n\"1.5\",2,3\n", header: true)
        #expect(table.names == ["width, cm", "say \"hi\"", "two\nlines"])
        #expect(table.values.scalars == [1.5, 2, 3])
    }

    @Test func anEmptyFileGivesAnEmptyMatrix() throws {
        #expect(try CSV.read(text: "").values.shape == [0, 0])
        let headerOnly = try CSV.read(text: "a,b\n", header: true)
        #expect(headerOnly.values.shape == [0, 2] && headerOnly.names == ["a", "b"])
    }

    @Test func aRaggedRowNamesFileLineAndColumn() {
        #expect(throws: DataError(file: "pts.csv", line: 3, column: 5, "record has 3 fields but the header has 2")) {
            try CSV.read(text: "a,b\n1,2\n3,4,5\n", header: true, source: "pts.csv")
        }
        #expect(throws: DataError(file: "<string>", line: 2, column: 1, "record has 1 fields but the first record has 2")) {
            try CSV.read(text: "1,2\n3\n")
        }
    }

    @Test func aNonNumberNamesFileLineAndColumn() throws {
        let error = try #require(throws: DataError.self) {
            try CSV.read(text: "a,b\n1,2\n3,abc\n", header: true, source: "pts.csv")
        }
        #expect(error.description == "pts.csv:3:3: error: field 2 is not a number: \"abc\"")
        // Columns count characters, not bytes; a quoted field spanning lines reports where it starts.
        let wide = try #require(throws: DataError.self) { try CSV.read(text: "\"é\nx\",ü,q\n") }
        #expect((wide.line, wide.column) == (1, 1))
        let after = try #require(throws: DataError.self) { try CSV.read(text: "1,2\n\"é\",ü,q\n") }  // the extra field
        #expect((after.line, after.column) == (2, 7))                                               // (byte 9)
        let empty = try #require(throws: DataError.self) { try CSV.read(text: "1,,3\n") }
        #expect(empty.message.contains("field 2 is empty") && empty.column == 3)
        let header = try #require(throws: DataError.self) { try CSV.read(text: "x,y\n1,2\n") }
        #expect(header.message.contains("pass header: true"))
    }

    @Test func badQuotingIsReported() {
        #expect(throws: DataError.self) { try CSV.read(text: "\"open,1\n2,3\n") }
        let error = #expect(throws: DataError.self) { try CSV.read(text: "\"1\"x,2\n") }
        #expect(error?.column == 4)
    }

    @Test func readsAFileAndReportsAMissingOne() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("weave-csv-\(UInt64.random(in: 0...UInt64.max)).csv").path
        try "f1,f2,y\n0.5,1,2\n1.5,0,1\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let data = try CSV.read(file: path, header: true).dataset()
        #expect(data.features.scalars == [0.5, 1, 1.5, 0])
        #expect(data.labels == [2, 1])
        let missing = try #require(throws: DataError.self) { try CSV.read(file: path + ".nope") }
        #expect(missing.description.hasPrefix(path + ".nope: error: cannot read"))
    }

    @Test func nonIntegerLabelsAreRejectedWithTheirLine() throws {
        let table = try CSV.read(text: "1,0\n2,1.5\n", source: "l.csv")
        let error = try #require(throws: DataError.self) { try table.dataset(labelColumn: 1) }
        #expect(error.file == "l.csv" && error.line == 2)
        #expect(try table.dataset(labelColumn: 0).labels == [1, 2])
    }
}
