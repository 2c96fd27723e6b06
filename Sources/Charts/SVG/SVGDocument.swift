/// Wraps drawn plots in a root `<svg>` with `<title>`, `<desc>`, a scoped `<style>` and an id derived
/// from the content, so that the same input always gives the same bytes.
enum SVGDocument {
    /// Stands for the document id while the body is drawn; a control character, so escaped text never contains it.
    static let idPlaceholder = "\u{1}"

    /// The complete SVG text.
    static func make(width: Double, height: Double, title: String, description: [String], colorCount: Int, body: String) -> String {
        let descriptionText = description.joined(separator: " ")
        let id = "wv" + ContentHash.hex(of: title + "\n" + descriptionText + "\n" + body)
        let w = SVGText.number(width), h = SVGText.number(height)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
        svg += " role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\">\n"
        svg += "<title id=\"\(id)-t\">\(SVGText.escaped(title))</title>\n"
        svg += "<desc id=\"\(id)-d\">\(SVGText.escaped(descriptionText))</desc>\n"
        svg += "<style>\(StyleSheet.css(id: id, colorCount: colorCount))</style>\n"
        svg += body.replacingOccurrences(of: idPlaceholder, with: id)
        svg += "</svg>\n"
        return svg
    }
}
