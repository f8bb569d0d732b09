/// A noun phrase found by ``NounPhraseChunker``: `der ukrainische Präsident
/// Wolodymyr Selenskyj`, `Der Sprecher des Kremls, Dmitry Peskov`, `das
/// Verteidigungsministerium in Seoul`, `er`.
public struct NounPhrase: Hashable, Sendable {
    /// All its tokens, attachments and apposition included.
    public var tokens: Range<Int>
    /// The determiner's classes (empty when there is none).
    public var determiner: WordClass
    /// The adjectives and numbers before the head.
    public var modifiers: Range<Int>
    /// The capitalised words of the head (`Präsident Wolodymyr Selenskyj`); empty for a pronoun.
    public var head: Range<Int>
    /// The genitive attachments after the head (`des Kremls`, `der Polizei`).
    public var genitive: Range<Int>?
    /// A place attachment of a body (`in Seoul`).
    public var place: Range<Int>?
    /// An apposition after a comma (`, Dmitry Peskov`, `, Chef des ...`), without its commas.
    public var apposition: Range<Int>?
    /// The pronoun, when the phrase is one.
    public var pronoun: Int?
    /// The relative pronoun that stands for the phrase where it acts (`X, der sagte, …`), when it is the antecedent of one.
    public var relativePronoun: Int?

    /// Creates a phrase.
    public init(
        tokens: Range<Int>, determiner: WordClass = [], modifiers: Range<Int>, head: Range<Int>,
        genitive: Range<Int>? = nil, place: Range<Int>? = nil, apposition: Range<Int>? = nil, pronoun: Int? = nil
    ) {
        self.tokens = tokens
        self.determiner = determiner
        self.modifiers = modifiers
        self.head = head
        self.genitive = genitive
        self.place = place
        self.apposition = apposition
        self.pronoun = pronoun
    }

    /// The last word of the head: the noun or name the phrase is about.
    public var headWord: Int? { head.isEmpty ? pronoun : head.upperBound - 1 }

    /// The phrase without its apposition and trailing attachments: the head with determiner and modifiers.
    public var core: Range<Int> { tokens.lowerBound..<(head.isEmpty ? tokens.upperBound : head.upperBound) }
}
