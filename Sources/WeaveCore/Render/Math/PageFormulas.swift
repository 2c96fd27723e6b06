/// The formulas of one page as it renders: those the page had last time, else typeset now; remembers
/// which were used, for the formula store.
final class PageFormulas {
    private let known: [Formula: MathResult]
    private let typesetter: LazyTypesetter
    /// Every formula of the page, with its result.
    private(set) var used: [Formula: MathResult] = [:]
    /// How many formulas had to be typeset (were not known).
    private(set) var typesetCount = 0

    /// Whether the page's formulas differ from those it had last time (so the store needs the new set).
    var changed: Bool { typesetCount > 0 || used.count != known.count }

    init(known: [Formula: MathResult], typesetter: LazyTypesetter) {
        self.known = known
        self.typesetter = typesetter
    }

    func render(_ tex: String, display: Bool) -> MathResult {
        let formula = Formula(tex: tex, display: display)
        if let result = used[formula] ?? known[formula] {
            used[formula] = result
            return result
        }
        typesetCount += 1
        let result = typesetter.render(formula)
        used[formula] = result
        return result
    }
}
