/// How a line is stroked.
public enum LineStyle: Sendable, Equatable {
    case solid
    case dashed
    case dotted

    /// The extra CSS class (with a leading space) for the dash pattern.
    var cssClass: String {
        switch self {
        case .solid: return ""
        case .dashed: return " d"
        case .dotted: return " o"
        }
    }

    /// The word used in descriptions.
    var name: String {
        switch self {
        case .solid: return "line"
        case .dashed: return "dashed line"
        case .dotted: return "dotted line"
        }
    }
}
