import Foundation
import Testing
@testable import WeaveCore

/// Where a course's caches live: beside the notes folder whatever the working folder, or where `cache:`
/// says; only folders weave marked are ever removed.
@Suite struct CacheLocationTests {
    private let fm = FileManager.default

    @Test func theCacheLiesBesideTheNotesFolderNamedAfterIt() throws {
        let root = fm.temporaryDirectory.appendingPathComponent("weave-cacheloc-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        let notes = root.appendingPathComponent("course/notes")
        try fm.createDirectory(at: notes, withIntermediateDirectories: true)
        let real = notes.resolvingSymlinksInPath().deletingLastPathComponent()
        #expect(CacheLocation.folder(notesRoot: notes, settings: SiteSettings()).path == real.appendingPathComponent(".weave-cache/notes").path)
        // The same folder by another path (a link to it, a trailing `.`) has the same cache.
        try fm.createSymbolicLink(at: root.appendingPathComponent("link"), withDestinationURL: notes)
        #expect(CacheLocation.folder(notesRoot: root.appendingPathComponent("link"), settings: SiteSettings())
                == CacheLocation.folder(notesRoot: notes, settings: SiteSettings()))
        #expect(CacheLocation.folder(notesRoot: notes.appendingPathComponent("."), settings: SiteSettings())
                == CacheLocation.folder(notesRoot: notes, settings: SiteSettings()))
        var settings = SiteSettings()
        settings.cache = ".cache"
        #expect(CacheLocation.folder(notesRoot: notes, settings: settings).path == notes.resolvingSymlinksInPath().appendingPathComponent(".cache").path)
        settings.cache = "/var/tmp/weave-elsewhere"
        #expect(CacheLocation.folder(notesRoot: notes, settings: settings).path == "/var/tmp/weave-elsewhere")
    }

    @Test func aCacheFolderThatHoldsTheNotesOrForeignFilesIsRefusedAndOnlyMarkedFoldersAreRemoved() throws {
        let root = fm.temporaryDirectory.appendingPathComponent("weave-cacheloc-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes"), docs = root.appendingPathComponent("docs")
        try fm.createDirectory(at: notes, withIntermediateDirectories: true)
        try fm.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: docs.appendingPathComponent("a.txt"))
        for folder in [notes, root] {
            #expect(throws: Diagnostic.self) { try CacheLocation.prepare(folder, notesRoot: notes) }
        }
        #expect { try CacheLocation.prepare(docs, notesRoot: notes) } throws: {
            ($0 as? Diagnostic)?.message.contains("holds files weave did not write") == true
        }
        #expect { _ = try CacheLocation.remove(docs) } throws: { ($0 as? Diagnostic)?.message.contains("not a cache weave made") == true }
        #expect(fm.fileExists(atPath: docs.appendingPathComponent("a.txt").path))

        let cache = CacheLocation.folder(notesRoot: notes, settings: SiteSettings())
        try CacheLocation.prepare(cache, notesRoot: notes)
        #expect(CacheLocation.isCache(cache) && CacheLocation.isCache(cache.deletingLastPathComponent()))
        try CacheLocation.prepare(cache, notesRoot: notes)
        #expect(try CacheLocation.remove(cache).map(\.lastPathComponent) == ["notes", ".weave-cache"], "the emptied .weave-cache goes too")
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == ["docs", "notes"])
    }

    /// Files of weave's caches from before the stage cache are removed; the stage folders and the tag stay.
    @Test func theFormerLayoutIsCleanedAway() throws {
        let root = fm.temporaryDirectory.appendingPathComponent("weave-cacheloc-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes")
        let cache = root.appendingPathComponent(".weave-cache/notes")
        try fm.createDirectory(at: notes, withIntermediateDirectories: true)
        try CacheLocation.prepare(cache, notesRoot: notes)
        try fm.createDirectory(at: cache.appendingPathComponent("formulas"), withIntermediateDirectories: true)
        try fm.createDirectory(at: cache.appendingPathComponent("render"), withIntermediateDirectories: true)
        for name in ["0123456789abcdef-fedcba9876543210.json", "pages.pack", ".tmp-1-2-pages.pack", "formulas/x.formulas", "render/k"] {
            try Data("old".utf8).write(to: cache.appendingPathComponent(name))
        }
        try CacheLocation.prepare(cache, notesRoot: notes)
        #expect(Set(try fm.contentsOfDirectory(atPath: cache.path)) == [CacheLocation.tagName, "render"])
        #expect(fm.fileExists(atPath: cache.appendingPathComponent("render/k").path))
    }
}
