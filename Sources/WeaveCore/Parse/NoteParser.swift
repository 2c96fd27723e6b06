/// The Parse stage: a loaded note in, its document out.
///
/// The steps run top to bottom: shield the spans cmark must not touch, parse with cmark (nesting
/// capped, see `TreeBuilder`), put the shielded spans back as nodes, then apply weave's extensions.
public enum NoteParser {
    /// - Parameter dialect: where Typora and CommonMark read Markdown differently, which to follow.
    public static func parse(_ source: SourceFile, dialect: SiteSettings.Dialect = SiteSettings.Dialect()) -> Note {
        let file = source.displayPath
        let shielded = Shielder.shield(source.body, firstLine: source.bodyFirstLine)
        var diagnostics = shielded.problems.map { Diagnostic(.error, file: file, line: $0.line, $0.message) }
            + shielded.warnings.map { Diagnostic(.warning, file: file, line: $0.line, $0.message) }

        let conversion = CommonMarkConverter.blocks(shielded.markdown, indentedCode: dialect.indentedCode, lineOf: shielded.noteLine)
        var expander = PlaceholderExpander(shielded: shielded)
        var blocks = expander.expand(conversion.content)
        let steps: [([Block]) -> [Block]] = [Callouts.apply, DelimitedSpans.apply, Autolinks.apply, HeadingIDs.apply]
        for step in steps { blocks = step(blocks) }
        blocks = Cells.apply(blocks, file: file, diagnostics: &diagnostics)
        blocks = FormulaChecks.apply(blocks, file: file, diagnostics: &diagnostics)
        if let line = [shielded.flattenedLine, conversion.flattenedLine, expander.flattenedLine].compactMap({ $0 }).min() {
            diagnostics.append(Diagnostic(.warning, file: file, line: line,
                "nesting deeper than \(TreeBuilder.maxDepth) levels (quotes, lists, emphasis, links) is flattened"))
        }

        return Note(source: source, blocks: blocks, title: title(source, blocks), diagnostics: diagnostics)
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
