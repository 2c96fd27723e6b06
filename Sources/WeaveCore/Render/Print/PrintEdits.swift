import Foundation

/// How a page's body reads on the print page: the few byte ranges `PrintAnchors` replaces (ids, links, an
/// ` open` for each folded callout). The page cache keeps these edits, not a second copy of every body.
struct PrintEdits: Equatable, Sendable {
    /// One replacement: the body's UTF-8 bytes `start..<end` become `text` (`start == end` inserts it).
    struct Edit: Equatable, Sendable {
        var start: Int
        var end: Int
        var text: String
    }

    /// In order of `start`, none overlapping.
    private(set) var edits: [Edit] = []

    init(_ edits: [Edit] = []) {
        self.edits = edits
    }

    mutating func replace(_ start: Int, _ end: Int, with text: String) {
        edits.append(Edit(start: start, end: end, text: text))
    }

    /// About how many bytes the edits add.
    var extraSize: Int { edits.reduce(0) { $0 + $1.text.utf8.count } }

    /// Appends the bytes `range` of `body` to `out`, with the edits inside the range applied. An edit that
    /// does not fit (it crosses the range or the body, or overlaps the one before) is left out.
    func append(_ body: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout Data) {
        var copied = range.lowerBound
        for edit in edits where edit.start >= range.lowerBound && edit.end <= range.upperBound {
            guard edit.start >= copied, edit.start <= edit.end, edit.end <= body.count else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: body[copied..<edit.start]))
            out += edit.text
            copied = edit.end
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: body[copied..<range.upperBound]))
    }

    /// Appends all of `body` with the edits applied.
    func append(_ body: String, to out: inout Data) {
        var body = body
        body.withUTF8 { append($0, 0..<$0.count, to: &out) }
    }

    /// `body` with every edit applied.
    func applied(to body: String) -> String {
        var out = Data()
        append(body, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
