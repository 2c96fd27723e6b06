import Foundation

/// Resolves wiki links, embeds and relative images across the notes folder, and never outside it.
///
/// Every file path is resolved with its symbolic links before it is used: a file may reach the site only
/// when it is a readable regular file that really lies inside the notes folder.
public final class LinkResolver: Sendable {
    /// A page that links can point at.
    public struct Page: Sendable {
        public var relativePath: String
        public var title: String
        /// The page's file in the site (not percent-encoded: use `LinkResolver.href` for links).
        public var url: String
        /// The anchors of the page's headings.
        public var headingIDs: Set<String> = []
        /// The page's labelled equations and figures (`[[note#eq:x]]` leads to them).
        public var labels: [String: ReferenceTarget] = [:]
    }

    let root: URL
    /// The notes folder with its symbolic links resolved; nil when it cannot be (then no file is found).
    private let realRoot: RealPath?
    private let pagesByKey: [String: Page]
    /// Pages by their notes-relative path, lower-cased (for Markdown links `[x](other.md)`).
    private let pagesByPath: [String: Page]
    /// Files in the notes folder by lower-cased file name (Obsidian finds embeds by name), each as found
    /// (its resolved notes-relative path) or refused (and why).
    private let filesByName: [String: FileResolution]
    /// Every file of the notes folder that may reach the site and is not a note, as sorted notes-relative
    /// paths (`link → target` for symbolic links), so that the page cache sees when one changes.
    let otherFiles: [String]

    /// The site files of the notes' pages in course order, the home page (index.md) left out.
    let notePageURLs: [String]

    /// - Parameter labels: each note's labels (by notes-relative path), for links to equations and figures.
    public init(root: URL, notes: [Note], labels: [String: [String: ReferenceTarget]] = [:]) {
        self.root = root
        var pages: [String: Page] = [:]
        var byPath: [String: Page] = [:]
        for note in notes {
            let path = note.source.relativePath
            let page = Page(relativePath: path, title: note.title, url: LinkResolver.pageURL(path), headingIDs: Set(note.headingIDs),
                            labels: labels[path] ?? [:])
            byPath[path.lowercased()] = page
            let stem = String(path.dropLast(path.hasSuffix(".md") ? 3 : 0))
            for key in [stem, String(stem.split(separator: "/").last ?? ""), note.title] {
                pages[key.lowercased()] = pages[key.lowercased()] ?? page
            }
        }
        pagesByKey = pages
        pagesByPath = byPath
        notePageURLs = notes.map(\.source.relativePath).filter { $0.lowercased() != "index.md" }.map(LinkResolver.pageURL)
        let realRoot = try? RealPath(root.path)
        self.realRoot = realRoot
        var files: [String: FileResolution] = [:]
        var others: [String] = []
        if let realRoot, let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil,
                                                                          options: [.skipsHiddenFiles]) {
            for case let url as URL in enumerator where url.pathExtension.lowercased() != "md" {
                guard let real = try? RealPath(url.path), real.kind != .folder else { continue }
                let resolution = Self.check(real, root: realRoot)
                if case .found(let target) = resolution {
                    let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
                    others.append(relative == target ? relative : "\(relative) → \(target)")
                }
                // The first file of a name wins, but a file that may reach the site beats one refused.
                let name = url.lastPathComponent.lowercased()
                switch (files[name], resolution) {
                case (nil, _), (.refused?, .found): files[name] = resolution
                default: break
                }
            }
        }
        filesByName = files
        otherFiles = others.sorted()
    }

    /// The site file of a note's page, relative to the site root (e.g. `sub/x.html`).
    public static func pageURL(_ relativePath: String) -> String { PageNames.url(relativePath) }

    /// The page of the note at `relativePath` (any case), if it is one of the course's notes.
    func page(atPath relativePath: String) -> Page? { pagesByPath[relativePath.lowercased()] }

    /// The page a wiki link target names (file name, path without `.md`, or title), if any.
    func page(_ target: String) -> Page? {
        var key = target.trimmingCharacters(in: .whitespaces)
        if key.hasSuffix(".md") { key.removeLast(3) }
        return pagesByKey[key.lowercased()]
    }

    /// The result of resolving a file reference.
    enum FileResolution: Equatable {
        /// A file that may go into the site, by its notes-relative path (symbolic links resolved).
        case found(String)
        /// A file that must not, and why ("it points outside the notes folder").
        case refused(String)
        case missing
    }

    static let outside = "it points outside the notes folder"

    /// Resolves a file named by an embed or image, relative to the note's folder or by name; refuses
    /// anything that leaves the notes folder, by its path or through a symbolic link.
    func file(_ reference: String, from notePath: String) -> FileResolution {
        let decoded = reference.removingPercentEncoding ?? reference
        var result = resolve(decoded, from: notePath)
        // An embed names the file as it is; a literal `%` in its name is not an escape.
        if result == .missing, decoded != reference { result = resolve(reference, from: notePath) }
        if result == .missing, !decoded.contains("/"), let byName = filesByName[decoded.lowercased()] { return byName }
        return result
    }

    private func resolve(_ path: String, from notePath: String) -> FileResolution {
        if path.hasPrefix("/") || path.contains("\0") || Self.leavesFolder(path, from: notePath) { return .refused(Self.outside) }
        guard let realRoot else { return .missing }
        let noteFolder = (notePath as NSString).deletingLastPathComponent
        let joined = root.path + "/" + (noteFolder.isEmpty ? path : "\(noteFolder)/\(path)")
        guard let real = try? RealPath(joined) else { return .missing }
        return Self.check(real, root: realRoot)
    }

    /// Whether a file may go into the site: a readable regular file inside the notes folder.
    private static func check(_ real: RealPath, root: RealPath) -> FileResolution {
        guard real.isInside(root) else { return .refused(outside) }
        switch real.kind {
        case .folder: return .refused("it is a folder, not a file")
        case .other: return .refused("it is not a regular file")
        case .file:
            guard access(real.path, R_OK) == 0 else { return .refused("cannot read it: \(ErrorDescription.words(errno: errno))") }
            return .found(real.relative(to: root))
        }
    }

    /// Whether a relative path, taken from the note's folder, climbs out of the notes folder (as a
    /// browser reads it: `\` separates too).
    static func leavesFolder(_ path: String, from notePath: String) -> Bool {
        var depth = notePath.split(separator: "/").count - 1
        for part in path.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return true }
        }
        return false
    }
}
