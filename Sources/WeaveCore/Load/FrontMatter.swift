import Foundation
import Yams

/// The YAML block at the top of a note: title, date, tags and the options weave reads.
public struct FrontMatter: Equatable, Sendable {
    public var title: String?
    /// What the page is about, for search engines and link previews (else its first paragraph).
    public var description: String?
    /// The date as written (e.g. `2025-02-20 16:00:00`); shown on the index and used for sorting.
    public var date: String?
    public var tags: [String] = []
    public var categories: [String] = []
    /// Position in the course; notes without one follow, ordered by file name.
    public var order: Int?
    /// Seconds a note's cells may run before they are stopped.
    public var timeout: Double?
    /// Resident bytes a note's program may use (`memory: 2GB`) before it is stopped.
    public var memory: Int?
    /// The settings a note may set for itself, over the course's `weave.yml`: the author, the page's
    /// language, and the Markdown dialect switches.
    public var author: String?
    public var language: String?
    public var markdown = SiteSettings.DialectChoice()

    public init() {}

    /// Parses the YAML text that starts at `firstLine` of `file`; a syntax error names its line.
    public static func parse(_ yaml: String, file: String, firstLine: Int) throws(Diagnostic) -> FrontMatter {
        var matter = FrontMatter()
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Diagnostic(.error, file: file, line: firstLine + yamlLine(error), "front matter is not valid YAML: \(yamlSummary(error))")
        } catch {
            throw Diagnostic(.error, file: file, line: firstLine, "front matter is not valid YAML: \(error)")
        }
        guard let node else { return matter }
        guard let mapping = node.mapping else {
            throw Diagnostic(.error, file: file, line: firstLine, "front matter must be a mapping of keys to values")
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let line = firstLine + (keyNode.mark?.line ?? 1) - 1
            switch key {
            case "title": matter.title = value.string
            case "description":
                guard value.scalar != nil, let text = value.string else {
                    throw Diagnostic(.error, file: file, line: line, "front matter `description` must be a text")
                }
                matter.description = text
            case "date": matter.date = value.string
            case "tags": matter.tags = strings(value)
            case "categories": matter.categories = strings(value)
            case "order":
                guard let n = value.int else {
                    throw Diagnostic(.error, file: file, line: line, "front matter `order` must be an integer, not `\(value.string ?? "?")`")
                }
                matter.order = n
            case "timeout":
                guard let t = value.float, t > 0 else {
                    throw Diagnostic(.error, file: file, line: line, "front matter `timeout` must be a positive number of seconds")
                }
                matter.timeout = t
            case "memory":
                guard let text = value.string, let bytes = RunLimits.parseSize(text) else {
                    throw Diagnostic(.error, file: file, line: line, "front matter `memory` must be a size such as `2GB` or `512MB` (at most 1 PB), not `\(value.string ?? "?")`")
                }
                matter.memory = bytes
            case "author", "language":
                guard value.scalar != nil, let text = value.string, !text.isEmpty else {
                    throw Diagnostic(.error, file: file, line: line, "front matter `\(key)` must be a text")
                }
                if key == "author" { matter.author = text } else { matter.language = text }
            case "markdown":
                matter.markdown = try SiteSettings.DialectChoice.parse(value, file: file, line: line, lineOffset: firstLine - 1)
            default: continue
            }
        }
        return matter
    }

    /// A list of strings from a sequence, or a single string / comma-separated string.
    private static func strings(_ node: Node) -> [String] {
        if let sequence = node.sequence { return sequence.compactMap(\.string) }
        guard let s = node.string, !s.isEmpty else { return [] }
        return s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func yamlLine(_ error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line - 1
        default: return 0
        }
    }

    private static func yamlSummary(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default: return "\(error)"
        }
    }
}
