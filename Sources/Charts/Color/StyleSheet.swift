/// The small `<style>` inside each SVG: theme colours from CSS custom properties with fallbacks,
/// a dark-mode fallback through `prefers-color-scheme`, and the classes that marks use.
///
/// A page can set `--chart-fg`, `--chart-muted`, `--chart-grid`, `--chart-bg`, `--chart-font`
/// and `--chart-1` … `--chart-7` to restyle every chart.
enum StyleSheet {
    /// The CSS for a chart whose root element has id `id` and which uses `colorCount` series colours.
    static func css(id: String, colorCount: Int) -> String {
        let root = "#\(id)"
        let slots = 0..<min(colorCount, Palette.light.count)
        func variables(fg: String, muted: String, grid: String, background: String, palette: [String]) -> String {
            var text = "--f:var(--chart-fg,\(fg));--m:var(--chart-muted,\(muted));"
                + "--g:var(--chart-grid,\(grid));--b:var(--chart-bg,\(background))"
            for slot in slots { text += ";--c\(slot + 1):var(--chart-\(slot + 1),\(palette[slot]))" }
            return text
        }
        var css = "\(root){\(variables(fg: "#222", muted: "#666", grid: "#e2e2e2", background: "#fff", palette: Palette.light));max-width:100%;height:auto;font-size:12px;font-family:var(--chart-font,system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif)}"
        css += "@media (prefers-color-scheme:dark){\(root){\(variables(fg: "#e4e4e4", muted: "#a3a3a3", grid: "#3c3c3c", background: "#181818", palette: Palette.dark))}}"
        css += "\(root) text{fill:var(--f)}"
        css += "\(root) .tt{font-size:14px;font-weight:600}"
        css += "\(root) .nt{fill:var(--m);font-size:11px}"
        css += "\(root) .ax{stroke:var(--m);fill:none}"
        css += "\(root) .gr{stroke:var(--g);fill:none}"
        css += "\(root) .fr{stroke:var(--m);stroke-width:.5;fill:none}"
        css += "\(root) .rf{stroke:var(--m);stroke-dasharray:5 4;fill:none}"
        css += "\(root) .ln{fill:none;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}"
        css += "\(root) .d{stroke-dasharray:7 5}\(root) .o{stroke-dasharray:0.5 4.5}"
        css += "\(root) .hl{fill:none;stroke:var(--b);stroke-width:5;stroke-linejoin:round;stroke-linecap:round;opacity:.8}"
        css += "\(root) .cl{fill:none;stroke-width:1.3}\(root) .an{fill:var(--f)}\(root) .st{fill:var(--b);stroke-width:2}"
        css += "\(root) .lb{paint-order:stroke;stroke:var(--b);stroke-width:3px;stroke-linejoin:round}"
        css += "\(root) .k{fill:#111}\(root) .w{fill:#fff}\(root) .na{fill:var(--g)}"
        for slot in slots {
            css += "\(root) .s\(slot + 1){stroke:var(--c\(slot + 1))}\(root) .f\(slot + 1){fill:var(--c\(slot + 1))}"
        }
        return css
    }
}
