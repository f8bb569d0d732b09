import Lexicons

/// The word lists that text analysis reads from `Ontology/lexicons/`.
public struct GermanLexicon: Sendable {
    /// Lower-cased abbreviations that end in a full stop without ending a sentence.
    public let abbreviations: Set<String>
    /// The abbreviations whose NFC form is ASCII of up to eight bytes, each as its bytes in an
    /// integer (``packedASCII(_:lowercasing:)``), sorted.
    private let packedAbbreviations: [UInt64]
    /// The most bytes of an abbreviation whose NFC form is ASCII.
    private let longestASCIIAbbreviation: Int
    /// Month names and short forms, mapped to their number.
    public var months: [String: Int]

    /// Creates a lexicon from word lists.
    public init(abbreviations: Set<String>, months: [String: Int]) {
        self.abbreviations = abbreviations
        let ascii = abbreviations.map { Array($0.nfc.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }
        packedAbbreviations = ascii.filter { $0.count <= 8 }
            .map { Self.packedASCII($0, lowercasing: false) }.sorted()
        longestASCIIAbbreviation = ascii.map(\.count).max() ?? 0
        self.months = months
    }

    /// Whether a word (its scalars), without soft hyphens and lower-cased, is an abbreviation.
    func isAbbreviation(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        if let answer = isASCIIAbbreviation(word) { return answer }
        return abbreviations.contains(Token.normalizedForm(of: String(scalars: word, in: word.indices)).lowercasedIfNeeded())
    }

    /// ``isAbbreviation(_:)`` of a word by its scalars alone, or nil when that does not tell. A word
    /// of ASCII is its own NFC form, and the same as an abbreviation only when that one's NFC form is
    /// the same bytes.
    private func isASCIIAbbreviation(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool? {
        guard word.allSatisfy(\.isASCII) else { return nil }
        if word.count > longestASCIIAbbreviation { return false }
        guard word.count <= 8 else { return nil }
        return Self.contains(packedAbbreviations, Self.packedASCII(word.lazy.map { UInt8(truncatingIfNeeded: $0.value) }, lowercasing: true))
    }

    /// Up to eight bytes of ASCII in an integer, the first in the lowest byte, `A` to `Z` lower-cased if asked.
    private static func packedASCII(_ bytes: some Sequence<UInt8>, lowercasing: Bool) -> UInt64 {
        var packed: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            let isCapital = lowercasing && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            packed |= UInt64(isCapital ? byte | 0x20 : byte) << (8 * UInt64(index))
        }
        return packed
    }

    /// Whether a sorted list holds a value (a binary search).
    private static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
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

    /// The lexicon read once from the Ontology folder, or why it could not be.
    public static let loaded = LoadedData { try load() } ifUnreadable: { GermanLexicon(abbreviations: [], months: [:]) }
    /// ``loaded``'s lexicon (empty lists when it cannot be read).
    public static let shared: GermanLexicon = loaded.value
}
