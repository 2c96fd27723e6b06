extension Module {
    /// The module's name as shown in summaries and messages: its type name, e.g. `Linear`.
    public var name: String { String(describing: type(of: self)) }
}
