extension FormulaStore {
    /// The formulas of one page as it renders: those it had last time, else from the store (`typeset`);
    /// remembers which were used, for `FormulaStore.keep`. Used by one thread.
    final class Page {
        private let store: FormulaStore
        let relativePath: String
        private let known: [Formula: MathResult]
        /// Every formula of the page, with its result.
        private(set) var used: [Formula: MathResult] = [:]
        /// How many formulas were not known from last time.
        private(set) var typesetCount = 0

        /// Whether the page's formulas differ from those it had last time (so the store keeps the new set).
        var changed: Bool { typesetCount > 0 || used.count != known.count }

        init(store: FormulaStore, relativePath: String, known: [Formula: MathResult]) {
            self.store = store
            self.relativePath = relativePath
            self.known = known
        }

        func render(_ tex: String, display: Bool) -> MathResult {
            let formula = Formula(tex: tex, display: display)
            if let result = used[formula] ?? known[formula] {
                used[formula] = result
                return result
            }
            typesetCount += 1
            let result = store.typeset(formula)
            used[formula] = result
            return result
        }
    }
}
