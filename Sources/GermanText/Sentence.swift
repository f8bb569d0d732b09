import NewsGraphModel

/// One sentence: its offsets and the range of its tokens.
public struct Sentence: Hashable, Sendable {
    /// From its first token's start to its last token's end.
    public var span: Span
    /// Indices into ``AnalyzedText/tokens``.
    public var tokens: Range<Int>

    /// Creates a sentence.
    public init(span: Span, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}
