/// Accumulates SVG elements as text, with numbers rounded and text escaped.
struct SVGWriter {
    /// The SVG text written so far.
    private(set) var output = ""

    /// Appends markup exactly as given.
    mutating func raw(_ markup: String) {
        output += markup
    }

    /// Appends `<line>` from (x1, y1) to (x2, y2).
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class className: String) {
        output += "<line class=\"\(className)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>"
    }

    /// Appends `<rect>`; `extra` holds further attributes, e.g. `fill="#fff"`.
    mutating func rect(_ rect: Rect, class className: String? = nil, extra: String = "") {
        let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
        output += "<rect\(classAttribute) x=\"\(n(rect.x))\" y=\"\(n(rect.y))\" width=\"\(n(rect.width))\" height=\"\(n(rect.height))\"\(extra)/>"
    }

    /// Appends `<circle>`.
    mutating func circle(_ x: Double, _ y: Double, radius: Double, class className: String) {
        output += "<circle class=\"\(className)\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\"/>"
    }

    /// Appends `<path>` with path data `d`.
    mutating func path(_ d: String, class className: String) {
        guard !d.isEmpty else { return }
        output += "<path class=\"\(className)\" d=\"\(d)\"/>"
    }

    /// Appends `<text>` with its content escaped; `rotation` turns it about its anchor point.
    mutating func text(_ content: String, x: Double, y: Double, class className: String? = nil,
                       anchor: TextAnchor = .start, rotation: Double = 0) {
        var attributes = className.map { " class=\"\($0)\"" } ?? ""
        attributes += " x=\"\(n(x))\" y=\"\(n(y))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if rotation != 0 { attributes += " transform=\"rotate(\(n(rotation)) \(n(x)) \(n(y)))\"" }
        output += "<text\(attributes)>\(SVGText.escaped(content))</text>"
    }

    /// Appends an opening `<g>` with the given attributes text (e.g. `class="ln s1"`).
    mutating func openGroup(_ attributes: String) {
        output += "<g \(attributes)>"
    }

    /// Appends `</g>`.
    mutating func closeGroup() {
        output += "</g>"
    }

    private func n(_ value: Double) -> String { SVGText.number(value) }
}

/// Where a text's x position lies: at its start, middle or end.
enum TextAnchor: String {
    case start, middle, end
}
