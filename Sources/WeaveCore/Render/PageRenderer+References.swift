import Foundation

/// Numbered equations, figures with captions, and the references that lead to them: `\eqref{eq:x}` and
/// `\ref{…}` in prose or in a formula, `[[#eq:x]]` and `[[note#fig:loss]]` as wiki links. A label that names
/// nothing is a warning at its line.
extension PageRenderer.State {
    static let referenceCommands: Set<String> = ["eqref", "ref"]

    static func idAttribute(_ id: String?) -> String {
        id.map { " id=\"\(HTML.escape($0))\"" } ?? ""
    }

    // MARK: Equations

    /// A display formula, with its number when it has one (weave's goes to KaTeX as `\tag{n}`), and the
    /// anchor of its label.
    mutating func displayFormula(_ tex: String, line: Int) -> (html: String, id: String?) {
        let ordinal = displaysOnLine[line, default: 0]
        displaysOnLine[line] = ordinal + 1
        let equation = references.equations[NotePosition(line: line, ordinal: ordinal)]
        var source = numbersForReferences(in: tex, line: line)
        // The tag goes after the formula once it is in the shape KaTeX takes (a `\\` that ends the formula
        // would otherwise become an empty last line). The tag is part of the TeX, so a formula cached with
        // one number is never reused for another.
        if let number = equation?.assigned { source = MathTypesetter.prepareDisplay(source) + "\n\\tag{\(number)}" }
        return (typeset(source, display: true, line: line), equation?.id)
    }

    /// An inline formula; one that is only `\eqref{x}` or `\ref{x}` becomes a link to what it names.
    mutating func inlineFormula(_ tex: String, line: Int) -> String {
        guard tex.contains("ref") else { return typeset(tex, display: false, line: line) }
        let trimmed = tex.trimmingCharacters(in: .whitespacesAndNewlines)
        let commands = TeXCommands.find(trimmed, names: Self.referenceCommands).filter { $0.argument != nil }
        if commands.count == 1, commands[0].range == 0..<trimmed.utf8.count {
            return referenceLink(commands[0], line: line)
        }
        return typeset(numbersForReferences(in: tex, line: line), display: false, line: line)
    }

    /// The formula with each `\eqref{x}` and `\ref{x}` replaced by the number as text (KaTeX knows neither).
    mutating func numbersForReferences(in tex: String, line: Int) -> String {
        guard tex.contains("ref") else { return tex }
        let commands = TeXCommands.find(tex, names: Self.referenceCommands).filter { $0.argument != nil }
        return TeXCommands.replacing(commands, in: tex) { "\\text{\(referenceText($0, line: line).text)}" }
    }

    // MARK: References

    /// Prose with each `\eqref{x}` and `\ref{x}` (Typora and MathJax accept them outside `$…$` too) a link.
    mutating func prose(_ text: String) -> String {
        guard text.contains("ref") else { return HTML.escape(text) }
        let commands = TeXCommands.find(text, names: Self.referenceCommands, comments: false).filter { $0.argument?.isEmpty == false }
        guard !commands.isEmpty else { return HTML.escape(text) }
        let bytes = Array(text.utf8)
        var out = ""
        var last = 0
        for command in commands {
            out += HTML.escape(String(decoding: bytes[last..<command.range.lowerBound], as: UTF8.self))
            out += referenceLink(command, line: currentLine)
            last = command.range.upperBound
        }
        return out + HTML.escape(String(decoding: bytes[last...], as: UTF8.self))
    }

    /// `\eqref{x}` as "(3)" and `\ref{x}` as "3", linked to the equation or figure.
    mutating func referenceLink(_ command: TeXCommands.Command, line: Int) -> String {
        let (text, target) = referenceText(command, line: line)
        guard let target else { return "<span class=\"broken-link\">\(HTML.escape(text))</span>" }
        return "<a class=\"ref\" href=\"#\(HTML.escape(Href.path(target.id)))\">\(HTML.escape(text))</a>"
    }

    /// What a reference writes, and what it names; "(?)" or "?" and a warning when its label names nothing
    /// numbered.
    mutating func referenceText(_ command: TeXCommands.Command, line: Int) -> (text: String, target: ReferenceTarget?) {
        let label = command.argument ?? ""
        let eqref = command.name == "eqref"
        let unknown = eqref ? "(?)" : "?"
        guard let target = references.labels[label] else {
            warn(line, "unknown label `\(label)` in \\\(command.name){\(label)}: no equation or figure of this note has that label")
            return (unknown, nil)
        }
        guard let text = eqref ? target.eqrefText : target.number else {
            warn(line, "\\\(command.name){\(label)} refers to an equation without a number (it says \\notag or \\nonumber)")
            return (unknown, target)
        }
        return (text, target)
    }

    /// `[[#eq:x]]` or `[[note#fig:loss]]`: a link to a labelled equation or figure, named "式 (3)" or "图 2"
    /// (after the other note's title, "损失函数 › 式 (3)") unless the link has text of its own. nil when the part after `#` is no label (then it is a heading),
    /// or the note does not exist (the wiki link reports that).
    mutating func labelLink(_ target: String, label: String, text: String?, line: Int) -> String? {
        let page = target.isEmpty ? nil : links.page(target)
        if !target.isEmpty && page == nil { return nil }
        guard let found = target.isEmpty ? references.labels[label] : page?.labels[label] else {
            guard label.hasPrefix("eq:") || label.hasPrefix("fig:") else { return nil }
            let owner = page.map { "\($0.relativePath) has" } ?? "this note has"
            warn(line, "unknown label `\(label)` in [[\(target)#\(label)]]: \(owner) no equation or figure with that label")
            return "<span class=\"broken-link\">\(HTML.escape(text ?? label))</span>"
        }
        let name = text ?? (page.map { "\($0.title) › " } ?? "") + found.name(numbering)
        let href = (page.map { rootPrefix + Href.path($0.url) } ?? "") + "#" + Href.path(found.id)
        return "<a class=\"ref\" href=\"\(HTML.escape(href))\">\(HTML.escape(name))</a>"
    }

    // MARK: Figures

    /// A figure: its content, then "图 3" and the caption (already HTML).
    mutating func figure(_ content: String, caption: String, at position: NotePosition) -> String {
        let figure = references.figures[position]
        let number = figure.map { "<span class=\"figure-number\">\(HTML.escape(numbering.figure(String($0.number))))</span> " } ?? ""
        return "<figure class=\"figure\"\(Self.idAttribute(figure?.id))>\n\(content)<figcaption>\(number)\(caption)</figcaption>\n</figure>\n"
    }

    /// A caption as HTML: text, with `$…$` typeset and references linked.
    mutating func captionHTML(_ caption: String, line: Int) -> String {
        var out = ""
        var rest = Substring(caption)
        while let open = rest.firstIndex(of: "$"), let close = rest[rest.index(after: open)...].firstIndex(of: "$") {
            out += prose(String(rest[..<open]))
            out += inlineFormula(String(rest[rest.index(after: open)..<close]), line: line)
            rest = rest[rest.index(after: close)...]
        }
        return out + prose(String(rest))
    }

    /// An image alone in its paragraph, as a numbered figure captioned by its alt text (`image_captions`).
    mutating func imageFigure(_ found: (source: String, title: String, alt: String), line: Int) -> String {
        let img = image(found.source, alt: found.alt, title: found.title, line: line, isURL: true)
        return figure(img + "\n", caption: prose(found.alt), at: NotePosition(line: line, ordinal: 0))
    }
}
