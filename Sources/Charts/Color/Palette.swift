/// The colour-blind-safe series colours (Okabe–Ito), with lighter variants for dark mode.
///
/// Series use CSS classes `s1`…`s7` (stroke) and `f1`…`f7` (fill), which read the custom
/// properties `--chart-1`…`--chart-7` and fall back to these colours.
enum Palette {
    /// Colours on a light background: blue, vermillion, bluish green, reddish purple, orange, sky blue, black.
    static let light = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    /// The same hues lightened to read on a dark background; black becomes yellow.
    static let dark = ["#4BA3E3", "#F07B3F", "#2BC493", "#E393C4", "#F0B53C", "#8ED1F5", "#F0E442"]

    /// The palette slot (1-based) for the series with the given 0-based colour index; slots repeat after seven.
    static func slot(_ colorIndex: Int) -> Int {
        colorIndex % light.count + 1
    }

    /// The stroke class of a colour index, e.g. `s1`.
    static func strokeClass(_ colorIndex: Int) -> String { "s\(slot(colorIndex))" }

    /// The fill class of a colour index, e.g. `f1`.
    static func fillClass(_ colorIndex: Int) -> String { "f\(slot(colorIndex))" }
}
