import Foundation

/// Prints tensors the way a reader expects: a scalar as a number, a matrix as aligned rows.
extension Tensor: CustomStringConvertible {
    public var description: String {
        let format = NumberFormat(scalars)
        if rank == 0 { return format.string(scalars.first ?? 0) }
        let cells = scalars.map { format.string($0) }
        let width = cells.map(\.count).max() ?? 0
        var out = ""
        describe(axis: 0, offset: 0, indent: 0, cells: cells, width: width, into: &out)
        return out
    }

    private func describe(axis: Int, offset: Int, indent: Int, cells: [String], width: Int, into out: inout String) {
        let size = shape[axis]
        let stride = shape[(axis + 1)...].reduce(1, *)
        let shown = size > 12 ? Array(0..<5) + [-1] + Array((size - 5)..<size) : Array(0..<size)
        out += "["
        for (n, i) in shown.enumerated() {
            if n > 0 {
                out += ","
                if axis == rank - 1 { out += " " } else {
                    out += String(repeating: "\n", count: rank - axis - 1) + String(repeating: " ", count: indent + 1)
                }
            }
            if i == -1 { out += "…"; continue }
            if axis == rank - 1 {
                let cell = cells[offset + i]
                out += String(repeating: " ", count: width - cell.count) + cell
            } else {
                describe(axis: axis + 1, offset: offset + i * stride, indent: indent + 1, cells: cells, width: width, into: &out)
            }
        }
        out += "]"
    }
}

extension Tensor {
    /// The values of a vector or matrix as rows of text, in the format `description` uses
    /// (one format for all values, so that columns line up); a vector is one row.
    public var formattedRows: [[String]] {
        let format = NumberFormat(scalars)
        let width = rank == 2 ? shape[1] : count
        guard width > 0 else { return [] }
        return stride(from: 0, to: count, by: width).map { start in scalars[start..<start + width].map(format.string) }
    }
}

/// One number format for all values of a tensor, so that columns line up.
struct NumberFormat {
    private enum Style { case integer, fixed(Int), scientific }
    private let style: Style

    init(_ values: [Double]) {
        let finite = values.filter(\.isFinite)
        let largest = finite.map(Swift.abs).max() ?? 0
        let smallest = finite.filter { $0 != 0 }.map(Swift.abs).min() ?? 0
        if finite.allSatisfy({ $0 == $0.rounded() && Swift.abs($0) < 1e9 }) {
            style = .integer
        } else if largest >= 1e6 || (smallest > 0 && smallest < 1e-4) {
            style = .scientific
        } else {
            style = .fixed(4)
        }
    }

    func string(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        switch style {
        case .integer: return String(Int(value))
        case .fixed(let digits): return String(format: "%.\(digits)f", value)
        case .scientific: return String(format: "%.4e", value)
        }
    }
}
