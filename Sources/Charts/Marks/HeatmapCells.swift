import Foundation

/// The coloured cells of a heatmap, optionally with each value printed in its cell.
struct HeatmapCells: Mark {
    /// Rows of values, all of the same length (short rows padded with NaN).
    let rows: [[Double]]
    let colorBarSpec: ColorBarSpec
    /// Print values in the cells: true, false, or nil to decide by the cell size.
    let showValues: Bool?
    let nonFiniteCount: Int
    let raggedNote: String?

    init(rows: [[Double]], colorMap: ColorMap, range: ClosedRange<Double>?, showValues: Bool?) {
        let width = rows.map(\.count).max() ?? 0
        self.rows = rows.map { $0 + [Double](repeating: .nan, count: width - $0.count) }
        let given = rows.flatMap { $0 }
        let finite = given.filter(\.isFinite)
        nonFiniteCount = given.count - finite.count
        let shortest = rows.map(\.count).min() ?? 0
        raggedNote = shortest == width ? nil : "Rows have different lengths (\(shortest)…\(width)); missing cells are left empty."
        var domain = range ?? (finite.min().map { $0...(finite.max() ?? $0) }) ?? (0...0)
        let map = colorMap.resolved(for: domain)
        if map.isDiverging && range == nil {
            let magnitude = max(abs(domain.lowerBound), abs(domain.upperBound))
            domain = -magnitude...magnitude
        }
        colorBarSpec = ColorBarSpec(colorMap: map, domain: domain)
        self.showValues = showValues
    }

    var rowCount: Int { rows.count }
    var columnCount: Int { rows.first?.count ?? 0 }
    var colorBar: ColorBarSpec? { rows.joined().contains(where: \.isFinite) ? colorBarSpec : nil }
    var chartKind: String? { "Heatmap" }

    /// Blank when no cell has a finite value (the cells are drawn, all grey).
    func isBlank(x: ScaleType, y: ScaleType) -> Bool { !rows.joined().contains(where: \.isFinite) }

    func extent(x: ScaleType, y: ScaleType) -> Extent {
        guard rowCount * columnCount > 0 else { return Extent() }
        return Extent(x: -0.5...(Double(columnCount) - 0.5), y: -0.5...(Double(rowCount) - 0.5))
    }

    func summary(x: ScaleType, y: ScaleType) -> String {
        let finite = rows.flatMap { $0 }.filter(\.isFinite)
        var text = "\(rowCount)×\(columnCount) matrix"
        if let low = finite.min(), let high = finite.max() {
            text += low == high ? ", all values \(NumberText.short(low))" : ", values \(NumberText.range(low...high))"
        }
        return text + ", \(colorBarSpec.colorMap.name) colour map."
    }

    func notes(x: ScaleType, y: ScaleType) -> [DataNote] {
        var notes = DataNotes.skipped(label: "", nonFinite: nonFiniteCount, nonPositive: 0, unpaired: 0, logAxes: "")
        if let raggedNote { notes.append(DataNote(raggedNote)) }
        return notes
    }

    func draw(on canvas: PlotCanvas, firstColor: Int, into svg: inout SVGWriter) {
        guard rowCount * columnCount > 0 else { return }
        let xEdges = (0...columnCount).map { canvas.x.position(Double($0) - 0.5) ?? 0 }
        let yEdges = (0...rowCount).map { canvas.y.position(Double($0) - 0.5) ?? 0 }
        // Cells are unit squares in a group scaled to the cell size: short, exact coordinates.
        let cellWidth = (xEdges[columnCount] - xEdges[0]) / Double(columnCount)
        let cellHeight = (yEdges[rowCount] - yEdges[0]) / Double(rowCount)
        func n(_ value: Double) -> String { SVGText.number(value) }
        let scale = "\(String(format: "%.3f", cellWidth)),\(String(format: "%.3f", cellHeight))"
        svg.openGroup("shape-rendering=\"crispEdges\" transform=\"translate(\(n(xEdges[0])),\(n(yEdges[0]))) scale(\(scale))\"")
        for (rowIndex, row) in rows.enumerated() {
            for (columnIndex, value) in row.enumerated() {
                let fill = value.isFinite ? "fill=\"\(colorBarSpec.color(for: value).hex)\"" : "class=\"na\""
                svg.raw("<path d=\"M\(columnIndex),\(rowIndex)h1v1h-1z\" \(fill)/>")
            }
        }
        svg.closeGroup()
        // A thin frame shows where the matrix ends when its edge cells match the page background.
        svg.rect(Rect(x: min(xEdges[0], xEdges[columnCount]), y: min(yEdges[0], yEdges[rowCount]),
                      width: abs(xEdges[columnCount] - xEdges[0]), height: abs(yEdges[rowCount] - yEdges[0])), class: "fr")
        drawValues(xEdges, yEdges, into: &svg)
    }

    private func cellRect(_ xEdges: [Double], _ yEdges: [Double], _ row: Int, _ column: Int) -> Rect {
        let x0 = (xEdges[column] * 10).rounded() / 10, x1 = (xEdges[column + 1] * 10).rounded() / 10
        let y0 = (yEdges[row] * 10).rounded() / 10, y1 = (yEdges[row + 1] * 10).rounded() / 10
        return Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0))
    }

    /// Prints each finite value in its cell, in dark or white text to contrast with the cell colour.
    private func drawValues(_ xEdges: [Double], _ yEdges: [Double], into svg: inout SVGWriter) {
        let labels = rows.map { $0.map { $0.isFinite ? NumberText.cell($0) : "" } }
        let longest = labels.flatMap { $0 }.map { TextMetrics.width($0, fontSize: 1) }.max() ?? 0
        let cellWidth = abs(xEdges[1] - xEdges[0]), cellHeight = abs(yEdges[1] - yEdges[0])
        let fontSize = min(12, cellHeight * 0.45, longest > 0 ? cellWidth * 0.85 / longest : 12)
        let wanted = showValues ?? (rowCount <= 12 && columnCount <= 12 && fontSize >= 7)
        guard wanted, fontSize >= 4 else { return }
        svg.openGroup("font-size=\"\(SVGText.number(fontSize))\" text-anchor=\"middle\"")
        for (rowIndex, row) in rows.enumerated() {
            for (columnIndex, value) in row.enumerated() where value.isFinite {
                let rect = cellRect(xEdges, yEdges, rowIndex, columnIndex)
                let textClass = colorBarSpec.color(for: value).prefersDarkText ? "k" : "w"
                svg.raw("<text class=\"\(textClass)\" x=\"\(SVGText.number(rect.midX))\" y=\"\(SVGText.number(rect.midY + fontSize * 0.35))\">\(SVGText.escaped(labels[rowIndex][columnIndex]))</text>")
            }
        }
        svg.closeGroup()
    }
}
