import Foundation

/// A note as read from disk: its path, its front matter, and its Markdown body.
public struct SourceFile: Sendable {
    /// The path shown in messages, relative to where weave was run (e.g. `notes/01-neurons.md`).
    public var displayPath: String
    /// The path relative to the notes folder, used for page names and links (e.g. `01-neurons.md`).
    public var relativePath: String
    public var frontMatter: FrontMatter
    /// The Markdown after the front matter.
    public var body: String
    /// The line of the file on which `body` starts (1-based).
    public var bodyFirstLine: Int
}
