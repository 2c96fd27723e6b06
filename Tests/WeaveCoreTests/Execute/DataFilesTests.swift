import Foundation
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

    @Test func aLiteralThatNamesNoFileIsKeptOnlyWhenItReadsLikeAPath() {
        for path in ["loss.csv", "data/train", "/tmp/x", "weights.npz", "results/run-1/log.txt"] {
            #expect(DataFiles.looksLikePath(path), "\(path)")
        }
        for label in ["out_h1", "σ(0) = 1/2 holds", "loss", ".hidden", "v1.", "a.b c", "Epoch 3.", "3.14159265358979"] {
            #expect(!DataFiles.looksLikePath(label), "\(label)")
        }
    }

    @Test func theNotesDataFilesAreTheFilesItNamesAndPathsToCome() throws {
        let notes = try TemporaryNotes([
            "a.md": "```swift-nn\nlet t = try! String(contentsOfFile: \"README\", encoding: .utf8)\ncheck(1.0, equals: 1.0, \"out_h1\")\nprint(\"later.csv\", \"hello world\")\n```\n",
            "README": "x",
        ])
        defer { notes.cleanUp() }
        let note = try Course.load([notes.notes]).notes[0]
        let files = DataFiles.current(note).map { ($0.path as NSString).lastPathComponent }
        #expect(files == ["README", "later.csv"])
    }
}
