/// The container markers a line starts with — indentation, `>` and list markers — capped in length.
///
/// cmark keeps one open container per level, and a blank line continues every open list item, so each
/// blank line after 50,000 nested `- ` costs 50,000 steps: quadratic time. A line opens or continues at
/// most as many levels as its prefix has characters, so cutting prefixes to `maxLength` characters
/// bounds the open containers, and the work per line, for any input. No real note comes near it.
enum ContainerPrefix {
    static let maxLength = 1_000

    /// `line` with its container prefix cut to `maxLength` characters, or nil if it is not longer.
    static func capped(_ line: String) -> String? {
        guard line.utf8.count > maxLength else { return nil }
        let chars = Array(line)
        var end = 0    // the end of the prefix so far
        var kept = 0   // the last end within `maxLength`
        while end < chars.count {
            let next = markerEnd(chars, from: end)
            guard next > end else { break }
            end = next
            if end <= maxLength { kept = end }
        }
        guard end > maxLength else { return nil }
        return String(chars[..<kept]) + String(chars[end...])
    }

    /// The end of the marker starting at `start`: a space, a tab, a `>`, or a list marker (`-`, `*`, `+`,
    /// or up to nine digits and `.` or `)`) with the space or tab after it; `start` if there is none.
    private static func markerEnd(_ chars: [Character], from start: Int) -> Int {
        let c = chars[start]
        if c == " " || c == "\t" || c == ">" { return start + 1 }
        var j = start
        if "-*+".contains(c) {
            j += 1
        } else {
            while j < chars.count, j - start < 9, chars[j].isASCII, chars[j].isNumber { j += 1 }
            guard j > start, j < chars.count, chars[j] == "." || chars[j] == ")" else { return start }
            j += 1
        }
        guard j < chars.count, chars[j] == " " || chars[j] == "\t" else { return start }
        return j + 1
    }
}
