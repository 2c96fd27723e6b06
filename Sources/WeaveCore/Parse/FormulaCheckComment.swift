/// The `<!-- check: … -->` comment after a display formula: the formula's variables and options.
///
///     <!-- check: x = -6...6 -->
///     <!-- check: z = vector(3), y = onehot(3), j = integers(1...3), tol = 1e-6 -->
///     <!-- check: x = -6...6, fails -->
///
/// Values: a range `a...b`, a number, `integers(a...b)`, `vector(n)` or `vector(n, a...b)`, `onehot(n)`,
/// `probabilities(n)`. Options: `tol = …` (relative tolerance), `fails` (the formula is known to be wrong).
struct FormulaCheckComment: Equatable {
    /// A variable's value as the check's Swift call writes it (`.range(-6.0, 6.0)`).
    struct Variable: Equatable {
        var name: String
        var domain: String
    }

    var variables: [Variable] = []
    var tolerance: Double?
    var fails = false

    /// Whether an HTML block or inline is a check comment (`<!-- check` then `:`, a space or the end).
    static func isCheckComment(_ html: String) -> Bool {
        guard let body = commentBody(html)?.body else { return false }
        guard body.hasPrefix("check") else { return false }
        let after = body.dropFirst(5).first
        return after == nil || after == ":" || after!.isWhitespace
    }

    /// The text inside `<!-- … -->` (trimmed) and what follows the comment, or nil when `html` is no comment.
    static func commentBody(_ html: String) -> (body: String, rest: String)? {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<!--"), let end = trimmed.range(of: "-->") else { return nil }
        let body = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 4)..<end.lowerBound]
        return (body.trimmingCharacters(in: .whitespacesAndNewlines), String(trimmed[end.upperBound...]))
    }

    /// Reads a check comment; the error says what is wrong in words.
    static func parse(_ html: String) throws(CommentError) -> FormulaCheckComment {
        guard let (body, rest) = commentBody(html) else { throw CommentError("this check comment is never closed with -->") }
        let after = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        guard after.isEmpty else {
            throw CommentError("put the check comment on lines of its own (found `\(after.prefix(40))` after it)")
        }
        var text = Substring(body.dropFirst(5)).drop { $0.isWhitespace }
        if text.first == ":" { text = text.dropFirst() }
        var comment = FormulaCheckComment()
        for item in topLevelItems(String(text)) {
            let words = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if words.count == 1 {
                guard words[0] == "fails" else {
                    throw CommentError("`\(item)` is not `name = value`, `tol = …` or `fails`")
                }
                comment.fails = true
                continue
            }
            let (name, value) = (words[0], words[1])
            guard !name.isEmpty else { throw CommentError("`\(item)` has no name before =") }
            if name == "tol" || name == "tolerance" {
                guard comment.tolerance == nil else { throw CommentError("the tolerance is given twice") }
                guard let t = number(value), t >= 0 else { throw CommentError("the tolerance `\(value)` is not a number ≥ 0") }
                comment.tolerance = t
                continue
            }
            guard !comment.variables.contains(where: { $0.name == name }) else {
                throw CommentError("\(name) is given two values")
            }
            comment.variables.append(Variable(name: name, domain: try domain(value, of: name)))
        }
        return comment
    }

    /// A value as Swift: `.range(-6.0, 6.0)`, `.vector(3, -1.0, 1.0)`, `.integers(1, 5)`, `.constant(0.5)`, …
    static func domain(_ value: String, of name: String) throws(CommentError) -> String {
        let compact = value.filter { !$0.isWhitespace }
        if let (low, high) = range(compact) {
            guard low <= high else { throw CommentError("\(name) = \(value) is an empty range (its lower end is above its upper end)") }
            return ".range(\(low), \(high))"
        }
        if let x = number(compact) { return ".constant(\(x))" }
        if let arguments = call("integers", compact) {
            guard let (low, high) = range(arguments), let a = Int(exactly: low), let b = Int(exactly: high), a <= b else {
                throw CommentError("\(name) = \(value): integers needs whole-number ends, first ≤ last (integers(1...5))")
            }
            return ".integers(\(a), \(b))"
        }
        if let arguments = call("vector", compact) {
            let parts = arguments.split(separator: ",", maxSplits: 1).map(String.init)
            guard let n = Int(parts[0]), n >= 1, n <= 1000 else {
                throw CommentError("\(name) = \(value): a vector needs 1 to 1000 components (vector(3))")
            }
            guard parts.count == 2 else { return ".vector(\(n), -1.0, 1.0)" }
            guard let (low, high) = range(parts[1]), low <= high else {
                throw CommentError("\(name) = \(value): the components' range should read a...b (vector(3, -2...2))")
            }
            return ".vector(\(n), \(low), \(high))"
        }
        for (word, swift) in [("onehot", "oneHot"), ("oneHot", "oneHot"), ("probabilities", "probabilities")] {
            guard let arguments = call(word, compact) else { continue }
            guard let n = Int(arguments), n >= 1, n <= 1000 else {
                throw CommentError("\(name) = \(value): \(word) needs 1 to 1000 components (\(word)(3))")
            }
            return ".\(swift)(\(n))"
        }
        throw CommentError("\(name) = \(value): the value should be a range (-6...6), a number, integers(1...5), vector(3), onehot(3) or probabilities(3)")
    }

    /// `a...b` as two numbers.
    static func range(_ text: String) -> (Double, Double)? {
        let parts = text.components(separatedBy: "...")
        guard parts.count == 2, let a = number(parts[0]), let b = number(parts[1]) else { return nil }
        return (a, b)
    }

    /// A finite number, with `−` accepted for the minus sign.
    static func number(_ text: String) -> Double? {
        let plain = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "−", with: "-")
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let x = Double(plain), x.isFinite else { return nil }
        return x
    }

    /// The arguments of `word(…)`, or nil when `text` is not that call.
    static func call(_ word: String, _ text: String) -> String? {
        guard text.hasPrefix(word + "("), text.hasSuffix(")") else { return nil }
        return String(text.dropFirst(word.count + 1).dropLast())
    }

    /// Splits at commas outside (), {} and [].
    static func topLevelItems(_ text: String) -> [String] {
        var items: [String] = []
        var depth = 0
        var current = ""
        for c in text {
            if "({[".contains(c) { depth += 1 }
            if ")}]".contains(c) { depth = max(0, depth - 1) }
            if c == ",", depth == 0 {
                items.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The Swift statement that checks `tex` in the note's program, reporting at `line`.
    func swiftCall(tex: String, line: Int) -> String {
        var call = "checkFormula(\(SwiftLiteral.string(tex))"
        if !variables.isEmpty {
            call += ", with: [" + variables.map { "\(SwiftLiteral.string($0.name)): \($0.domain)" }.joined(separator: ", ") + "]"
        }
        if let tolerance { call += ", tolerance: \(tolerance)" }
        if fails { call += ", fails: true" }
        return call + ", line: \(line), column: 1)"
    }

    /// What is wrong with a check comment.
    struct CommentError: Error, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
