import Foundation

/// The one cache of the pipeline: a stage's results on disk, each in a file named by its key.
///
/// Every stage caches through it, in a folder of its own: Execute keeps a note's cell outcomes, Render a
/// page, and the formula store the formulas a page showed. A key is content-addressed: a hash of the
/// stage's version (`Stage.version`, which starts from `WeaveVersion`) and of everything the result was
/// computed from, prefixed by the hash of the note it belongs to (its owner), so that results of notes
/// that are gone can be told apart from earlier results of notes still there.
///
/// One file format: the magic line `weave-cache 1`, then one `BinaryWriter` record holding the key and
/// the stage's fields, length-checked and checksummed. A file that is cut short, too long, fails its
/// checksum, holds another key or fields its stage cannot read is a miss, noted in `damage`; it never
/// stops a build.
///
/// One pruning rule (`prune`): a stage's live entries stay, and so do the `earlierKept` most recently used
/// other entries of each note that is still there (so undoing an edit, or switching back to a branch,
/// finds its results); everything else goes.
public struct StageCache: Sendable {
    /// Where an entry is kept: its note's hash and its content hash.
    public struct Key: Hashable, Sendable, CustomStringConvertible {
        public let owner: String
        public let content: String

        public var description: String { "\(owner)-\(content)" }
    }

    /// The stage's folder.
    public let folder: URL
    /// The stage's version, mixed into every key.
    public let version: String
    /// The entries found damaged (each is a miss).
    public let damage = CacheDamage()

    /// Entries kept per note besides its live one.
    public static let earlierKept = 3

    /// - Parameters:
    ///   - courseCache: the course's cache folder (`CacheLocation`).
    ///   - stage: the stage's folder name in it.
    ///   - version: the stage's version.
    public init(in courseCache: URL, stage: String, version: String) {
        folder = courseCache.appendingPathComponent(stage, isDirectory: true)
        self.version = version
    }

    /// The key of the result for the note at `owner` (its path in the notes folder) computed from what
    /// `input` mixes in.
    public func key(owner: String, _ input: (inout Hasher64) -> Void) -> Key {
        var h = Hasher64()
        h.combine(version)
        h.combine(Self.magic)  // a new file format never finds the old one's files
        h.combine(owner)
        input(&h)
        return Key(owner: Hasher64.hex(owner), content: h.hex)
    }

    /// The entry under `key`, read by `read` from its fields; nil if there is none or it is damaged
    /// (then noted), including when `read` fails or leaves fields unread. A hit counts as a use for pruning.
    func load<Value>(_ key: Key, _ read: (inout BinaryReader) -> Value?) -> Value? {
        let file = file(key)
        // Read, not mapped: entries are small (a page is about a hundred kilobytes), mapping each costs more
        // system time than reading it, and a mapped file cut short by another program would be a SIGBUS.
        guard let data = try? Data(contentsOf: file) else { return nil }
        guard var reader = BinaryReader(data, magic: Data(Self.magic.utf8)), case .intact(var fields)? = reader.record(), reader.atEnd,
              fields.string() == key.description, let value = read(&fields), fields.atEnd else {
            damage.found(file)
            return nil
        }
        utimensat(AT_FDCWD, file.path, nil, 0)  // the file's time is its last use
        return value
    }

    /// Stores an entry under `key`, its fields written by `write`, replacing the file whole.
    /// - Parameter capacity: about how many bytes the fields take.
    func store(_ key: Key, capacity: Int = 0, _ write: (inout BinaryWriter) -> Void) {
        var out = BinaryWriter(magic: Data(Self.magic.utf8), capacity: capacity + 64)
        out.record {
            $0.string(key.description)
            write(&$0)
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? UnsyncedFile.replace(file(key), with: out.data)
    }

    /// Keeps the entries of `live` and, for each of their notes, the `earlierKept` most recently used
    /// other entries; removes the rest, and temporary files of writes cut short a minute or more ago.
    public func prune(keeping live: Set<Key>) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        let liveNames = Set(live.map(\.description))
        let liveOwners = Set(live.map(\.owner))
        var earlier: [Substring: [(name: String, used: Date)]] = [:]
        func lastUse(_ path: String) -> Date {
            (try? fm.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
        }
        for name in names where !liveNames.contains(name) {
            let path = folder.appendingPathComponent(name).path
            if name.hasPrefix(".tmp-") {
                // A build running beside this one may be writing it now.
                if lastUse(path).timeIntervalSinceNow < -60 { try? fm.removeItem(atPath: path) }
                continue
            }
            let owner = name.prefix { $0 != "-" }
            guard liveOwners.contains(String(owner)) else {
                try? fm.removeItem(atPath: path)
                continue
            }
            earlier[owner, default: []].append((name, lastUse(path)))
        }
        for entries in earlier.values {
            for old in entries.sorted(by: { ($0.used, $0.name) > ($1.used, $1.name) }).dropFirst(Self.earlierKept) {
                try? fm.removeItem(at: folder.appendingPathComponent(old.name))
            }
        }
    }

    /// The file of the entry under `key`.
    func file(_ key: Key) -> URL { folder.appendingPathComponent(key.description) }

    static let magic = "weave-cache 1\n"
}
