/// Link targets as a browser reads them: site paths percent-encoded so that any file name gives a working
/// link, and the scheme of a written URL found the way the browser finds it.
public enum Href {
    /// A path in the site (e.g. `sub/a b#1.html`) as an href: every ASCII character that could end the
    /// path or change its meaning (`#`, `?`, `%`, `:`, `\`, spaces, line breaks, …) percent-encoded.
    /// Letters beyond ASCII stay as they are (browsers encode them).
    public static func path(_ path: String) -> String {
        encode(path) { $0 < 0x80 && !pathSafe.contains($0) }
    }

    /// A URL written in a note, made safe to put in an href: control characters, spaces and the characters
    /// URLs never hold raw are percent-encoded; everything else, `%` escapes included, stays.
    public static func written(_ url: String) -> String {
        encode(url) { $0 <= 0x20 || $0 == 0x7F || unsafeInURL.contains($0) }
    }

    /// The scheme of a URL as a browser reads it, lower-cased (`javascript` for ` JaVa\tScRiPt:…`), or nil
    /// for a relative URL. Browsers drop leading spaces and control characters, and tabs and line breaks
    /// anywhere, before they look for the scheme.
    public static func scheme(_ url: String) -> String? {
        var scheme: [UInt8] = []
        var started = false
        for byte in url.utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if !started, byte <= 0x20 { continue }
            started = true
            if byte == UInt8(ascii: ":") { return scheme.isEmpty ? nil : String(decoding: scheme, as: UTF8.self).lowercased() }
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let allowed = letter || (!scheme.isEmpty && (digit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")))
            guard allowed else { return nil }
            scheme.append(byte)
        }
        return nil
    }

    /// ASCII characters a path keeps raw: unreserved characters, `/`, and sub-delimiters and `@` that mean
    /// nothing in a path.
    private static let pathSafe = Set(("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@").utf8)
    /// ASCII characters no URL holds raw (besides controls and space).
    private static let unsafeInURL = Set("\"<>\\^`{|}".utf8)

    private static func encode(_ text: String, where needsEscape: (UInt8) -> Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if needsEscape(byte) { out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hex = Array("0123456789ABCDEF".utf8)
}
