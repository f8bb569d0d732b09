/// The classes of German function words (from `lexicons/function-words.tsv`).
public struct WordClass: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Definite article (`der`, `des`).
    public static let definite = WordClass(rawValue: 1 << 0)
    /// Indefinite article (`ein`, `einer`).
    public static let indefinite = WordClass(rawValue: 1 << 1)
    /// Possessive determiner (`sein`, `ihre`).
    public static let possessive = WordClass(rawValue: 1 << 2)
    /// Demonstrative (`diese`, `dies`).
    public static let demonstrative = WordClass(rawValue: 1 << 3)
    /// Quantifier (`alle`, `beide`, `einige`).
    public static let quantifier = WordClass(rawValue: 1 << 4)
    /// Preposition (`in`, `nach`, `laut`).
    public static let preposition = WordClass(rawValue: 1 << 5)
    /// Coordinating conjunction (`und`, `aber`).
    public static let conjunction = WordClass(rawValue: 1 << 6)
    /// Subordinating conjunction (`dass`, `ob`, `wie`).
    public static let subordinator = WordClass(rawValue: 1 << 7)
    /// Relative pronoun (`der`, `die`, `denen`).
    public static let relative = WordClass(rawValue: 1 << 8)
    /// Finite auxiliary or modal verb (`hat`, `wird`, `soll`).
    public static let auxiliary = WordClass(rawValue: 1 << 9)
    /// Subjunctive auxiliary or modal (`sei`, `habe`, `würde`).
    public static let subjunctive = WordClass(rawValue: 1 << 10)
    /// Negation (`nicht`, `kein`).
    public static let negation = WordClass(rawValue: 1 << 11)
    /// Adverb that can open a clause (`auch`, `zudem`, `heute`).
    public static let adverb = WordClass(rawValue: 1 << 12)
    /// Personal pronoun (`er`, `sie`, `wir`).
    public static let pronoun = WordClass(rawValue: 1 << 13)
    /// Time noun that heads an adverbial (`Montag`, `Woche`).
    public static let time = WordClass(rawValue: 1 << 14)
    /// Marks a condition or hypothesis (`wenn`, `würde`).
    public static let hypothetical = WordClass(rawValue: 1 << 15)
    /// Reportive modal (`soll`: "X soll Y getan haben").
    public static let reportive = WordClass(rawValue: 1 << 16)
    /// Anaphoric word for a statement (`dies`, `das`, `was`).
    public static let anaphoric = WordClass(rawValue: 1 << 17)
    /// Konjunktiv I form (`sei`, `habe`, `werde`, `könne`): reported speech on its own.
    public static let subjunctiveOne = WordClass(rawValue: 1 << 19)
    /// Preposition of place (`in`, `nach`, `aus`): a capital after it is a place.
    public static let locative = WordClass(rawValue: 1 << 18)
    /// A form of `haben`, `sein` or `werden` (`hat`, `war`, `wurde`): perfect, passive or future, not a modal.
    public static let tense = WordClass(rawValue: 1 << 20)

    /// The classes of finite verb forms: auxiliary, modal, subjunctive and reportive.
    public static let verbForms: WordClass = [.auxiliary, .subjunctive, .reportive, .subjunctiveOne, .tense]

    /// Any determiner: article, possessive, demonstrative or quantifier.
    public static let determiner: WordClass = [.definite, .indefinite, .possessive, .demonstrative, .quantifier]

    /// The class for a code of the lexicon file, or nil when unknown.
    public init?(code: String) {
        switch code {
        case "def": self = .definite
        case "indef": self = .indefinite
        case "poss": self = .possessive
        case "dem": self = .demonstrative
        case "quant": self = .quantifier
        case "prep": self = .preposition
        case "conj": self = .conjunction
        case "sub": self = .subordinator
        case "rel": self = .relative
        case "aux": self = .auxiliary
        case "subj": self = .subjunctive
        case "neg": self = .negation
        case "adv": self = .adverb
        case "pron": self = .pronoun
        case "time": self = .time
        case "hypo": self = .hypothetical
        case "report": self = .reportive
        case "anaph": self = .anaphoric
        case "loc": self = .locative
        case "subj1": self = .subjunctiveOne
        case "tense": self = .tense
        default: return nil
        }
    }
}
