/// Prepares tokens for the parser: drops what only changes spacing or size, and spells synonyms one way.
///
/// `\left(` becomes `(`, `\bigl(` becomes `(`, `\,` and `&` disappear, `\dfrac` becomes `\frac`,
/// `\leq` becomes `\le`, and `\begin{aligned}`/`\end{aligned}` go (their `\\` still separates
/// statements). An environment outside this list (`cases`, `pmatrix`) is an error.
enum TeXPreprocessor {
    /// Commands that only change spacing, size or style.
    static let ignored: Set<String> = [
        ",", ";", ":", "!", " ", "quad", "qquad", "enspace", "thinspace", "medspace", "thickspace",
        "negthinspace", "negmedspace", "negthickspace", "displaystyle", "textstyle", "scriptstyle",
        "limits", "nolimits", "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
        "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm", "biggm", "Biggm", "middle", "nonumber", "notag",
    ]

    /// Commands whose one braced argument is dropped with them.
    static let ignoredWithArgument: Set<String> = ["hspace", "tag", "label", "vphantom", "phantom"]

    /// Environments that only lay statements out.
    static let layoutEnvironments: Set<String> = [
        "aligned", "align", "align*", "gathered", "gather", "gather*", "split", "equation", "equation*",
        "alignat", "alignat*", "alignedat",
    ]

    static let synonyms: [String: TeXToken.Kind] = [
        "dfrac": .command("frac"), "tfrac": .command("frac"), "cfrac": .command("frac"),
        "leq": .command("le"), "leqslant": .command("le"), "geq": .command("ge"), "geqslant": .command("ge"),
        "lt": .symbol("<"), "gt": .symbol(">"), "vert": .symbol("|"), "Vert": .command("|"),
        "lbrack": .symbol("["), "rbrack": .symbol("]"), "ast": .symbol("*"), "coloneqq": .command("coloneq"),
        "triangleq": .command("coloneq"), "textrm": .command("text"),
        "textit": .command("text"), "mathit": .command("text"), "mathrm": .command("text"), "textnormal": .command("text"),
        "widehat": .command("hat"), "overline": .command("bar"), "widetilde": .command("tilde"),
        "boldsymbol": .command("mathbf"), "bm": .command("mathbf"), "pmb": .command("mathbf"), "vec": .command("mathbf"),
        "mathbfit": .command("mathbf"), "mathsf": .command("mathbf"), "intercal": .command("top"),
    ]

    static func prepare(_ tokens: [TeXToken]) throws(FormulaError) -> [TeXToken] {
        var out: [TeXToken] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            switch token.kind {
            case .symbol("&"), .symbol("~"):
                i += 1
            case .command(let name) where ignored.contains(name):
                i += 1
            case .command(let name) where ignoredWithArgument.contains(name):
                i = afterGroup(tokens, from: i + 1)
            case .command("begin"), .command("end"):
                let (environment, next) = groupWord(tokens, from: i + 1)
                guard layoutEnvironments.contains(environment) else {
                    throw FormulaError.unsupported("\\begin{\(environment)}")
                }
                i = next
                if environment.hasPrefix("alignat") && token.kind == .command("begin") { i = afterGroup(tokens, from: i) }
            case .symbol("^") where i + 1 < tokens.count && tokens[i + 1].isCommand("prime"):
                out.append(TeXToken(kind: .symbol("'"), offset: token.offset))
                i += 2
            case .symbol("^") where i + 3 < tokens.count && tokens[i + 1].isSymbol("{") && tokens[i + 2].isCommand("prime")
                && tokens[i + 3].isSymbol("}"):
                out.append(TeXToken(kind: .symbol("'"), offset: token.offset))
                i += 4
            case .command("prime"):
                out.append(TeXToken(kind: .symbol("'"), offset: token.offset))
                i += 1
            case .command(let name):
                out.append(TeXToken(kind: synonyms[name] ?? token.kind, offset: token.offset))
                i += 1
            default:
                out.append(token)
                i += 1
            }
        }
        return out
    }

    /// The position after the group starting at `start` (a braced group, or one token); the end of the
    /// tokens when a brace is never closed.
    static func afterGroup(_ tokens: [TeXToken], from start: Int) -> Int {
        groupEnd(tokens, from: start) ?? tokens.count
    }

    /// The position after the group starting at `start`, or nil when its `{` is never closed.
    static func groupEnd(_ tokens: [TeXToken], from start: Int) -> Int? {
        guard start < tokens.count else { return start }
        guard tokens[start].isSymbol("{") else { return start + 1 }
        var depth = 0
        var i = start
        while i < tokens.count {
            if tokens[i].isSymbol("{") { depth += 1 }
            if tokens[i].isSymbol("}") { depth -= 1; if depth == 0 { return i + 1 } }
            i += 1
        }
        return nil
    }

    /// The text of the braced group at `start` (such as an environment's name) and the position after it.
    static func groupWord(_ tokens: [TeXToken], from start: Int) -> (String, Int) {
        let end = afterGroup(tokens, from: start)
        let inner = tokens[start..<end].filter { !$0.isSymbol("{") && !$0.isSymbol("}") }
        return (inner.map(\.text).joined(), end)
    }
}
