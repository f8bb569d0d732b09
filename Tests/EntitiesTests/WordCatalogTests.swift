import GermanText
import Testing

@testable import Entities

@Suite struct WordCatalogTests {
    /// Words of every length from one to twenty letters, each beside the words that differ from it in
    /// one letter (at every position: the first, middle and last bytes and the overlapping eight-byte
    /// reads of the hash), words with umlauts and ß (two bytes a letter), in two cases, and long compounds.
    static let words: [String] = {
        var words: [String] = []
        for length in 1...20 {
            let base = String(repeating: "a", count: length)
            words.append(base)
            for position in 0..<length {
                var letters = Array(base)
                letters[position] = "e"
                words.append(String(letters))
            }
        }
        return words + [
            "Straße", "straße", "Strasse", "Öl", "öl", "Ol", "Äpfel", "Apfel", "Ärzteschaftsvertretungsgesetz",
            "Ärzteschaftsvertretungsgesetze", "Rettungsagentur", "Rettungsagenturen", "Grüße", "Größe", "Über", "über",
        ]
    }()

    /// Tokens written alike get one number and tokens written otherwise different ones, in one text,
    /// across texts, and whether a word was met before or is new.
    @Test func wordsWrittenAlikeShareANumber() {
        let catalog = WordCatalog(lexicon: .shared, gazetteer: nil)
        let forward = AnalyzedText(Self.words.joined(separator: " "))
        let backward = AnalyzedText(Self.words.reversed().joined(separator: " ") + " " + Self.words.joined(separator: " "))
        let first = TokenTable(forward, catalog: catalog)
        let second = TokenTable(backward, catalog: catalog)
        let numbered = Array(zip(forward.tokens.map { forward.string($0) }, first.catalogIndices))
            + zip(backward.tokens.map { backward.string($0) }, second.catalogIndices)
        #expect(forward.tokens.count == Self.words.count)
        var numbers: [String: Int32] = [:]
        for (word, number) in numbered {
            #expect(number >= 0, "\(word)")
            #expect(numbers[word, default: number] == number, "\(word)")
            numbers[word] = number
        }
        #expect(Set(numbers.values).count == Set(Self.words).count)
        #expect(first.forms.elementsEqual(forward.tokens.map { forward.string($0) }))
        #expect(second.lower.elementsEqual(backward.tokens.map { backward.string($0).lowercased() }))
    }

    /// Words met once the catalog is full stay with the table, each occurrence numbered on its own
    /// (negative); the words kept before are still found by their number.
    @Test func wordsPastTheCapacityStayWithTheirTable() {
        let catalog = WordCatalog(lexicon: .shared, gazetteer: nil, capacity: 5)
        let text = AnalyzedText((Self.words + Self.words).joined(separator: " "))
        let table = TokenTable(text, catalog: catalog)
        let numbers = table.catalogIndices
        #expect(numbers.prefix(5) == [0, 1, 2, 3, 4])
        #expect(numbers[5...].filter { $0 >= 0 } == [0, 1, 2, 3, 4])
        #expect(Array(numbers[Self.words.count..<(Self.words.count + 5)]) == [0, 1, 2, 3, 4])
        #expect(Set(numbers.filter { $0 < 0 }).count == 2 * Self.words.count - 10)
        #expect(table.forms.elementsEqual(text.tokens.map { text.string($0) }))
        #expect(table.lower.elementsEqual(text.tokens.map { text.string($0).lowercased() }))
    }

    /// The hash reads every byte of keys up to twenty bytes (a key differing in any one byte hashes
    /// otherwise), and the empty key has one too.
    @Test func hashReadsEveryByte() {
        for length in 0...20 {
            let base = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            let hash = base.withUnsafeBufferPointer(WordCatalog.hash)
            for position in 0..<length {
                var changed = base
                changed[position] = UInt8(ascii: "e")
                #expect(changed.withUnsafeBufferPointer(WordCatalog.hash) != hash, "\(length) \(position)")
            }
        }
    }
}
