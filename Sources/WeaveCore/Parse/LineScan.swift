/// One line's characters with lookups the shielder needs at many positions, each made in one pass.
///
/// Asking "where does the math opened here end?" or "where is the matching backtick run?" by scanning
/// ahead from every `$` or backtick makes a line of many unclosed ones quadratic; these tables answer
/// in constant time.
struct LineScan {
    let chars: [Character]
    /// For each position, the first unescaped `$` at or after it that ends an inline-math scan: one
    /// that can close `$…$`, or a non-closing one before another `$`, which forbids the span.
    private let mathStops: [Int]
    /// For the start of each backtick run, the start of the next run of the same length.
    private let sameRuns: [Int: Int]

    init(_ text: String) {
        let chars = Array(text)
        self.chars = chars
        var escaped = [Bool](repeating: false, count: chars.count)
        for k in chars.indices.dropFirst() where chars[k - 1] == "\\" && !escaped[k - 1] { escaped[k] = true }

        var stops = [Int](repeating: chars.count, count: chars.count + 1)
        for k in chars.indices.reversed() {
            stops[k] = stops[k + 1]
            guard chars[k] == "$", !escaped[k], k > 0 else { continue }
            if Self.closesMath(chars, at: k) || (k + 1 < chars.count && chars[k + 1] == "$") { stops[k] = k }
        }
        mathStops = stops

        var runs: [Int: Int] = [:]
        var lastRunOfLength: [Int: Int] = [:]
        var k = chars.count - 1
        while k >= 0 {
            guard chars[k] == "`" else { k -= 1; continue }
            var start = k
            while start > 0, chars[start - 1] == "`" { start -= 1 }
            let length = k - start + 1
            if let next = lastRunOfLength[length] { runs[start] = next }
            lastRunOfLength[length] = start
            k = start - 1
        }
        sameRuns = runs
    }

    /// The first position at or after `position` where an inline-math scan stops (`chars.count` if none).
    func mathStop(from position: Int) -> Int {
        position < mathStops.count ? mathStops[position] : chars.count
    }

    /// Whether the `$` at `position` (not the first character) can close inline math: Pandoc's rule,
    /// no space before it and no digit or `$` after it.
    func closesMath(at position: Int) -> Bool {
        Self.closesMath(chars, at: position)
    }

    private static func closesMath(_ chars: [Character], at k: Int) -> Bool {
        let next: Character? = k + 1 < chars.count ? chars[k + 1] : nil
        return !chars[k - 1].isWhitespace && !(next?.isNumber == true || next == "$")
    }

    /// The start of the next backtick run as long as the one starting at `start`, if any.
    func matchingRun(after start: Int) -> Int? {
        sameRuns[start]
    }
}
