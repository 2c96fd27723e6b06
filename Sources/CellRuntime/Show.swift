import CellProtocol
import Foundation
import NN

/// Something a cell can show richly in the page (a chart, a tensor), with a plain-text form for terminals.
public protocol CellDisplayable {
    /// HTML (or inline SVG) placed under the cell.
    var cellHTML: String { get }
    /// The same content as plain text.
    var cellText: String { get }
    /// Problems the author should fix, one sentence each; the build reports each as a warning at the
    /// line that showed the value (a chart that draws nothing). None by default.
    var cellWarnings: [String] { get }
}

extension CellDisplayable {
    public var cellWarnings: [String] { [] }
}

/// Shows values under the cell: charts as SVG, tensors as tables, anything else as text.
///
/// A chart that draws nothing (no data, or only NaN and ±∞) is shown all the same, and the build
/// reports a warning at `line`, which is the line of the call.
public func show(_ values: Any..., line: Int = #line) {
    for value in values {
        if let rich = value as? CellDisplayable {
            CellSession.emit(.display(.init(text: rich.cellText, html: rich.cellHTML)))
            for warning in rich.cellWarnings {
                CellSession.emit(.warning(message: warning, line: line))
            }
        } else {
            CellSession.emit(.display(.init(text: String(describing: value))))
        }
    }
}

/// Shows one value as a figure: numbered in the page ("图 3" in a Chinese course, "Figure 3" otherwise) with
/// `caption` under it. With a `label` such as `"fig:loss"`, prose refers to it as `\ref{fig:loss}` (its
/// number, linked) and other notes as `[[note#fig:loss]]`.
///
///     show(chart, caption: "训练损失随轮数下降", label: "fig:loss")
public func show(_ value: Any, caption: String, label: String? = nil) {
    let trimmed = label?.trimmingCharacters(in: .whitespaces)
    let rich = value as? CellDisplayable
    CellSession.emit(.display(.init(text: rich?.cellText ?? String(describing: value), html: rich?.cellHTML,
                                    caption: caption, label: trimmed?.isEmpty == false ? trimmed : nil)))
}

/// Escapes text for HTML.
func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for c in text {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.append(c)
        }
    }
    return out
}
