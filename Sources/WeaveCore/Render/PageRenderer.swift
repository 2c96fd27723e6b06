import Foundation

/// The Render stage: a note, its cell outcomes and a way to typeset math in, the page's HTML out.
public struct PageRenderer: Sendable {
    /// Typesets one formula: its TeX and whether it is display math.
    public typealias Typeset = (_ tex: String, _ display: Bool) -> MathResult

    let links: LinkResolver
    /// How Markdown is read where Typora and CommonMark differ (the site's `markdown` settings).
    var dialect: SiteSettings.Dialect
    /// How equations and figures are numbered, and the words for them.
    var numbering: NumberingStyle
    /// Rewrites a body for the print page, where all notes share one page.
    let printAnchors: PrintAnchors

    public init(links: LinkResolver, dialect: SiteSettings.Dialect = SiteSettings.Dialect(), numbering: NumberingStyle = NumberingStyle()) {
        self.links = links
        self.dialect = dialect
        self.numbering = numbering
        printAnchors = PrintAnchors(pageURLs: links.notePageURLs)
    }

    /// Renders with `math` typesetting every formula.
    public func render(_ note: Note, outcome: NoteOutcome?, math: MathTypesetter) -> RenderedPage {
        render(note, outcome: outcome) { math.render($0, display: $1) }
    }

    public func render(_ note: Note, outcome: NoteOutcome?, typeset: @escaping Typeset) -> RenderedPage {
        let references = NoteReferences(note, outcome: outcome, style: numbering)
        var state = State(note: note, outcome: outcome, math: typeset, links: links,
                          dialect: dialect.applying(note.source.frontMatter.markdown),
                          references: references, numbering: numbering)
        state.warnings = references.warnings
        var body = ""
        var titleEnd: Int?
        for block in note.blocks {
            body += state.block(block)
            // The site puts the page's date and tags under the title: after the first heading when it is
            // the title (a top-level `#` heading that says the same).
            if case .heading(1, _, _, _) = block, state.headings.count == 1, state.headings[0].text == note.title,
               titleEnd == nil {
                titleEnd = body.utf8.count
            }
        }
        // The home page (index.md) is the print page's opening, not a section of it.
        let path = note.source.relativePath
        let url = path.lowercased() == "index.md" ? "index.html" : LinkResolver.pageURL(path)
        return RenderedPage(note: note, body: body, headings: state.headings, warnings: state.warnings,
                            mathCount: state.mathCount, assets: state.assets.sorted(), titleEnd: titleEnd,
                            printEdits: printAnchors.edits(body, url: url), searchSections: SearchSections.of(note))
    }

    /// The walk over one note, collecting headings and warnings.
    struct State {
        let note: Note
        let outcome: NoteOutcome?
        let math: Typeset
        let links: LinkResolver
        let dialect: SiteSettings.Dialect
        /// The note's numbered equations and figures and their labels.
        let references: NoteReferences
        let numbering: NumberingStyle
        /// Display formulas rendered so far on each line (their place among the line's formulas).
        var displaysOnLine: [Int: Int] = [:]
        var headings: [RenderedPage.Heading] = []
        var warnings: [Diagnostic] = []
        var mathCount = 0
        var assets = Set<String>()
        /// The line of the block being rendered, for messages about inline content without its own line.
        var currentLine = 0

        init(note: Note, outcome: NoteOutcome?, math: @escaping Typeset, links: LinkResolver, dialect: SiteSettings.Dialect,
             references: NoteReferences, numbering: NumberingStyle) {
            self.note = note
            self.outcome = outcome
            self.math = math
            self.links = links
            self.dialect = dialect
            self.references = references
            self.numbering = numbering
        }

        var file: String { note.source.displayPath }
        /// From this page to the site root, e.g. `../` for a note in a subfolder.
        var rootPrefix: String { String(repeating: "../", count: note.source.relativePath.filter { $0 == "/" }.count) }

        mutating func warn(_ line: Int, _ message: String) {
            warnings.append(Diagnostic(.warning, file: file, line: line, message))
        }

        // MARK: Blocks

        mutating func blocks(_ blocks: [Block], tight: Bool = false) -> String {
            var out = ""
            for block in blocks { out += self.block(block, tight: tight) }
            return out
        }

        mutating func block(_ block: Block, tight: Bool = false) -> String {
            if let line = block.line { currentLine = line }
            switch block {
            case .paragraph(let content, let line):
                if numbering.imageCaptions, let image = NoteReferences.captionedImage(content) {
                    return imageFigure(image, line: line)
                }
                return tight ? inlines(content) + "\n" : "<p>\(inlines(content))</p>\n"
            case .heading(let level, let content, let id, _):
                headings.append(.init(level: level, text: content.plainText, id: id, html: contentsEntry(content)))
                return "<h\(level) id=\"\(HTML.escape(id))\">\(inlines(content))<a class=\"anchor\" href=\"#\(HTML.escape(id))\" aria-label=\"permalink\">#</a></h\(level)>\n"
            case .code(let language, let code, _):
                let lang = language.split(separator: " ").first.map(String.init) ?? ""
                let body = lang == "swift" ? SwiftHighlighter.html(code)
                    : CodeHighlighter.shared.html(code, language: lang.lowercased()) ?? HTML.escape(code)
                let cls = lang.isEmpty ? "" : " class=\"language-\(HTML.escape(lang))\""
                return "<pre class=\"code\"><code\(cls)>\(body)</code></pre>\n"
            case .cell(let cell):
                return self.cell(cell)
            case .displayMath(let tex, let line):
                let formula = displayFormula(tex, line: line)
                return "<div class=\"math-block\"\(Self.idAttribute(formula.id))>\(formula.html)</div>\n"
            case .quote(let inner, _):
                return "<blockquote>\n\(blocks(inner))</blockquote>\n"
            case .callout(let kind, let title, let fold, let inner, _):
                return callout(kind, title: title, fold: fold, inner)
            case .list(let ordered, let start, let tight, let items, _):
                let tag = ordered ? "ol" : "ul"
                let startAttribute = ordered && start != 1 ? " start=\"\(start)\"" : ""
                let tasks = items.map(Self.isTask)
                let listClass = tasks.contains(true) ? " class=\"contains-task-list\"" : ""
                var out = "<\(tag)\(listClass)\(startAttribute)>\n"
                for (item, task) in zip(items, tasks) {
                    out += "<li\(task ? " class=\"task-list-item\"" : "")>\(blocks(item, tight: tight))</li>\n"
                }
                return out + "</\(tag)>\n"
            case .table(let table, _):
                return self.table(table)
            case .html(let raw, _):
                return AuthorColors.rewrite(raw)
            case .thematicBreak:
                return "<hr>\n"
            case .footnotes(let notes, _):
                return footnotes(notes)
            }
        }

        /// A callout: an `<aside>`, or a `<details>` that folds when the author made it foldable. Its
        /// colour is its kind's (`hint` → `callout-tip`); its default title is the author's word.
        mutating func callout(_ kind: String, title: [Inline], fold: CalloutFold?, _ inner: [Block]) -> String {
            let heading = title.isEmpty ? HTML.escape(kind.prefix(1).uppercased() + kind.dropFirst()) : inlines(title)
            let classes = "callout callout-\(HTML.escape(CalloutKinds.kind(of: kind)))"
            guard let fold else {
                return "<aside class=\"\(classes)\"><div class=\"callout-title\">\(heading)</div>\n\(blocks(inner))</aside>\n"
            }
            let open = fold == .expanded ? " open" : ""
            return "<details class=\"\(classes)\"\(open)><summary class=\"callout-title\">\(heading)</summary>\n\(blocks(inner))</details>\n"
        }

        /// Whether a list item starts with a task checkbox.
        static func isTask(_ item: [Block]) -> Bool {
            if case .paragraph(let inlines, _)? = item.first, case .checkbox? = inlines.first { return true }
            return false
        }

        /// The footnotes at the end of the page, each with links back to its references.
        mutating func footnotes(_ notes: [Footnote]) -> String {
            var out = "<section class=\"footnotes\">\n<ol>\n"
            for note in notes {
                var back = ""
                for k in 1...max(note.references, 1) {
                    let id = k == 1 ? "fnref-\(note.number)" : "fnref-\(note.number)-\(k)"
                    back += " <a href=\"#\(id)\" class=\"footnote-back\" aria-label=\"back to reference \(note.number)\">↩\(k == 1 ? "" : "<sup>\(k)</sup>")</a>"
                }
                out += "<li id=\"fn-\(note.number)\">\n"
                if case .paragraph(let content, _)? = note.blocks.last {
                    out += blocks(Array(note.blocks.dropLast())) + "<p>\(inlines(content))\(back)</p>\n"
                } else {
                    out += blocks(note.blocks) + "<p>\(back.dropFirst())</p>\n"
                }
                out += "</li>\n"
            }
            return out + "</ol>\n</section>\n"
        }

        mutating func table(_ table: Table) -> String {
            func align(_ k: Int) -> String {
                switch k < table.alignments.count ? table.alignments[k] : .none {
                case .none: return ""
                case .left: return " style=\"text-align:left\""
                case .center: return " style=\"text-align:center\""
                case .right: return " style=\"text-align:right\""
                }
            }
            var out = "<div class=\"table-wrap\"><table>\n<thead><tr>"
            for (k, cell) in table.header.enumerated() { out += "<th\(align(k))>\(inlines(cell))</th>" }
            out += "</tr></thead>\n<tbody>\n"
            for row in table.rows {
                out += "<tr>"
                for (k, cell) in row.enumerated() { out += "<td\(align(k))>\(inlines(cell))</td>" }
                out += "</tr>\n"
            }
            return out + "</tbody></table></div>\n"
        }

        // MARK: Cells

        mutating func cell(_ cell: Cell) -> String {
            let result = outcome?.cells.first { $0.index == cell.index }
            let failed = result?.status == .failed
            let kind = cell.formula == nil ? "cell" : "cell formula-check"
            var out = "<div class=\"\(kind)\(failed ? " cell-failed" : "")\" id=\"cell-\(cell.index + 1)\">\n"
            if !cell.options.hide {
                out += "<pre class=\"code cell-code\"><code class=\"language-swift\">\(SwiftHighlighter.html(cell.code))</code></pre>\n"
            }
            guard let result else { return out + "</div>\n" }
            var outputs = ""
            var figures = 0
            for output in result.outputs {
                switch output {
                case .text(let text):
                    guard !cell.options.nooutput else { continue }
                    let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
                    if !trimmed.isEmpty { outputs += printed(trimmed) }
                case .display(let text, let html):
                    guard !cell.options.nooutput else { continue }
                    outputs += html.map { "<div class=\"display\">\($0)</div>\n" }
                        ?? printed(text)
                case .figure(let text, let html, let caption, _):
                    guard !cell.options.nooutput else { continue }
                    let content = html.map { "<div class=\"display\">\($0)</div>\n" } ?? printed(text)
                    outputs += figure(content, caption: captionHTML(caption, line: cell.line),
                                      at: NotePosition(line: cell.line, ordinal: figures))
                    figures += 1
                case .check(let passed, let text, let line, _):
                    outputs += "<div class=\"check \(passed ? "check-pass" : "check-fail")\" title=\"line \(line)\">"
                        + "<span class=\"mark\">\(passed ? "✓" : "✗")</span> \(HTML.escape(text))</div>\n"
                case .error(let diagnostic):
                    outputs += "<pre class=\"cell-error\">\(HTML.escape(diagnostic.description))</pre>\n"
                case .warning(let diagnostic):
                    outputs += "<div class=\"cell-warning\" title=\"line \(diagnostic.line)\">⚠ \(HTML.escape(diagnostic.message))</div>\n"
                case .notice(let text):
                    outputs += "<div class=\"notice\">\(HTML.escape(text))</div>\n"
                }
            }
            switch result.status {
            case .notRun:
                let reason = outcome?.compileFailed == true ? "the note's program did not compile" : "an earlier cell stopped the program"
                outputs += "<div class=\"notice\">not run: \(reason)</div>\n"
            case .skipped: outputs += "<div class=\"notice\">not run (norun)</div>\n"
            default: break
            }
            if !outputs.isEmpty { out += "<div class=\"outputs\">\n\(outputs)</div>\n" }
            return out + "</div>\n"
        }

        /// Text a cell printed or displayed as text, in the `<pre>` of its output (`PrintedText`).
        private func printed(_ text: String) -> String {
            "<pre class=\"output\">\(HTML.escape(PrintedText.visible(text)))</pre>\n"
        }

        // MARK: Inlines

        mutating func inlines(_ content: [Inline]) -> String {
            var out = ""
            for (k, inline) in content.enumerated() {
                if k > 0 { advanceLine(past: content[k - 1]) }
                if case .softBreak = inline {
                    if dialect.lineBreaks { out += "<br>\n"; continue }
                    // Between two Chinese characters a line break of the source is no space (Typora, Obsidian).
                    if k > 0, k + 1 < content.count, let before = [content[k - 1]].plainText.last,
                       let after = [content[k + 1]].plainText.first, WideScript.isWide(before), WideScript.isWide(after) {
                        continue
                    }
                }
                out += self.inline(inline)
            }
            return out
        }

        /// Moves `currentLine` past an inline that ends a line (a line break, a formula over several lines),
        /// so that messages about later text of a paragraph name its own line.
        mutating func advanceLine(past inline: Inline) {
            switch inline {
            case .softBreak, .lineBreak: currentLine += 1
            case .math(let tex, _, let line): currentLine = line + tex.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            default: break
            }
        }

        mutating func inline(_ inline: Inline) -> String {
            switch inline {
            case .text(let s): return prose(s)
            case .code(let s): return "<code>\(HTML.escape(s))</code>"
            case .emphasis(let c): return "<em>\(inlines(c))</em>"
            case .strong(let c): return "<strong>\(inlines(c))</strong>"
            case .strikethrough(let c): return "<del>\(inlines(c))</del>"
            case .highlight(let c): return "<mark>\(inlines(c))</mark>"
            case .link(let destination, let title, let c):
                return link(destination, title: title, content: c)
            case .image(let source, let title, let alt):
                return image(source, alt: alt, title: title, line: currentLine, isURL: true)
            case .wikiLink(let target, let heading, let label, let line):
                return wikiLink(target, heading: heading, label: label, line: line)
            case .embed(let target, let line):
                return embed(target, line: line)
            case .math(let tex, let display, let line):
                guard display else { return inlineFormula(tex, line: line) }
                // Display math inside a paragraph (a `$$` line straight after text) scrolls in its own box too.
                let formula = displayFormula(tex, line: line)
                return "<span class=\"math-block\"\(Self.idAttribute(formula.id))>\(formula.html)</span>"
            case .html(let raw): return AuthorColors.rewrite(raw)
            case .footnoteReference(_, let number, let occurrence):
                let id = occurrence == 1 ? "fnref-\(number)" : "fnref-\(number)-\(occurrence)"
                return "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\">\(number)</a></sup>"
            case .checkbox(let checked): return "<input type=\"checkbox\" disabled\(checked ? " checked" : "")> "
            case .tag(let name): return "<span class=\"tag\">#\(HTML.escape(name))</span>"
            case .softBreak: return "\n"
            case .lineBreak: return "<br>\n"
            }
        }

        /// A heading's inlines for the table of contents: formulas typeset (inline), emphasis kept, links,
        /// images and raw HTML reduced to their text, so the entry can sit inside its own link.
        mutating func contentsEntry(_ content: [Inline]) -> String {
            content.map { inline -> String in
                switch inline {
                case .math(let tex, _, _): return tex.includes("color") ? AuthorColors.rewrite(math(tex, false).html) : math(tex, false).html
                case .html: return ""
                case .link(_, _, let c), .emphasis(let c), .strong(let c), .strikethrough(let c), .highlight(let c):
                    let inner = contentsEntry(c)
                    switch inline {
                    case .emphasis: return "<em>\(inner)</em>"
                    case .strong: return "<strong>\(inner)</strong>"
                    case .strikethrough: return "<del>\(inner)</del>"
                    case .highlight: return "<mark>\(inner)</mark>"
                    default: return inner
                    }
                case .softBreak, .lineBreak: return " "
                default: return HTML.escape([inline].plainText)
                }
            }.joined()
        }

        mutating func typeset(_ tex: String, display: Bool, line: Int) -> String {
            mathCount += 1
            let result = math(tex, display)
            if let error = result.error { warn(line, "TeX error: \(error)") }
            // Only `\color`, `\textcolor` and `\colorbox` colour a formula: test the short TeX, not the long HTML.
            return tex.includes("color") ? AuthorColors.rewrite(result.html) : result.html
        }
    }
}
