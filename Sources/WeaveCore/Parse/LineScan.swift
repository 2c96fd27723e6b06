/// One line's characters with lookups the shielder needs at many positions, each made in one pass.
///
/// Asking "where does the math opened here end?" or "where is the matching backtick run?" by scanning
/// ahead from every `$` or backtick makes a line of many unclosed ones quadratic; these tables answer
/// in constant or logarithmic time.
struct LineScan {
    let chars: [Character]
    private let text: String
    /// Where each character starts in `text`, then `text.endIndex`.
    private let starts: [String.Index]
    /// For each position, the first unescaped `$` at or after it (`chars.count` if none).
    private let dollars: [Int]
    /// The starts of the line's backtick runs, in order, by run length.
    private let runStarts: [Int: [Int]]

    init(_ text: String) {
        var chars: [Character] = []
        var starts: [String.Index] = []
        for index in text.indices {
            chars.append(text[index])
            starts.append(index)
        }
        starts.append(text.endIndex)
        self.chars = chars
        self.text = text
        self.starts = starts
        var escaped = [Bool](repeating: false, count: chars.count)
        for k in chars.indices.dropFirst() where chars[k - 1] == "\\" && !escaped[k - 1] { escaped[k] = true }

        var next = [Int](repeating: chars.count, count: chars.count + 1)
        for k in chars.indices.reversed() {
            next[k] = chars[k] == "$" && !escaped[k] ? k : next[k + 1]
        }
        dollars = next

        var runs: [Int: [Int]] = [:]
        var k = 0
        while k < chars.count {
            guard chars[k] == "`" else { k += 1; continue }
            let start = k
            while k < chars.count, chars[k] == "`" { k += 1 }
            runs[k - start, default: []].append(start)
        }
        runStarts = runs
    }

    /// The characters at `positions`, as one piece of the line (copied in one step, not character by character).
    subscript(_ positions: Range<Int>) -> Substring {
        text[starts[positions.lowerBound]..<starts[positions.upperBound]]
    }

    /// The first unescaped `$` at or after `position` (`chars.count` if none).
    func dollar(from position: Int) -> Int {
        position < dollars.count ? dollars[position] : chars.count
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
