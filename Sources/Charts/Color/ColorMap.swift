import Foundation

/// How heatmap values and contour levels become colours.
public enum ColorMap: Sendable, Equatable {
    /// Diverging when the values have both signs, viridis otherwise.
    case automatic
    /// Perceptually uniform dark purple → yellow; readable in grey and by colour-blind readers.
    case viridis
    /// Blue for negative, white for zero, red for positive, centred on zero (for responses and weights).
    case diverging
    /// Black → white, as for input images.
    case grays

    /// The concrete map for values in `range` (resolving `.automatic`).
    func resolved(for range: ClosedRange<Double>?) -> ColorMap {
        guard self == .automatic else { return self }
        if let range, range.lowerBound < 0, range.upperBound > 0 { return .diverging }
        return .viridis
    }

    /// The anchor colours, evenly spaced from the low end to the high end.
    var anchors: [RGB] {
        switch self {
        case .automatic, .viridis:
            return ["#440154", "#482475", "#414487", "#355f8d", "#2a788e", "#21918c",
                    "#22a884", "#44bf70", "#7ad151", "#bddf26", "#fde725"].map(RGB.init(hex:))
        case .diverging:
            return ["#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7",
                    "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f"].map(RGB.init(hex:))
        case .grays:
            return [RGB(hex: "#000000"), RGB(hex: "#ffffff")]
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
        case .diverging: return "diverging blue–red"
        case .grays: return "grays"
        }
    }
}

/// An sRGB colour with 8-bit channels.
struct RGB: Equatable {
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

    /// Whether dark text reads better than white text on this colour (relative luminance above ~0.4).
    var prefersDarkText: Bool {
        func linear(_ channel: Double) -> Double {
            let c = channel / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        return luminance > 0.179
    }
}
