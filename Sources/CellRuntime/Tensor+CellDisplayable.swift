import NN

/// Tensors show as tables: a vector as one row, a matrix as a grid, with the shape as caption.
extension Tensor: CellDisplayable {
    /// The largest matrix shown in full; bigger tensors show as text with their shape.
    static let largestTable = 400

    public var cellText: String { description }

    public var cellHTML: String {
        let values = description
        guard rank >= 1, rank <= 2, count <= Tensor.largestTable, count > 0 else {
            return "<pre class=\"tensor\">\(escapeHTML(values))</pre><div class=\"shape\">shape \(shapeText)</div>"
        }
        let cells = formattedRows
        var html = "<table class=\"tensor\"><caption>shape \(shapeText)</caption><tbody>"
        for row in cells {
            html += "<tr>" + row.map { "<td>\(escapeHTML($0))</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }

    private var shapeText: String { "[" + shape.map(String.init).joined(separator: ", ") + "]" }
}
