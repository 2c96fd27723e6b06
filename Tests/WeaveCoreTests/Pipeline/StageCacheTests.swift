import Foundation
import Testing
@testable import WeaveCore

/// The one cache every stage keeps its results in: content-addressed files, checksummed, pruned by one rule.
@Suite struct StageCacheTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-stage-cache-\(UUID().uuidString)")
    var cache: StageCache { StageCache(in: root, stage: "test", version: "v1") }

    func key(_ note: String, _ input: String) -> StageCache.Key { cache.key(owner: note) { $0.combine(input) } }
    func store(_ key: StageCache.Key, _ text: String) { cache.store(key) { $0.string(text) } }
    func load(_ key: StageCache.Key, in cache: StageCache? = nil) -> String? { (cache ?? self.cache).load(key) { $0.string() } }
    func files() -> Set<String> { Set((try? FileManager.default.contentsOfDirectory(atPath: cache.folder.path)) ?? []) }

    @Test func anEntryReadsBackUnderItsKeyOnly() {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(load(key("a.md", "x")) == nil)
        store(key("a.md", "x"), "损失 0.25")
        #expect(load(key("a.md", "x")) == "损失 0.25")
        #expect(load(key("a.md", "y")) == nil && load(key("b.md", "x")) == nil)
        #expect(cache.damage.takeNotes().isEmpty, "a missing entry is no damage")
        #expect(files() == [key("a.md", "x").description])
    }

    @Test func keysNameTheNoteAndHashTheVersionAndTheInput() {
        let k = key("a.md", "x")
        #expect(k.owner == Hasher64.hex("a.md") && k.description == "\(k.owner)-\(k.content)")
        #expect(key("b.md", "x").content != k.content, "the note is part of the input")
        #expect(key("a.md", "y").content != k.content)
        let newer = StageCache(in: root, stage: "test", version: "v2")
        #expect(newer.key(owner: "a.md") { $0.combine("x") } != k, "a new stage version never reads an old result")
    }

    /// Each byte flipped, each cut, 0xFFFFFFFF at each offset: never a trap, never a value, always noted.
    @Test func everyDamagedCopyOfAnEntryIsAMissNotedAsDamage() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let k = key("a.md", "x")
        store(k, "σ(0) = 1/2")
        let file = cache.file(k)
        let bytes = try Data(contentsOf: file)
        for (what, damaged) in DamagedBytes.variants(of: bytes) + [("a byte added", bytes + Data([0]))] {
            try damaged.write(to: file)
            let cache = cache
            #expect(load(k, in: cache) == nil, "\(what)")
            #expect(cache.damage.takeNotes() == ["\(file.path): note: \(CacheDamage.message)"], "\(what)")
        }
    }

    @Test func anEntryUnderAnotherKeysNameOrWithFieldsItsStageCannotReadIsDamage() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let a = key("a.md", "x"), b = key("a.md", "y")
        store(a, "a")
        try FileManager.default.copyItem(at: cache.file(a), to: cache.file(b))
        let cache = cache
        #expect(load(b, in: cache) == nil)
        #expect(cache.load(a) { $0.count() } == nil, "the stage reads a count where a string was written")
        #expect(cache.load(a) { _ in "ignored the fields" } == nil, "the stage left fields unread")
        #expect(cache.damage.takeNotes().count == 2)
        #expect(load(a) == "a")
    }

    /// Live entries stay; of each note still there the three most recently used others stay; the rest go.
    @Test func pruningKeepsLiveEntriesAndAFewRecentOnesPerNote() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let versions = (0...5).map { key("a.md", "v\($0)") }
        for (k, v) in versions.enumerated() {
            store(v, "a\(k)")
            try setLastUse(v, secondsAgo: 100 - Double(k))
        }
        store(key("gone.md", "x"), "gone")
        _ = load(versions[0])  // used now: the most recent of the earlier ones
        let live = key("b.md", "x")
        store(live, "b")
        let fm = FileManager.default
        try Data("half".utf8).write(to: cache.folder.appendingPathComponent(".tmp-1-2-old"))
        try fm.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -120)], ofItemAtPath: cache.folder.appendingPathComponent(".tmp-1-2-old").path)
        try Data("half".utf8).write(to: cache.folder.appendingPathComponent(".tmp-1-3-now"))

        cache.prune(keeping: [versions[5], live])
        #expect(files() == Set([versions[5], versions[0], versions[4], versions[3], live].map(\.description) + [".tmp-1-3-now"]),
                "a write of a build beside this one may still be under way")
        #expect(load(versions[0]) == "a0" && load(versions[5]) == "a5")
    }

    @Test func aMissingFolderPrunesNothingAndStoringMakesIt() {
        defer { try? FileManager.default.removeItem(at: root) }
        cache.prune(keeping: [])
        store(key("a.md", "x"), "a")
        #expect(files().count == 1)
    }

    private func setLastUse(_ key: StageCache.Key, secondsAgo: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)], ofItemAtPath: cache.file(key).path)
    }
}
