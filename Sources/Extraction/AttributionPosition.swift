/// Where the source stands relative to an attribution phrase (`attribution-phrases.tsv`).
public enum AttributionPosition: String, Hashable, Sendable {
    /// The source follows: `laut X`.
    case before
    /// The source follows, and in the clause of a verb of saying it is where the speaker has the
    /// statement from, not a second statement: `unter Berufung auf X`.
    case citing
    /// The source precedes: `X zufolge`.
    case after
    /// An attribution noun, then the source: `nach Angaben des X`.
    case noun
    /// After a comma or quotation: `„…“, so X`.
    case so
    /// An adverb that points back at the last source: `Demnach …`.
    case anaphoric

    /// Whether the source follows the phrase (`laut X`, `unter Berufung auf X`).
    var sourceFollows: Bool { self == .before || self == .citing }
}
