/// Gives every heading a unique anchor id that works for Chinese headings too.
enum HeadingIDs {
    static func apply(_ blocks: [Block]) -> [Block] {
        var used: [String: Int] = [:]
        return blocks.rewritten { block in
            guard case .heading(let level, let inlines, _, let line) = block else { return [block] }
            let base = slug(readable(inlines))
            let n = used[base, default: 0]
            used[base] = n + 1
            return [.heading(level: level, inlines, id: n == 0 ? base : "\(base)-\(n)", line: line)]
        }
    }

    /// A heading's text for its anchor: math as readable letters (`\\sigma'(x)` → `σ'(x)`), markup dropped.
    static func readable(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            guard case .math(let tex, _, _) = inline else { return [inline].plainText }
            let letters = tex.replacing(command) { match -> String in
                let name = String(match.output[1].substring!)
                return greek[name] ?? name
            }
            return String(letters.filter { !"_^{} ".contains($0) })
        }.joined()
    }

    private static let command = SharedRegex(#"\\([A-Za-z]+)"#)
    private static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ", "eta": "η",
        "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ",
        "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ",
        "Psi": "Ψ", "Omega": "Ω", "nabla": "∇", "partial": "∂",
    ]

    /// Lower-cased letters and digits of any script, words joined by `-`; punctuation dropped.
    static func slug(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || c == "_" {
                out.append(c)
            } else if (c.isWhitespace || c == "-") && !out.isEmpty && out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "section" : out
    }
}
