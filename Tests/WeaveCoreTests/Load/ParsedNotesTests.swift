import Foundation
import Testing
@testable import WeaveCore

/// Notes parsed by an earlier build are read back instead of parsed again, unless what the parser reads changed.
@Suite struct ParsedNotesTests {
    func load(_ notes: TemporaryNotes) throws -> Course {
        let cache = notes.root.appendingPathComponent("cache")
        let course = try Course.load([notes.notes]) { _, _ in cache }
        LoadStage.keep(course) { _ in }
        return course
    }

    func write(_ notes: TemporaryNotes, _ name: String, _ text: String) throws {
        try text.write(to: URL(fileURLWithPath: notes.notes).appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func aSecondLoadParsesOnlyWhatChanged() throws {
        let notes = try TemporaryNotes([
            "a.md": "# 甲\n\n正文 $x$，[[b]]。\n\n```swift-nn\nprint(1)\n```\n\n> [!tip]- 提示\n> 内容\n",
            "b.md": "---\ntitle: 乙\n---\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n脚注[^1]。\n\n[^1]: 说明。\n",
        ])
        defer { notes.cleanUp() }
        let first = try load(notes)
        #expect(first.parsed?.parsedNow == ["a.md", "b.md"])
        let second = try load(notes)
        #expect(second.parsed?.parsedNow.isEmpty == true)
        for (a, b) in zip(first.notes, second.notes) {
            #expect(a.blocks == b.blocks && a.title == b.title && a.diagnostics == b.diagnostics)
        }
        try write(notes, "a.md", "# 甲\n\n改过的正文。\n")
        let third = try load(notes)
        #expect(third.parsed?.parsedNow == ["a.md"])
        #expect(third.notes[0].blocks == NoteParser.parse(third.notes[0].source).blocks)
    }

    @Test func aNewDialectOrTitleIsHonoured() throws {
        let notes = try TemporaryNotes(["a.md": "# 甲\n\n一行\n二行\n"])
        defer { notes.cleanUp() }
        _ = try load(notes)
        try write(notes, "a.md", "---\ntitle: 新题\nmarkdown: {line_breaks: true}\n---\n\n# 甲\n\n一行\n二行\n")
        let course = try load(notes)
        #expect(course.parsed?.parsedNow == ["a.md"])
        #expect(course.notes[0].title == "新题")
        // Only the title changes: the body, its first line and the dialect are what the parse depends on.
        try write(notes, "a.md", "---\ntitle: 又一题\nmarkdown: {line_breaks: true}\n---\n\n# 甲\n\n一行\n二行\n")
        let retitled = try load(notes)
        #expect(retitled.parsed?.parsedNow.isEmpty == true && retitled.notes[0].title == "又一题")
    }

    @Test func aDamagedEntryIsParsedAgainAndNoted() throws {
        let notes = try TemporaryNotes(["a.md": "# 甲\n\n正文。\n"])
        defer { notes.cleanUp() }
        let first = try load(notes)
        let parsed = try #require(first.parsed)
        let file = parsed.cache.file(try #require(parsed.keys["a.md"]))
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count - 12] ^= 0x01
        try bytes.write(to: file)
        let cache = notes.root.appendingPathComponent("cache")
        let course = try Course.load([notes.notes]) { _, _ in cache }
        #expect(course.parsed?.parsedNow == ["a.md"])
        let noted = LockedLines()
        LoadStage.keep(course) { if case .cacheNote(let line) = $0 { noted.append(line) } }
        #expect(noted.all == ["\(file.path): note: \(CacheDamage.message)"])
        #expect(try load(notes).parsed?.parsedNow.isEmpty == true, "mended")
    }
}
