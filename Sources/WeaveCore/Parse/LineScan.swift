/// One line's characters with lookups the shielder needs at many positions, each made in one pass.
///
/// Asking "where does the math opened here end?" or "where is the matching backtick run?" by scanning
/// ahead from every `$` or backtick makes a line of many unclosed ones quadratic; these tables answer
/// in constant or logarithmic time.
struct LineScan {
    let chars: [Character]
    /// For each position, the first unescaped `$` at or after it that ends an inline-math scan: one
    /// that can close `$…$`, or a non-closing one before another `$`, which forbids the span.
    private let mathStops: [Int]
    /// The starts of the line's backtick runs, in order, by run length.
    private let runStarts: [Int: [Int]]

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

        var starts: [Int: [Int]] = [:]
        var k = 0
        while k < chars.count {
            guard chars[k] == "`" else { k += 1; continue }
            let start = k
            while k < chars.count, chars[k] == "`" { k += 1 }
            starts[k - start, default: []].append(start)
        }
        runStarts = starts
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

    /// The start of the first backtick run of exactly `length` that starts at or after `position`.
    func backtickRun(length: Int, from position: Int) -> Int? {
        guard let starts = runStarts[length] else { return nil }
        var low = 0
        var high = starts.count
        while low < high {   // binary search for the first start >= position
            let middle = (low + high) / 2
            if starts[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < starts.count ? starts[low] : nil
    }
}
