import Testing
@testable import WeaveCore

@Suite struct DataFilesTests {
    @Test func findsPlainStringLiteralsOnly() {
        let code = ##"""
        let a = load("data/train.csv")  // "not/a/comment.csv"
        let b = #"raw/file.txt"#
        let c = "skip/\(name).csv"
        let d = """
            multi.csv
            """
        /* "commented.csv" */
        print("inner \(open("nested.bin"))")
        """##
        #expect(DataFiles.stringLiterals(in: code) == ["data/train.csv", "raw/file.txt", "multi.csv", "nested.bin"])
    }
}
