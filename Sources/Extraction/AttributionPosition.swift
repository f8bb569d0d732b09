/// Where the source stands relative to an attribution phrase (`attribution-phrases.tsv`).
public enum AttributionPosition: String, Hashable, Sendable {
    /// The source follows: `laut X`, `unter Berufung auf X`.
    case before
    /// The source precedes: `X zufolge`.
    case after
    /// An attribution noun, then the source: `nach Angaben des X`.
    case noun
    /// After a comma or quotation: `„…“, so X`.
    case so
    /// An adverb that points back at the last source: `Demnach …`.
    case anaphoric
}
