import Charts

/// Charts show as inline SVG, with their summary as the plain-text form.
extension Chart: CellDisplayable {
    public var cellHTML: String { svg }
    public var cellText: String { summary }
}

extension Heatmap: CellDisplayable {
    public var cellHTML: String { svg }
    public var cellText: String { summary }
}

extension Contour: CellDisplayable {
    public var cellHTML: String { svg }
    public var cellText: String { summary }
}

extension Panels: CellDisplayable {
    public var cellHTML: String { svg }
    public var cellText: String { summary }
}
