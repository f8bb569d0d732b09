import NewsGraphModel

/// What a noun phrase refers to, and the mention that says so.
public struct Referent: Hashable, Sendable {
    /// The entity (or unnamed source).
    public var entity: EntityRef
    /// The words that name it in this place: the name, role noun or pronoun.
    public var span: Span
    /// The tokens of that mention.
    public var tokens: Range<Int>
    /// How it was resolved, for `newsgraph explain`.
    public var rule: String

    /// Creates a referent.
    public init(entity: EntityRef, span: Span, tokens: Range<Int>, rule: String) {
        self.entity = entity
        self.span = span
        self.tokens = tokens
        self.rule = rule
    }
}
