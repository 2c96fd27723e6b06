import Foundation
import Testing
@testable import WeaveCore

/// The document model as the Load stage's cache keeps it: every kind of node comes back equal, real notes
/// come back equal, and damaged or forged bytes are refused without a crash.
@Suite struct BlockBinaryTests {
    static let packageRoot = DocumentationExamplesTests.packageRoot

    func roundTrip(_ blocks: [Block]) -> [Block]? {
        var out = BinaryWriter(magic: Data())
        Block.write(blocks, to: &out)
        var reader = BinaryReader(out.data, magic: Data())!
        let read = Block.readList(&reader)
        return reader.atEnd ? read : nil
    }

    @Test func everyKindOfNodeComesBack() {
        var blocks = EverythingDocument.blocks
        // The values the everything document leaves at their defaults.
        var options = Cell.Options()
        (options.hide, options.fails) = (true, true)
        blocks += [
            .cell(Cell(index: 3, code: "checkFormula()", options: options, line: 9, formula: "x^2")),
            .callout(kind: "tip", title: [], fold: .collapsed, [], line: 2), .callout(kind: "tip", title: [], fold: .expanded, [], line: 3),
            .list(ordered: true, start: 7, tight: false, items: [[], [EverythingDocument.paragraph("x")]], line: 4),
            .table(Table(alignments: [.left, .center, .right, .none], header: [], rows: [[], [[]]]), line: 5),
            .paragraph([.wikiLink(target: "a", heading: "标题", label: "标签", line: 6), .checkbox(checked: false),
                        .math(tex: "\\sum", display: true, line: 6)], line: 6),
        ]
        #expect(roundTrip(blocks) == blocks)
    }

    @Test func theCourseAndTheGoldenNoteComeBack() throws {
        var notes = try Course.load([Self.packageRoot.appendingPathComponent("notes").path]).notes
        let golden = Self.packageRoot.appendingPathComponent("Tests/WeaveCoreTests/Render/Golden/everything.md")
        notes.append(NoteParser.parse(try NoteLoader.load(try Data(contentsOf: golden), displayPath: "everything.md", relativePath: "everything.md")))
        #expect(notes.count > 5)
        for note in notes {
            #expect(roundTrip(note.blocks) == note.blocks, "\(note.source.relativePath)")
        }
    }

    /// Each byte flipped, each cut, 0xFFFFFFFF at each offset: never a crash (the stage cache's checksum
    /// is what tells a changed value; here only that reading stays safe).
    @Test func damagedBytesNeverCrash() {
        var out = BinaryWriter(magic: Data())
        Block.write(Array(EverythingDocument.blocks.prefix(6)), to: &out)
        for (_, damaged) in DamagedBytes.variants(of: out.data) {
            var reader = BinaryReader(damaged, magic: Data())!
            _ = Block.readList(&reader)
        }
    }

    @Test func aForgedTreeTooDeepIsRefused() {
        var out = BinaryWriter(magic: Data())
        let depth = 20_000
        for _ in 0..<depth {
            out.count(1)
            out.byte(5)  // a quote, holding …
        }
        out.count(0)
        for _ in 0..<depth { out.int(1) }
        var reader = BinaryReader(out.data, magic: Data())!
        #expect(Block.readList(&reader) == nil)
    }
}
