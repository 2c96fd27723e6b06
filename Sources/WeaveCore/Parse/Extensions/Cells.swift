/// Turns ` ```swift-nn ` code blocks into cells and checks their options.
enum Cells {
    static let language = "swift-nn"
    static let knownOptions: Set<String> = ["hide", "norun", "nooutput", "fails"]

    /// Converts cell code blocks, numbering them in order; unknown options are errors at the fence's line.
    static func apply(_ blocks: [Block], file: String, diagnostics: inout [Diagnostic]) -> [Block] {
        var index = 0
        var problems: [Diagnostic] = []
        let result = blocks.rewritten { block in
            guard case .code(let info, let code, let line) = block else { return [block] }
            let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
            guard words.first == language else { return [block] }
            var options = Cell.Options()
            for word in words.dropFirst() {
                switch word {
                case "hide": options.hide = true
                case "norun": options.norun = true
                case "nooutput": options.nooutput = true
                case "fails": options.fails = true
                default:
                    problems.append(Diagnostic(.error, file: file, line: line,
                        "unknown cell option `\(word)`; the options are \(knownOptions.sorted().joined(separator: ", "))"))
                }
            }
            defer { index += 1 }
            return [.cell(Cell(index: index, code: code, options: options, line: line))]
        }
        diagnostics += problems
        return result
    }
}
