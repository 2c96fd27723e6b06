/// Splits text into the terms of the search index: Chinese (and other CJK) text into overlapping
/// character pairs, other text into lower-cased words.
///
/// Whitespace tokenisers see a Chinese sentence as one word; pairs of characters need no dictionary
/// and find any word of two or more characters (反向传播 is 反向 + 向传 + 传播). Single characters and
/// one-letter words are not terms: the search page finds those by scanning the text. `search.js`
/// splits a query by the same rules (`SearchScriptTests` holds the two to each other).
enum SearchTokenizer {
    /// What the text is: prose, a formula's TeX, or code.
    enum Kind {
        /// Words and CJK pairs.
        case prose
        /// TeX: `\sigma` gives `sigma`; layout commands (`\frac`, `\mathrm`, `\left`…) give nothing, and `_`
        /// (a subscript) separates words.
        case tex
        /// Code: identifiers, and the parts of `crossEntropy` or `learning_rate` too; keywords give nothing.
        case code
    }

    /// The terms of `text`, in order, with repeats.
    static func terms(_ text: String, as kind: Kind = .prose) -> [String] {
        var terms: [String] = []
        var word = String.UnicodeScalarView()
        var previousCJK: Unicode.Scalar?
        func endWord() {
            guard !word.isEmpty else { return }
            add(word: String(word), length: word.count, kind: kind, to: &terms)
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                endWord()
                if let previous = previousCJK { terms.append(String(String.UnicodeScalarView([previous, scalar]))) }
                previousCJK = scalar
                continue
            }
            previousCJK = nil
            if isWordCharacter(scalar) && !(kind == .tex && scalar == "_") {
                word.append(scalar)
            } else {
                endWord()
            }
        }
        endWord()
        return terms
    }

    /// Adds a word of `length` scalars (and, for code, its parts) unless it is too short or a stop word.
    private static func add(word: String, length: Int, kind: Kind, to terms: inout [String]) {
        guard length >= 2 else { return }
        let lower = word.lowercased()
        switch kind {
        case .prose:
            terms.append(lower)
        case .tex:
            if !texLayoutWords.contains(lower) { terms.append(lower) }
        case .code:
            guard !codeKeywords.contains(word) else { return }
            terms.append(lower)
            let parts = identifierParts(word)
            if parts.count > 1 { terms += parts.filter { $0.unicodeScalars.count >= 2 }.map { $0.lowercased() } }
        }
    }

    /// `crossEntropy` → cross, Entropy; `MSELoss` → MSE, Loss; `learning_rate` → learning, rate.
    static func identifierParts(_ identifier: String) -> [String] {
        let scalars = Array(identifier.unicodeScalars)
        var parts: [String] = []
        var part = String.UnicodeScalarView()
        for (k, scalar) in scalars.enumerated() {
            if scalar == "_" {
                if !part.isEmpty { parts.append(String(part)) }
                part = String.UnicodeScalarView()
                continue
            }
            if let last = part.last, isUpper(scalar) {
                // A hump: lower (or digit) then upper, or the last capital of an acronym before a lower-case letter.
                let next = k + 1 < scalars.count ? scalars[k + 1] : nil
                if !isUpper(last) || (next.map(isLower) ?? false) {
                    parts.append(String(part))
                    part = String.UnicodeScalarView()
                }
            }
            part.append(scalar)
        }
        if !part.isEmpty { parts.append(String(part)) }
        return parts
    }

    private static func isUpper(_ s: Unicode.Scalar) -> Bool { s.properties.generalCategory == .uppercaseLetter }
    private static func isLower(_ s: Unicode.Scalar) -> Bool { s.properties.generalCategory == .lowercaseLetter }

    /// Han, kana and Hangul: the scripts written without spaces between words (as `search.js` has them).
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// Letters, combining marks, digits and `_` (JavaScript's `[\p{L}\p{M}\p{N}_]`).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {   // most of a note's code and formulas: no look-up in Unicode's tables
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// TeX words that say how a formula looks, not what it is about.
    static let texLayoutWords: Set<String> = [
        "frac", "dfrac", "tfrac", "left", "right", "big", "bigg", "bigl", "bigr", "biggl", "biggr",
        "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "mathfrak", "boldsymbol", "bm",
        "text", "textbf", "textit", "textrm", "operatorname", "mathop", "rm", "bf", "it", "displaystyle", "limits",
        "begin", "end", "aligned", "align", "cases", "array", "matrix", "pmatrix", "bmatrix", "vmatrix",
        "quad", "qquad", "cdot", "cdots", "ldots", "dots", "vdots", "ddots", "hat", "bar", "tilde", "vec", "dot",
        "overline", "underline", "widehat", "widetilde", "color", "textcolor", "tag", "label", "hspace", "vspace",
    ]

    /// Swift keywords (code cells are Swift): in nearly every cell, so they find nothing in particular.
    static let codeKeywords: Set<String> = [
        "let", "var", "func", "return", "if", "else", "for", "in", "while", "repeat", "import", "struct", "class",
        "enum", "case", "switch", "default", "break", "continue", "true", "false", "nil", "self", "Self", "guard",
        "try", "throws", "throw", "do", "catch", "where", "as", "is", "init", "static", "private", "public",
        "extension", "protocol", "inout", "some", "any", "defer", "mutating",
    ]
}
