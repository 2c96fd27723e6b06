/// The Parse stage: a loaded note in, its document out.
///
/// The steps run top to bottom: shield the spans cmark must not touch, parse with cmark, put the
/// shielded spans back as nodes, then apply weave's extensions on the tree.
public enum NoteParser {
    public static func parse(_ source: SourceFile) -> Note {
        let file = source.displayPath
        let shielded = Shielder.shield(source.body, firstLine: source.bodyFirstLine)
        var diagnostics = shielded.problems.map { Diagnostic(.error, file: file, line: $0.line, $0.message) }

        let steps: [([Block]) -> [Block]] = [
            PlaceholderExpander(shielded: shielded).expand,
            Callouts.apply,
            DelimitedSpans.apply,
            Autolinks.apply,
            HeadingIDs.apply,
        ]
        var blocks = CommonMarkConverter.blocks(shielded.markdown, lineOf: shielded.noteLine)
        for step in steps { blocks = step(blocks) }
        blocks = Cells.apply(blocks, file: file, diagnostics: &diagnostics)
        blocks = FormulaChecks.apply(blocks, file: file, diagnostics: &diagnostics)

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
