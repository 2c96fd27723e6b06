/// Where a numbered thing sits in its note: the line of its formula, cell or paragraph, and its place among
/// the things of its kind on that line (two formulas can share a line, a cell can show several figures).
struct NotePosition: Hashable, Comparable, Sendable {
    var line: Int
    var ordinal: Int

    static func < (a: NotePosition, b: NotePosition) -> Bool { (a.line, a.ordinal) < (b.line, b.ordinal) }
}

/// The numbered equations and figures of one note and the labels that name them, worked out before the
/// note renders, since other notes link to them too.
///
/// Display formulas are numbered down the note: one with a `\tag` shows its tag and takes no number; the
/// others take the next number when the site numbers every equation or they have a `\label`, unless they
/// say `\notag` or `\nonumber`. Figures — values a cell shows with a caption and, when the site asks for it,
/// images alone in their paragraph with alt text — are numbered 1, 2, … down the note.
struct NoteReferences {
    struct Equation: Equatable {
        /// The number weave gives it (typeset as `\tag{n}`); nil when it has its own `\tag`, or no number.
        var assigned: Int?
        /// Its anchor, when it has a label.
        var id: String?
    }

    struct Figure: Equatable {
        var number: Int
        var id: String?
    }

    var equations: [NotePosition: Equation] = [:]
    var figures: [NotePosition: Figure] = [:]
    var labels: [String: ReferenceTarget] = [:]
    /// Labels defined twice, each at its second definition's line.
    var warnings: [Diagnostic] = []

    init(_ note: Note, outcome: NoteOutcome?, style: NumberingStyle) {
        var finder = Finder(outcome: outcome, style: style)
        finder.walk(note.blocks)
        var ids = Set(note.headingIDs)
        var lastSuffix: [String: Int] = [:]
        func uniqueID(_ label: String) -> String {
            let base = ReferenceTarget.anchor(label)
            var id = base
            while !ids.insert(id).inserted {
                let k = lastSuffix[base, default: 1] + 1
                lastSuffix[base] = k
                id = "\(base)-\(k)"
            }
            return id
        }
        var definedAt: [String: Int] = [:]
        func define(_ label: String, _ target: ReferenceTarget, line: Int) {
            if let first = definedAt[label] {
                warnings.append(Diagnostic(.warning, file: note.source.displayPath, line: line,
                                           "label `\(label)` is defined twice (first at line \(first)); references lead to the first"))
                return
            }
            definedAt[label] = line
            labels[label] = target
        }

        var counter = 0
        for (position, tex) in finder.formulas.sorted(by: { $0.0 < $1.0 }) {
            let marks = EquationMarks(tex)
            var equation = Equation()
            var number = marks.tag
            if number == nil, !marks.unnumbered, style.equations || !marks.labels.isEmpty,
               !tex.allSatisfy(\.isWhitespace) {
                counter += 1
                equation.assigned = counter
                number = String(counter)
            }
            if let first = marks.labels.first {
                let id = uniqueID(first)
                equation.id = id
                for label in marks.labels {
                    define(label, ReferenceTarget(kind: .equation, number: number, bare: marks.tag != nil && marks.tagStarred, id: id),
                           line: position.line)
                }
            }
            if equation != Equation() { equations[position] = equation }
        }
        for (k, (position, label)) in finder.figures.sorted(by: { $0.0 < $1.0 }).enumerated() {
            var figure = Figure(number: k + 1)
            if let label {
                figure.id = uniqueID(label)
                define(label, ReferenceTarget(kind: .figure, number: String(k + 1), id: figure.id!), line: position.line)
            }
            figures[position] = figure
        }
    }

    /// An image that is a figure when the site captions images: alone in its paragraph (spaces aside), with
    /// alt text. Its source, title and alt text.
    static func captionedImage(_ inlines: [Inline]) -> (source: String, title: String, alt: String)? {
        var found: (String, String, String)?
        for inline in inlines {
            switch inline {
            case .image(let source, let title, let alt) where found == nil: found = (source, title, alt)
            case .text(let s) where s.allSatisfy(\.isWhitespace): continue
            case .softBreak, .lineBreak: continue
            default: return nil
            }
        }
        guard let found, !found.2.allSatisfy(\.isWhitespace) else { return nil }
        return found
    }

    /// The walk that finds display formulas and figures, in the order the page renders them.
    private struct Finder: DocumentWalker {
        let outcome: NoteOutcome?
        let style: NumberingStyle
        var formulas: [(NotePosition, String)] = []
        var figures: [(NotePosition, String?)] = []
        private var perLine: [Int: Int] = [:]

        init(outcome: NoteOutcome?, style: NumberingStyle) {
            self.outcome = outcome
            self.style = style
        }

        mutating func formula(_ tex: String, line: Int) {
            let ordinal = perLine[line, default: 0]
            perLine[line] = ordinal + 1
            formulas.append((NotePosition(line: line, ordinal: ordinal), tex))
        }

        mutating func visit(_ block: Block) -> WalkAction {
            switch block {
            case .paragraph(let content, let line) where style.imageCaptions && NoteReferences.captionedImage(content) != nil:
                figures.append((NotePosition(line: line, ordinal: 0), nil))
                return .skipChildren
            case .displayMath(let tex, let line): formula(tex, line: line)
            case .cell(let cell): addFigures(of: cell)
            default: break
            }
            return .visitChildren
        }

        mutating func visit(_ inline: Inline) -> WalkAction {
            if case .math(let tex, true, let line) = inline { formula(tex, line: line) }
            return .visitChildren
        }

        mutating func addFigures(of cell: Cell) {
            guard !cell.options.nooutput, let result = outcome?.cells.first(where: { $0.index == cell.index }) else { return }
            var ordinal = 0
            for case .figure(_, _, _, let label) in result.outputs {
                figures.append((NotePosition(line: cell.line, ordinal: ordinal), label))
                ordinal += 1
            }
        }
    }
}
