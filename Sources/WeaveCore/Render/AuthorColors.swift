import Foundation

/// Rewrites the text colours authors put in raw HTML and in typeset formulas so that they stay readable
/// in both themes.
///
/// `<font color="blue">` and `style="color: blue"` (KaTeX writes `\textcolor` and `\color` this way)
/// become `style="color:#light;--weave-dark-color:#dark"`: the light colour inline, the dark one as a
/// custom property that the stylesheet applies in dark mode. Colours already readable stay as they are.
enum AuthorColors {
    /// `html` with every author colour made readable; unchanged when it names no colour.
    static func rewrite(_ html: String) -> String {
        guard html.includes("color") else { return html }
        return html.replacing(tag) { match in rewriteTag(String(html[match.range])) }
    }

    /// The custom property the stylesheet reads in dark mode.
    static let darkProperty = "--weave-dark-color"

    private static let tag = SharedRegex(#"<[A-Za-z][^<>]*>"#)
    private static let fontColor = SharedRegex(#"(?i)\scolor\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)"#)
    private static let styleAttribute = SharedRegex(#"(?i)\sstyle\s*=\s*("[^"]*"|'[^']*')"#)
    private static let colorDeclaration = SharedRegex(#"(?i)(^|[;\s])color\s*:\s*([^;]+)"#)

    private static func rewriteTag(_ tag: String) -> String {
        var tag = tag
        var declarations: String?
        // `<font color=…>`: the attribute moves into a style.
        if tag.lowercased().hasPrefix("<font"), let match = tag.firstMatch(of: fontColor),
           let color = AuthorColor(css: unquote(String(match.output[1].substring!))) {
            declarations = pair(color)
            tag.replaceSubrange(match.range, with: "")
        }
        if let match = tag.firstMatch(of: styleAttribute) {
            let quoted = String(match.output[1].substring!)
            let quote = quoted.first!
            var style = String(quoted.dropFirst().dropLast())
            if let declaration = style.firstMatch(of: colorDeclaration),
               let color = AuthorColor(css: String(declaration.output[2].substring!).trimmingCharacters(in: .whitespaces)) {
                style.replaceSubrange(declaration.range, with: "\(declaration.output[1].substring!)\(pair(color))")
            }
            if let declarations { style = declarations + ";" + style }
            tag.replaceSubrange(match.range, with: " style=\(quote)\(style)\(quote)")
        } else if let declarations {
            let end = tag.hasSuffix("/>") ? tag.index(tag.endIndex, offsetBy: -2) : tag.index(before: tag.endIndex)
            tag.insert(contentsOf: " style=\"\(declarations)\"", at: end)
        }
        return tag
    }

    /// `color:#light;--weave-dark-color:#dark` for an author's colour.
    private static func pair(_ color: AuthorColor) -> String {
        "color:\(color.readable(on: .lightBackground).hex);\(darkProperty):\(color.readable(on: .darkBackground).hex)"
    }

    private static func unquote(_ value: String) -> String {
        guard let first = value.first, first == "\"" || first == "'" else { return value }
        return String(value.dropFirst().dropLast())
    }
}
