/// The Parse stage: a loaded note in, its document out.
///
/// The steps run top to bottom: remove comments and take out footnote definitions (line numbers kept),
/// shield the spans cmark must not touch, parse with cmark (nesting capped, see `TreeBuilder`), put the
/// shielded spans back as nodes, then apply weave's extensions to the note and its footnotes.
public enum NoteParser {
    /// - Parameter dialect: where Typora and CommonMark read Markdown differently, which to follow.
    public static func parse(_ source: SourceFile, dialect: SiteSettings.Dialect = SiteSettings.Dialect()) -> Note {
        let file = source.displayPath
        let comments = Comments.strip(source.body, firstLine: source.bodyFirstLine)
        let footnotes = FootnoteDefinitions.extract(comments.text, firstLine: source.bodyFirstLine)
        var diagnostics = comments.problems.map { Diagnostic(.warning, file: file, line: $0.line, $0.message) }
        var flattened: [Int] = []

        var blocks = markdownBlocks(footnotes.body, firstLine: source.bodyFirstLine, file: file, dialect: dialect,
                                    diagnostics: &diagnostics, flattened: &flattened)
        if let first = footnotes.definitions.first {
            let notes = footnotes.definitions.map { definition in
                Footnote(label: definition.label, number: 0,
                         blocks: markdownBlocks(definition.text, firstLine: definition.line, file: file, dialect: dialect,
                                                diagnostics: &diagnostics, flattened: &flattened),
                         references: 0, line: definition.line)
            }
            blocks.append(.footnotes(notes, line: first.line))
        }
        for step in [Callouts.apply, DelimitedSpans.apply, TaskLists.apply] { blocks = step(blocks) }
        blocks = Footnotes.apply(blocks, file: file, diagnostics: &diagnostics)
        for step in [Autolinks.apply, Tags.apply, HeadingIDs.apply] { blocks = step(blocks) }
        blocks = Cells.apply(blocks, file: file, diagnostics: &diagnostics)
        blocks = FormulaChecks.apply(blocks, file: file, diagnostics: &diagnostics)
        if let line = flattened.min() {
            diagnostics.append(Diagnostic(.warning, file: file, line: line,
                "nesting deeper than \(TreeBuilder.maxDepth) levels (quotes, lists, emphasis, links) is flattened"))
        }

        return Note(source: source, blocks: blocks, title: title(source, blocks), diagnostics: diagnostics)
    }

    /// Markdown text whose first line is line `firstLine` of the note, as blocks before the extensions.
    static func markdownBlocks(_ text: String, firstLine: Int, file: String, dialect: SiteSettings.Dialect,
                               diagnostics: inout [Diagnostic], flattened: inout [Int]) -> [Block] {
        let shielded = Shielder.shield(text, firstLine: firstLine)
        diagnostics += shielded.problems.map { Diagnostic(.error, file: file, line: $0.line, $0.message) }
        diagnostics += shielded.warnings.map { Diagnostic(.warning, file: file, line: $0.line, $0.message) }
        let conversion = CommonMarkConverter.blocks(shielded.markdown, indentedCode: dialect.indentedCode, lineOf: shielded.noteLine)
        var expander = PlaceholderExpander(shielded: shielded)
        let blocks = expander.expand(conversion.content)
        flattened += [shielded.flattenedLine, conversion.flattenedLine, expander.flattenedLine].compactMap { $0 }
        return blocks
    }

    /// The front-matter title, else the first heading's text, else the file name without extension.
    static func title(_ source: SourceFile, _ blocks: [Block]) -> String {
        if let title = source.frontMatter.title, !title.isEmpty { return title }
        for block in blocks {
            if case .heading(_, let inlines, _, _) = block { return inlines.plainText }
        }
        let name = source.relativePath.split(separator: "/").last.map(String.init) ?? source.relativePath
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
