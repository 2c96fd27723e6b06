/// Turns a display formula followed by `<!-- check: … -->` into a formula check.
///
/// The comment becomes a hidden cell right after the formula, whose code is the `checkFormula` call
/// for the formula's TeX, so it runs in the note's program in its place among the cells (a name an
/// earlier checked formula defined is known to a later one) and its ✓ or ✗ shows under the formula.
/// Cells are then numbered again in document order. A check comment anywhere else, or one that does
/// not read, is an error at its line.
enum FormulaChecks {
    static func apply(_ blocks: [Block], file: String, diagnostics: inout [Diagnostic]) -> [Block] {
        var problems: [Diagnostic] = []
        var found = false

        func pair(_ siblings: [Block]) -> [Block] {
            var out: [Block] = []
            for block in siblings {
                guard case .html(let raw, let line) = block, FormulaCheckComment.isCheckComment(raw) else {
                    out.append(block)
                    continue
                }
                guard case .displayMath(let tex, let mathLine)? = out.last else {
                    var message = "a check comment must come right after a display formula ($$ … $$ on lines of their own)"
                    if case .paragraph(let inlines, _)? = out.last, case .math(_, true, _)? = inlines.last(where: { $0 != .softBreak }) {
                        message += "; put a blank line before the formula's $$ so that it stands on its own"
                    }
                    problems.append(Diagnostic(.error, file: file, line: line, message))
                    out.append(block)
                    continue
                }
                do {
                    let comment = try FormulaCheckComment.parse(raw)
                    var options = Cell.Options()
                    options.hide = true
                    out.append(.cell(Cell(index: 0, code: comment.swiftCall(tex: tex, line: mathLine), options: options,
                                          line: mathLine, formula: tex)))
                    found = true
                } catch {
                    problems.append(Diagnostic(.error, file: file, line: line, "check comment: \(error.message)"))
                    out.append(block)
                }
            }
            return out
        }

        // Every list of sibling blocks is paired: the note's, and each one nested inside a block.
        var result = pair(blocks.rewritten { [$0.mappingChildBlocks(pair)] })
        // A check comment inside a paragraph (on the formula's own line, say) would otherwise go unnoticed.
        result.forEachBlock { block in
            if case .paragraph(let inlines, let line) = block, inlines.contains(where: { inline in
                if case .html(let raw) = inline { return FormulaCheckComment.isCheckComment(raw) } else { return false }
            }) {
                problems.append(Diagnostic(.error, file: file, line: line,
                    "a check comment must be on lines of its own, right after a display formula ($$ … $$ on lines of their own)"))
            }
        }
        if found {
            var index = 0
            result = result.rewritten { block in
                guard case .cell(var cell) = block else { return [block] }
                cell.index = index
                index += 1
                return [.cell(cell)]
            }
        }
        diagnostics += problems
        return result
    }
}
