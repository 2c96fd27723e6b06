/// Text the program generator puts into a cell's code, at a place in the cell's own coordinates.
struct CodeInsertion: Equatable, Sendable {
    var at: TopLevelStatements.Position
    var text: String

    /// The code with the insertions made; insertions at the same place keep the order they are given in.
    static func apply(_ insertions: [CodeInsertion], to code: String) -> String {
        let source = Array(code.utf8)
        let ordered = insertions.enumerated().sorted { ($0.element.at.offset, $0.offset) < ($1.element.at.offset, $1.offset) }
        var out: [UInt8] = []
        out.reserveCapacity(source.count + insertions.reduce(0) { $0 + $1.text.utf8.count })
        var next = 0
        for (_, insertion) in ordered {
            let offset = Swift.min(Swift.max(insertion.at.offset, next), source.count)
            out += source[next..<offset]
            out += insertion.text.utf8
            next = offset
        }
        out += source[next...]
        return String(decoding: out, as: UTF8.self)
    }
}
