/// Statements: relations between sides, and the definitions a statement may begin with.
extension FormulaParser {
    static func isSeparator(_ t: TeXToken) -> Bool {
        t.isSymbol(",") || t.isSymbol(";") || t.isSymbol(".") || t.isCommand("\\")
    }

    mutating func formula() throws -> [Statement] {
        var result: [Statement] = []
        while true {
            while let t = current, Self.isSeparator(t) { position += 1 }
            guard !atEnd else { break }
            result.append(try statement())
            if let t = current, !Self.isSeparator(t) { throw unexpected(t) }
        }
        if result.isEmpty { throw FormulaError("the formula is empty") }
        return result
    }

    enum RelationToken: Equatable { case relation(Relation), define }

    func relationAt() -> (RelationToken, length: Int)? {
        guard let t = current else { return nil }
        switch t.kind {
        case .symbol("="): return (.relation(.equal), 1)
        case .symbol("<"): return (.relation(.less), 1)
        case .symbol(">"): return (.relation(.greater), 1)
        case .symbol(":") where token(at: 1)?.isSymbol("=") == true: return (.define, 2)
        case .command("le"): return (.relation(.lessEqual), 1)
        case .command("ge"): return (.relation(.greaterEqual), 1)
        case .command("approx"): return (.relation(.approx), 1)
        case .command("coloneq"): return (.define, 1)
        default: return nil
        }
    }

    mutating func statement() throws -> Statement {
        let headStart = position
        let head = try functionHead()
        let headText = head.map { _ in text(headStart, position) }
        if head != nil, let (_, length) = relationAt() { position += length }

        var sides: [Expression] = []
        var texts: [String] = []
        var relations: [RelationToken] = []
        while true {
            let start = position
            sides.append(try expression())
            texts.append(text(start, position))
            guard let (relation, length) = relationAt() else { break }
            relations.append(relation)
            position += length
        }
        if let t = current, !Self.isSeparator(t) { throw unexpected(t) }

        var definition: Definition?
        if let head {
            definition = Definition(name: head.name, parameters: head.parameters, body: sides[0], head: headText ?? head.name)
            context.functions.insert(head.name)
        } else if relations.first == .define || relations.first == .relation(.equal),
                  let name = definableName(sides[0], explicit: relations.first == .define) {
            definition = Definition(name: name, parameters: [], body: sides[1], head: texts[0])
            if case .symbol(let s) = sides[0], case .symbol(let letter)? = s.index {
                definition?.subscripted = .init(base: s.base, variable: letter.key)
            }
            sides.removeFirst()
            texts.removeFirst()
            relations.removeFirst()
            context.values.insert(name)
        } else if relations.first == .define {
            throw FormulaError("only a name can be defined with := (`\(texts[0])` is not one)")
        }
        var plain: [Relation] = []
        for relation in relations {
            guard case .relation(let r) = relation else {
                throw FormulaError(":= may only follow the name it defines")
            }
            plain.append(r)
        }
        if definition == nil && plain.isEmpty {
            throw FormulaError("`\(texts[0])` states no relation (=, ≈, <, ≤, >, ≥) and defines nothing")
        }
        return Statement(definition: definition, sides: sides, relations: plain, texts: texts)
    }

    /// The name a statement `name = …` defines, if its first side can be a new name.
    func definableName(_ side: Expression, explicit: Bool) -> String? {
        func free(_ key: String) -> Bool {
            !context.bound.contains(key) && (explicit || (!context.values.contains(key) && !context.functions.contains(key)))
        }
        func selects(_ s: Symbol) -> Bool {
            s.index != nil && (context.bound.contains(s.base) || context.values.contains(s.base))
        }
        switch side {
        case .symbol(let s) where s.key != "e" && s.key != "π" && !selects(s):
            return free(s.key) ? s.key : nil
        case .power(.symbol(let s), _, let name?) where s.key != "e" && s.key != "π" && !selects(s):
            return free(name) && free(s.key) ? name : nil
        default:
            return nil
        }
    }

    /// `f(x, y)` at the start of a statement, followed by `=` or `:=`, when `f` is a new function; else nil
    /// with nothing consumed.
    mutating func functionHead() throws -> (name: String, parameters: [String])? {
        let start = position
        guard let t = current, startsName(t), let name = try? self.name(), name.primes == 0, isSymbol("("),
              name.key != "σ", BuiltinFunction.operatorNames[name.key.lowercased()] == nil,
              !context.bound.contains(name.key) else {
            position = start
            return nil
        }
        position += 1
        var parameters: [String] = []
        while true {
            guard let t = current, startsName(t), let parameter = try? self.name(), parameter.primes == 0 else {
                position = start
                return nil
            }
            parameters.append(parameter.key)
            if isSymbol(",") { position += 1; continue }
            if isSymbol(")") { position += 1; break }
            position = start
            return nil
        }
        guard let (relation, _) = relationAt(),
              relation == .define || (relation == .relation(.equal) && !context.functions.contains(name.key)) else {
            position = start
            return nil
        }
        return (name.key, parameters)
    }
}
