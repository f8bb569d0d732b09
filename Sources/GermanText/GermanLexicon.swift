import Lexicons

/// The word lists that text analysis reads from `Ontology/lexicons/`.
public struct GermanLexicon: Sendable {
    /// Lower-cased abbreviations that end in a full stop without ending a sentence.
    public var abbreviations: Set<String>
    /// Month names and short forms, mapped to their number.
    public var months: [String: Int]

    /// Creates a lexicon from word lists.
    public init(abbreviations: Set<String>, months: [String: Int]) {
        self.abbreviations = abbreviations
        self.months = months
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
