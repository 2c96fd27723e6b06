import Foundation
import Yams

/// The course's settings, from `weave.yml` in the notes folder: what the site says about itself, which
/// files are not pages, the Markdown dialect, and the author's KaTeX macros. A note's front matter wins
/// for that note.
///
///     title: 神经网络
///     description: 深度学习课程笔记
///     author: 张三
///     language: zh-CN          # the pages' lang and the few words weave writes (zh… or English)
///     base_url: https://example.github.io/course/
///     repository: https://github.com/example/course
///     edit_uri: edit/main/notes/  # after `repository`, before a note's path: its "edit this page" link
///     footer: © 2026 张三
///     exclude: [drafts/*, "*.private.md"]
///     markdown:
///       indented_code: false   # true: CommonMark's indented code blocks (Typora has none)
///       line_breaks: false     # true: every line break in a paragraph is a <br> (Obsidian's setting)
///     katex_macros:
///       \R: \mathbb{R}
///     equation_numbering: true   # number every display formula (Typora's "auto numbering math")
///     image_captions: true       # an image alone in its paragraph is a numbered figure, its alt text the caption
///     cache: .cache              # the cache folder, relative to the notes folder (default: beside it)
public struct SiteSettings: Equatable, Sendable {
    /// The settings file's name, in the notes folder.
    public static let fileName = "weave.yml"

    /// Switches between Typora's reading of Markdown (the default) and CommonMark's.
    public struct Dialect: Equatable, Sendable {
        /// Lines indented by four spaces or a tab are code (CommonMark) instead of a paragraph (Typora).
        public var indentedCode = false
        /// A line break inside a paragraph is a `<br>` (Obsidian's "strict line breaks" off).
        public var lineBreaks = false
        public init() {}

        /// These switches with the ones `choice` makes.
        public func applying(_ choice: DialectChoice) -> Dialect {
            var dialect = self
            if let flag = choice.indentedCode { dialect.indentedCode = flag }
            if let flag = choice.lineBreaks { dialect.lineBreaks = flag }
            return dialect
        }
    }

    /// Some of the dialect switches, as a settings file or a note's front matter gives them.
    public struct DialectChoice: Equatable, Sendable {
        public var indentedCode: Bool?
        public var lineBreaks: Bool?
        public init() {}

        /// Reads `markdown:`'s mapping (`indented_code: true`…); unknown keys and values that are not
        /// true or false are errors at their line (the YAML's line plus `lineOffset`).
        static func parse(_ node: Node, file: String, line: Int, lineOffset: Int = 0) throws(Diagnostic) -> DialectChoice {
            guard let mapping = node.mapping else {
                throw Diagnostic(.error, file: file, line: line, "`markdown` must be a mapping, e.g. `indented_code: true`")
            }
            var choice = DialectChoice()
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                let line = keyNode.mark.map { lineOffset + $0.line } ?? line
                guard let flag = value.bool else {
                    throw Diagnostic(.error, file: file, line: line, "`markdown.\(key)` must be true or false")
                }
                switch key {
                case "indented_code": choice.indentedCode = flag
                case "line_breaks": choice.lineBreaks = flag
                default: throw Diagnostic(.error, file: file, line: line, "unknown setting `markdown.\(key)`; known: indented_code, line_breaks")
                }
            }
            return choice
        }
    }

    public var title: String?
    public var description: String?
    public var author: String?
    public var language = "zh-CN"
    public var baseURL: String?
    public var repository: String?
    /// What leads from `repository` to a note's edit page, before the note's path in the notes folder
    /// (MkDocs' `edit_uri`); an absolute URL stands alone. Default: `edit/main/` and the notes folder's
    /// path in its git repository.
    public var editURI: String?
    public var footer: String?
    /// Glob patterns of notes that are not pages: with a `/`, matched against the notes-relative path
    /// (`*` crosses folders: `drafts/*` is everything under drafts); without, against file names anywhere.
    public var exclude: [String] = []
    public var dialect = Dialect()
    public var katexMacros: [String: String] = [:]
    /// Where the caches go, relative to the notes folder (default: `CacheLocation`'s, beside it).
    public var cache: String?
    /// Every display formula gets a number, not only those with a `\label` (`\notag` opts one out).
    public var equationNumbering = false
    /// An image alone in its paragraph, with alt text, is a numbered figure captioned by that text.
    public var imageCaptions = false

    public init() {}

    /// What of the settings changes a page's body (not its layout): the dialect switches, the macros, the
    /// numbering of equations and figures, and the language of "图 3".
    var renderingFingerprint: String {
        var h = Hasher64()
        h.combine("\(dialect.indentedCode) \(dialect.lineBreaks) \(equationNumbering) \(imageCaptions) \(isChinese)")
        for (name, body) in katexMacros.sorted(by: { $0.key < $1.key }) { h.combine(name); h.combine(body) }
        return h.hex
    }

    /// Whether the pages are in Chinese (weave's own words on them follow).
    public var isChinese: Bool { language.lowercased().hasPrefix("zh") }

    /// The settings of the notes folder `root`; the defaults when it has no settings file.
    public static func load(notesRoot root: URL) throws(Diagnostic) -> SiteSettings {
        let url = root.appendingPathComponent(fileName)
        let display = url.path
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteSettings() }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw Diagnostic(.error, file: display, "cannot read the settings: \(ErrorDescription.words(error))")
        }
        return try parse(text, file: display)
    }

    /// Parses the settings' YAML; unknown keys and values of the wrong type are errors at their line.
    public static func parse(_ yaml: String, file: String) throws(Diagnostic) -> SiteSettings {
        var settings = SiteSettings()
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw Diagnostic(.error, file: file, "the settings are not valid YAML: \(error)")
        }
        guard let node else { return settings }
        guard let mapping = node.mapping else { throw Diagnostic(.error, file: file, line: 1, "the settings must be a mapping of keys to values") }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 1
            func text() throws(Diagnostic) -> String {
                guard value.scalar != nil, let s = value.string else {
                    throw Diagnostic(.error, file: file, line: line, "`\(key)` must be a text")
                }
                return s
            }
            switch key {
            case "title": settings.title = try text()
            case "description": settings.description = try text()
            case "author": settings.author = try text()
            case "language": settings.language = try text()
            case "base_url":
                let url = try text()
                guard let scheme = Href.scheme(url), scheme == "http" || scheme == "https" else {
                    throw Diagnostic(.error, file: file, line: line, "`base_url` must be the site's address starting with https:// (or http://), e.g. https://example.github.io/course/")
                }
                settings.baseURL = url.hasSuffix("/") ? url : url + "/"
            case "repository": settings.repository = try text()
            case "edit_uri": settings.editURI = try text()
            case "footer": settings.footer = try text()
            case "exclude":
                guard let list = value.sequence, list.allSatisfy({ $0.scalar != nil }) else {
                    throw Diagnostic(.error, file: file, line: line, "`exclude` must be a list of patterns, e.g. [drafts/*]")
                }
                settings.exclude = list.compactMap(\.string)
            case "cache":
                let path = try text()
                guard !path.trimmingCharacters(in: .whitespaces).isEmpty, path != ".", path != "./" else {
                    throw Diagnostic(.error, file: file, line: line, "`cache` must name a folder of its own, e.g. .cache")
                }
                settings.cache = path
            case "equation_numbering": settings.equationNumbering = try flag(value, key, file: file, line: line)
            case "image_captions": settings.imageCaptions = try flag(value, key, file: file, line: line)
            case "markdown": settings.dialect = try dialect(value, file: file, line: line)
            case "katex_macros":
                guard let macros = value.mapping else {
                    throw Diagnostic(.error, file: file, line: line, "`katex_macros` must map macro names to their TeX, e.g. \\R: \\mathbb{R}")
                }
                for (name, body) in macros {
                    guard let name = name.string, name.hasPrefix("\\"), let body = body.string else {
                        throw Diagnostic(.error, file: file, line: name.mark?.line ?? line, "each KaTeX macro is `\\name: TeX`")
                    }
                    settings.katexMacros[name] = body
                }
            default:
                throw Diagnostic(.error, file: file, line: line, "unknown setting `\(key)`; known: \(known.joined(separator: ", "))")
            }
        }
        return settings
    }

    static let known = ["title", "description", "author", "language", "base_url", "repository", "edit_uri", "footer", "exclude", "markdown", "katex_macros", "equation_numbering", "image_captions", "cache"]

    private static func flag(_ node: Node, _ key: String, file: String, line: Int) throws(Diagnostic) -> Bool {
        guard let flag = node.bool else { throw Diagnostic(.error, file: file, line: line, "`\(key)` must be true or false") }
        return flag
    }

    private static func dialect(_ node: Node, file: String, line: Int) throws(Diagnostic) -> Dialect {
        Dialect().applying(try DialectChoice.parse(node, file: file, line: line))
    }

    /// The settings for one note: its front matter's `author`, `language` and `markdown` switches win over
    /// the course's.
    public func forNote(_ matter: FrontMatter) -> SiteSettings {
        var settings = self
        if let author = matter.author { settings.author = author }
        if let language = matter.language { settings.language = language }
        settings.dialect = dialect.applying(matter.markdown)
        return settings
    }

    /// Whether a notes-relative path matches one of the `exclude` patterns.
    public func excludes(_ relativePath: String) -> Bool {
        let name = (relativePath as NSString).lastPathComponent
        return exclude.contains { pattern in
            pattern.contains("/") ? fnmatch(pattern, relativePath, 0) == 0 : fnmatch(pattern, name, 0) == 0
        }
    }
}
