import NewsGraphModel

/// A passage in quotation marks.
public struct Quotation: Hashable, Sendable {
    /// The index of the opening mark in ``AnalyzedText/tokens``.
    public var openingToken: Int
    /// The index of the closing mark, or nil when the quotation runs to the
    /// end of its paragraph unclosed (a quotation going on in the next one).
    public var closingToken: Int?
    /// The quoted words, without the marks.
    public var content: Span
    /// The quoted words with their marks.
    public var span: Span

    /// Creates a quotation.
    public init(openingToken: Int, closingToken: Int?, content: Span, span: Span) {
        self.openingToken = openingToken
        self.closingToken = closingToken
        self.content = content
        self.span = span
    }
}
