/// The text a reader sees in a raw HTML block (`<div>…</div>`, `<font>`, `<br>`): tags, comments, scripts
/// and styles dropped, the common entities decoded. One pass, forward only.
enum HTMLText {
    static func of(_ html: String) -> String {
        var out = ""
        var rest = html[...]
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            out += rest[..<open]
            rest = rest[open...]
            if rest.first == "&" {
                let (text, after) = entity(rest)
                out += text
                rest = after
            } else if rest.hasPrefix("<!--") {
                rest = rest[(rest.byteRange(of: "-->")?.upperBound ?? rest.endIndex)...]
            } else if let next = rest.dropFirst().first, next.isLetter || next == "/" || next == "!" || next == "?" {
                let name = rest.dropFirst().prefix { $0.isLetter }.lowercased()
                rest = rest[(rest.firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex)...]
                if name == "script" || name == "style" {
                    rest = rest[(closingTag(name, in: rest) ?? rest.endIndex)...]
                }
                out += "\n"   // a tag separates words; between Chinese characters `SearchText` joins again
            } else {
                out += "<"
                rest = rest.dropFirst()
            }
        }
        out += rest
        return SearchText.joiningLines(out)
    }

    /// Where `</name` (any case) first starts in `text`. Native search: Foundation's `range(of:)` copied
    /// the rest of the text on every call, which made many comments or scripts on one line quadratic.
    private static func closingTag(_ name: String, in text: Substring) -> Substring.Index? {
        var rest = text
        while let open = rest.byteRange(of: "</") {
            let after = rest[open.upperBound...]
            if after.prefix(name.count).lowercased() == name { return open.lowerBound }
            rest = after
        }
        return nil
    }

    /// The text of the entity at the start of `text` (`&amp;`, `&#20320;`, `&#x4F60;`), and what follows;
    /// an unknown or unterminated one stays as written.
    private static func entity(_ text: Substring) -> (String, Substring) {
        let body = text.dropFirst().prefix(10).prefix { $0 != ";" && $0 != "&" && $0 != "<" }
        let end = body.endIndex
        guard end < text.endIndex, text[end] == ";" else { return ("&", text.dropFirst()) }
        let name = String(body)
        let after = text[text.index(after: end)...]
        if let known = named[name] { return (known, after) }
        var number: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") { number = UInt32(name.dropFirst(2), radix: 16) }
        else if name.hasPrefix("#") { number = UInt32(name.dropFirst()) }
        if let number, let scalar = Unicode.Scalar(number) { return (String(Character(scalar)), after) }
        return ("&", text.dropFirst())
    }

    private static let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]
}
