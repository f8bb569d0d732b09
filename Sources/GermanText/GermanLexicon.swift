import Lexicons

/// The word lists that text analysis reads from `Ontology/lexicons/`.
public struct GermanLexicon: Sendable {
    /// Lower-cased abbreviations that end in a full stop without ending a sentence.
    public let abbreviations: Set<String>
    /// The most UTF-8 bytes an abbreviation has.
    private let longestAbbreviation: Int
    /// Month names and short forms, mapped to their number.
    public var months: [String: Int]

    /// Creates a lexicon from word lists.
    public init(abbreviations: Set<String>, months: [String: Int]) {
        self.abbreviations = abbreviations
        longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
        self.months = months
    }

    /// Whether a word, without soft hyphens and lower-cased, is an abbreviation.
    func isAbbreviation(_ word: Token) -> Bool {
        // A word of ASCII letters (as many bytes as scalars) matches only an entry of as many
        // scalars (no scalar is canonically equivalent to two ASCII ones), and an entry has no
        // more scalars than bytes: a longer one is looked up no further.
        let scalarCount = word.span.end - word.span.start
        if word.text.utf8.count == scalarCount && scalarCount > longestAbbreviation { return false }
        return abbreviations.contains(word.normalized.lowercasedIfNeeded())
    }

    /// Reads `lexicons/abbreviations.tsv` and `lexicons/months.tsv`.
    public static func load() throws -> GermanLexicon {
        let abbreviations = try LexiconFile.load("lexicons/abbreviations.tsv").firstColumn.map { $0.lowercased() }
        var months: [String: Int] = [:]
        for row in try LexiconFile.load("lexicons/months.tsv").rows where row.count >= 2 {
            if let number = Int(row[1]) { months[row[0]] = number }
        }
        return GermanLexicon(abbreviations: Set(abbreviations), months: months)
    }

    /// The lexicon read once from the Ontology folder (empty lists when it is missing).
    public static let shared: GermanLexicon = (try? load()) ?? GermanLexicon(abbreviations: [], months: [:])
}
