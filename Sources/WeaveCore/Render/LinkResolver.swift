import Foundation

/// Resolves wiki links, embeds and relative images across the notes folder, and never outside it.
public final class LinkResolver: Sendable {
    /// A page that links can point at.
    public struct Page: Sendable {
        public var relativePath: String
        public var title: String
        public var url: String
    }

    let root: URL
    private let pagesByKey: [String: Page]
    /// Files in the notes folder by lower-cased file name (Obsidian finds embeds by name).
    private let filesByName: [String: String]
    /// Every file of the notes folder that is not a note, as sorted notes-relative paths.
    let otherFiles: [String]

    public init(root: URL, notes: [Note]) {
        self.root = root
        var pages: [String: Page] = [:]
        for note in notes {
            let path = note.source.relativePath
            let page = Page(relativePath: path, title: note.title, url: LinkResolver.pageURL(path))
            let stem = String(path.dropLast(path.hasSuffix(".md") ? 3 : 0))
            for key in [stem, String(stem.split(separator: "/").last ?? ""), note.title] {
                pages[key.lowercased()] = pages[key.lowercased()] ?? page
            }
        }
        pagesByKey = pages
        var files: [String: String] = [:]
        var others: [String] = []
        if let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) {
            for case let url as URL in enumerator where url.pathExtension.lowercased() != "md" {
                let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
                others.append(relative)
                files[url.lastPathComponent.lowercased()] = files[url.lastPathComponent.lowercased()] ?? relative
            }
        }
        filesByName = files
        otherFiles = others.sorted()
    }

    /// The site URL of a note's page, relative to the site root.
    public static func pageURL(_ relativePath: String) -> String { PageNames.url(relativePath) }

    /// The page a wiki link target names (file name, path without `.md`, or title), if any.
    func page(_ target: String) -> Page? {
        var key = target.trimmingCharacters(in: .whitespaces)
        if key.hasSuffix(".md") { key.removeLast(3) }
        return pagesByKey[key.lowercased()]
    }

    /// The result of resolving a file reference.
    enum FileResolution: Equatable {
        case found(String)
        case outside
        case missing
    }

    /// Resolves a file named by an embed or image, relative to the note's folder or by name; refuses
    /// anything that would leave the notes folder.
    func file(_ reference: String, from notePath: String) -> FileResolution {
        let decoded = reference.removingPercentEncoding ?? reference
        if decoded.hasPrefix("/") || decoded.contains("\0") { return .outside }
        let noteFolder = (notePath as NSString).deletingLastPathComponent
        let candidate = URL(fileURLWithPath: noteFolder.isEmpty ? decoded : "\(noteFolder)/\(decoded)", relativeTo: root)
            .standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        if !candidate.path.hasPrefix(rootPath + "/") { return .outside }
        let relative = String(candidate.path.dropFirst(rootPath.count + 1))
        if FileManager.default.fileExists(atPath: candidate.path) { return .found(relative) }
        if !decoded.contains("/"), let byName = filesByName[decoded.lowercased()] { return .found(byName) }
        return .missing
    }
}
