/// A colour of the chart palette, for colouring bars and points one by one.
///
/// The palette is Okabe and Ito's, which colour-blind readers tell apart; each colour has a lighter
/// variant for pages in dark mode, and a page can restyle it with `--chart-1` … `--chart-7`.
///
/// ```swift
/// Bar(categories: layers, values: changes, colors: .bySign())
/// Scatter(x: xs, y: ys, colors: .each(labels.map { $0 == 1 ? .vermillion : .blue }))
/// ```
public struct ChartColor: Sendable, Hashable {
    /// The 0-based palette index.
    let index: Int

    /// The colour the `index`-th series of a chart gets (0-based); the seven colours repeat after that.
    public static func series(_ index: Int) -> ChartColor {
        ChartColor(index: ((index % Palette.light.count) + Palette.light.count) % Palette.light.count)
    }

    /// Blue, the first series' colour.
    public static let blue = series(0)
    /// Vermillion (red-orange), the second series' colour.
    public static let vermillion = series(1)
    /// Bluish green, the third series' colour.
    public static let bluishGreen = series(2)
    /// Reddish purple (pink), the fourth series' colour.
    public static let reddishPurple = series(3)
    /// Orange, the fifth series' colour.
    public static let orange = series(4)
    /// Sky blue, the sixth series' colour.
    public static let skyBlue = series(5)
}
