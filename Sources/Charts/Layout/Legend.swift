/// One entry of a legend: a swatch in a series colour and the series name.
struct LegendEntry: Equatable {
    /// What the swatch looks like.
    enum Swatch: Equatable {
        /// A short line, with a marker in its middle for lines that mark their points.
        case line(LineStyle, marker: MarkerShape? = nil)
        case marker(MarkerShape)
        case box
    }

    var label: String
    var colorIndex: Int
    var swatch: Swatch
}

/// Lays out legend entries in rows under the title and draws them.
struct Legend {
    static let rowHeight = 18.0
    static let swatchWidth = 20.0
    static let fontSize = 12.0

    /// The entries of each row, with their x offsets from the legend's left edge.
    private(set) var rows: [[(entry: LegendEntry, offset: Double)]] = []

    /// Wraps `entries` into rows no wider than `maxWidth`.
    init(entries: [LegendEntry], maxWidth: Double) {
        var row: [(entry: LegendEntry, offset: Double)] = []
        var x = 0.0
        for entry in entries {
            let width = Self.swatchWidth + 5 + TextMetrics.width(entry.label, fontSize: Self.fontSize)
            if !row.isEmpty && x + width > maxWidth {
                rows.append(row)
                row = []
                x = 0
            }
            row.append((entry, x))
            x += width + 16
        }
        if !row.isEmpty { rows.append(row) }
    }

    /// The height the legend takes, including the space below it.
    var height: Double { rows.isEmpty ? 0 : Double(rows.count) * Self.rowHeight + 4 }

    /// Draws the legend with its top-left corner at (`x`, `y`).
    func draw(x: Double, y: Double, into svg: inout SVGWriter) {
        for (rowIndex, row) in rows.enumerated() {
            let middle = y + Double(rowIndex) * Self.rowHeight + Self.rowHeight / 2
            for (entry, offset) in row {
                let left = x + offset
                switch entry.swatch {
                case .line(let style, let marker):
                    svg.line(left, middle, left + Self.swatchWidth, middle,
                             class: "ln \(Palette.strokeClass(entry.colorIndex))\(style.cssClass)")
                    if let marker {
                        svg.path(marker.path(at: Point(x: left + Self.swatchWidth / 2, y: middle), size: 3.5),
                                 class: Palette.fillClass(entry.colorIndex))
                    }
                case .marker(let shape):
                    svg.path(shape.path(at: Point(x: left + Self.swatchWidth / 2, y: middle), size: 4),
                             class: Palette.fillClass(entry.colorIndex))
                case .box:
                    svg.rect(Rect(x: left + 3, y: middle - 6, width: Self.swatchWidth - 6, height: 12),
                             class: Palette.fillClass(entry.colorIndex))
                }
                svg.text(entry.label, x: left + Self.swatchWidth + 5, y: middle + Self.fontSize * 0.35)
            }
        }
    }
}
