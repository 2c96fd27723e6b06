extension Inline {
    /// The inlines inside a span (emphasis, strong, strikethrough, highlight, a link's text); nil for the
    /// kinds that hold no inlines.
    ///
    /// Walks and rewrites reach nested inlines through this and `withChildren(_:)` only, so a new span kind
    /// is added here once.
    public var children: [Inline]? {
        switch self {
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .highlight(let c), .link(_, _, let c): return c
        case .text, .code, .image, .wikiLink, .embed, .math, .html, .footnoteReference, .checkbox, .tag,
             .softBreak, .lineBreak:
            return nil
        }
    }

    /// This span with its inlines replaced by `children`; a kind that holds no inlines is returned as it is.
    public func withChildren(_ children: [Inline]) -> Inline {
        switch self {
        case .emphasis: return .emphasis(children)
        case .strong: return .strong(children)
        case .strikethrough: return .strikethrough(children)
        case .highlight: return .highlight(children)
        case .link(let destination, let title, _): return .link(destination: destination, title: title, children)
        case .text, .code, .image, .wikiLink, .embed, .math, .html, .footnoteReference, .checkbox, .tag,
             .softBreak, .lineBreak:
            return self
        }
    }
}
