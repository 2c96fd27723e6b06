import Foundation

/// How heatmap values and contour levels become colours.
///
/// The sequential maps (viridis, magma, inferno, cividis) grow steadily lighter from the low end to the
/// high end, so they read in grey and for colour-blind readers too. The diverging maps (`.diverging`,
/// `.coolwarm`) are light in the middle and dark at both ends; a heatmap centres them on zero.
public enum ColorMap: Sendable, Equatable {
    /// Diverging when the values have both signs, viridis otherwise.
    case automatic
    /// Perceptually uniform dark purple → yellow; readable in grey and by colour-blind readers.
    case viridis
    /// Perceptually uniform black → purple → pale yellow (matplotlib's magma).
    case magma
    /// Perceptually uniform black → red → pale yellow, more saturated than magma (matplotlib's inferno).
    case inferno
    /// Dark blue → grey → yellow, made to look the same to readers with red–green colour blindness
    /// (matplotlib's cividis).
    case cividis
    /// Blue for negative, white for zero, red for positive, centred on zero (for responses and weights).
    case diverging
    /// Blue → light grey → red (Moreland's coolwarm), a softer diverging map centred on zero.
    case coolwarm
    /// Black → white, as for input images.
    case grays

    /// The concrete map for values in `range` (resolving `.automatic`).
    func resolved(for range: ClosedRange<Double>?) -> ColorMap {
        guard self == .automatic else { return self }
        if let range, range.lowerBound < 0, range.upperBound > 0 { return .diverging }
        return .viridis
    }

    /// Whether the map has a neutral middle for zero, so a heatmap's range is made symmetric about it.
    var isDiverging: Bool { self == .diverging || self == .coolwarm }

    /// The anchor colours, evenly spaced from the low end to the high end.
    var anchors: [RGB] {
        switch self {
        case .automatic, .viridis: return ColorMapAnchors.viridis
        case .magma: return ColorMapAnchors.magma
        case .inferno: return ColorMapAnchors.inferno
        case .cividis: return ColorMapAnchors.cividis
        case .diverging: return ColorMapAnchors.blueRed
        case .coolwarm: return ColorMapAnchors.coolwarm
        case .grays: return ColorMapAnchors.grays
        }
    }

    /// The colour at `t` in 0…1 (clamped), interpolated between anchors.
    func color(at t: Double) -> RGB {
        let anchors = self.anchors
        let position = min(max(t.isFinite ? t : 0.5, 0), 1) * Double(anchors.count - 1)
        let index = min(Int(position), anchors.count - 2)
        return anchors[index].mixed(with: anchors[index + 1], amount: position - Double(index))
    }

    /// The name used in descriptions.
    var name: String {
        switch self {
        case .automatic: return "automatic"
        case .viridis: return "viridis"
        case .magma: return "magma"
        case .inferno: return "inferno"
        case .cividis: return "cividis"
        case .diverging: return "diverging blue–red"
        case .coolwarm: return "coolwarm"
        case .grays: return "grays"
        }
    }
}

/// An sRGB colour with 8-bit channels.
struct RGB: Equatable, Sendable {
    var red: Double
    var green: Double
    var blue: Double

    /// Parses `#rrggbb`.
    init(hex: String) {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        red = Double((value >> 16) & 0xff)
        green = Double((value >> 8) & 0xff)
        blue = Double(value & 0xff)
    }

    init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The colour a fraction `amount` of the way towards `other`.
    func mixed(with other: RGB, amount: Double) -> RGB {
        RGB(red: red + (other.red - red) * amount,
            green: green + (other.green - green) * amount,
            blue: blue + (other.blue - blue) * amount)
    }

    /// `#rrggbb`.
    var hex: String {
        let channels = [red, green, blue].map { channel -> String in
            let text = String(Int(channel.rounded()), radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return "#" + channels.joined()
    }

    /// The relative luminance (WCAG): 0 for black, 1 for white.
    var luminance: Double {
        func linear(_ channel: Double) -> Double {
            let c = channel / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Whether dark text reads better than white text on this colour (relative luminance above ~0.18).
    var prefersDarkText: Bool { luminance > 0.179 }
}
