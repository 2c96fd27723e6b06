/// What a display formula's TeX says about its number, as MathJax and Typora read it: `\label{eq:x}` names
/// it, `\tag{A}` (or `\tag*{A}`, without parentheses) gives it a number of the author's choosing, and
/// `\notag` or `\nonumber` asks for none.
struct EquationMarks: Equatable {
    var labels: [String] = []
    /// The first `\tag`'s text.
    var tag: String?
    var tagStarred = false
    var unnumbered = false

    init(_ tex: String) {
        for command in TeXCommands.find(tex, names: ["label", "tag", "notag", "nonumber"]) {
            switch command.name {
            case "label":
                if let label = command.argument, !label.isEmpty, !labels.contains(label) { labels.append(label) }
            case "tag":
                if tag == nil, let text = command.argument {
                    tag = text
                    tagStarred = command.starred
                }
            default:
                unnumbered = true
            }
        }
    }
}
