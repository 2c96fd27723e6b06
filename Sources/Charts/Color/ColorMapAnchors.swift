/// The anchor colours of the colour maps, evenly spaced from the low end (first) to the high end (last).
///
/// viridis, magma, inferno, cividis and coolwarm are samples of matplotlib's published tables: viridis at
/// 11 points, the others at 21, where interpolating linearly between anchors stays within 8/255 of the
/// full 256-entry tables. The blue–red diverging map is ColorBrewer's RdBu, reversed.
enum ColorMapAnchors {
    static let viridis = [
        "#440154", "#482475", "#414487", "#355f8d", "#2a788e", "#21918c",
        "#22a884", "#44bf70", "#7ad151", "#bddf26", "#fde725",
    ].map(RGB.init(hex:))

    static let magma = [
        "#000004", "#06051a", "#140e36", "#251255", "#3b0f70", "#51127c", "#641a80", "#782281", "#8c2981", "#a1307e",
        "#b73779", "#ca3e72", "#de4968", "#ed5a5f", "#f7705c", "#fc8961", "#fe9f6d", "#feb77e", "#fecf92", "#fde7a9",
        "#fcfdbf",
    ].map(RGB.init(hex:))

    static let inferno = [
        "#000004", "#07051b", "#160b39", "#2b0b57", "#420a68", "#57106e", "#6a176e", "#7f1e6c", "#932667", "#a82e5f",
        "#bc3754", "#cc4248", "#dd513a", "#ea632a", "#f37819", "#f98e09", "#fca50a", "#fbbe23", "#f6d746", "#f1ef75",
        "#fcffa4",
    ].map(RGB.init(hex:))

    static let cividis = [
        "#00224e", "#002b62", "#083370", "#243c6e", "#35456c", "#434e6c", "#4f576c", "#5b606e", "#666970", "#727274",
        "#7d7c78", "#888578", "#948e77", "#a19975", "#aea371", "#bcae6c", "#c8b866", "#d6c35d", "#e5cf52", "#f3db42",
        "#fee838",
    ].map(RGB.init(hex:))

    static let blueRed = [
        "#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7",
        "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f",
    ].map(RGB.init(hex:))

    static let coolwarm = [
        "#3b4cc0", "#4961d2", "#5977e3", "#6a8bef", "#7b9ff9", "#8db0fe", "#9ebeff", "#afcafc", "#c0d4f5", "#cfdaea",
        "#dddcdc", "#e9d5cb", "#f2cbb7", "#f6bda2", "#f7ac8e", "#f4987a", "#ee8468", "#e36c55", "#d65244", "#c53334",
        "#b40426",
    ].map(RGB.init(hex:))

    static let grays = ["#000000", "#ffffff"].map(RGB.init(hex:))
}
