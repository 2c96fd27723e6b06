/// What one axis of a plot shows: its title, scale, domain and kind of ticks.
struct AxisConfig {
    /// Which values get ticks.
    enum TickRule: Equatable {
        /// Nice numbers (linear) or powers of ten (log).
        case automatic
        /// One tick per category at 0, 1, 2 … labelled with the category names.
        case categories([String])
        /// Integer ticks for row or column indices; names replace the numbers when given.
        case indices(names: [String]?)
        /// No ticks and no labels (an image, where pixel indices say nothing).
        case hidden
    }

    /// The axis title; empty for none.
    var title: String = ""
    /// Linear or log.
    var type: ScaleType = .linear
    /// A domain fixed by the author (or by the figure), used exactly; nil to fit the data with nice ends.
    var range: ClosedRange<Double>? = nil
    /// The data range to fit instead of the plot's own (panels with shared axes); nil for the plot's own.
    var sharedExtent: ClosedRange<Double>? = nil
    /// Which values get ticks.
    var ticks: TickRule = .automatic
    /// Whether values grow downwards (a y axis for matrix rows) or leftwards.
    var reversed = false
    /// Whether to draw grid lines at the ticks.
    var grid = true
    /// Whether to draw the axis line (heatmaps show only ticks).
    var line = true
    /// Whether ticks must be whole numbers (the data's values are, e.g. epochs).
    var integersOnly = false
}
