/// The shape of a marker: the points of a ``Scatter``, or the data points along a ``Line``.
///
/// Scatter series take the shapes in turn (circle, square, triangle, diamond) unless given one, so
/// series differ without colour too.
public enum MarkerShape: CaseIterable, Equatable, Sendable {
    case circle, square, triangle, diamond

    /// The shape for the n-th scatter series.
    static func forSeries(_ index: Int) -> MarkerShape {
        allCases[index % allCases.count]
    }

    /// Path data for one marker centred at `center`, `size` being its half-width.
    func path(at center: Point, size: Double) -> String {
        let x = center.x, y = center.y
        func n(_ value: Double) -> String { SVGText.number(value) }
        switch self {
        case .circle:
            return "M\(n(x - size)),\(n(y))a\(n(size)),\(n(size)) 0 1,0 \(n(2 * size)),0a\(n(size)),\(n(size)) 0 1,0 \(n(-2 * size)),0z"
        case .square:
            let side = size * 1.7
            return "M\(n(x - side / 2)),\(n(y - side / 2))h\(n(side))v\(n(side))h\(n(-side))z"
        case .triangle:
            let r = size * 1.25
            return "M\(n(x)),\(n(y - r))l\(n(r * 0.866)),\(n(r * 1.5))h\(n(-r * 1.732))z"
        case .diamond:
            let r = size * 1.25
            return "M\(n(x)),\(n(y - r))l\(n(r)),\(n(r)) \(n(-r)),\(n(r)) \(n(-r)),\(n(-r))z"
        }
    }

    /// The word used in descriptions.
    var name: String {
        switch self {
        case .circle: return "circles"
        case .square: return "squares"
        case .triangle: return "triangles"
        case .diamond: return "diamonds"
        }
    }
}
