import Foundation
import Lexicons

/// Folds the romanisations of a name into one key, so that spellings never
/// seen before still meet: Zelensky, Zelenskyy, Selenskyj and Selenski all
/// give `selenski`; Peskov and Peskow give `peskow`; Yoon Suk-yeol and Yoon
/// Suk Yeol give `joon suk jeol`.
///
/// The rules are data, read from `Ontology/lexicons/transliteration.tsv`
/// (see that file for the format). Before them a name is lower-cased, its
/// accents dropped and cut into words at spaces, hyphens, full stops and
/// apostrophes; after them runs of one letter collapse to one.
///
///     TransliterationKey.key(for: "Volodymyr Zelensky") == TransliterationKey.key(for: "Wolodymyr Selenskyj")  // true
///     TransliterationKey.key(for: "Putin") == TransliterationKey.key(for: "Puschkin")                          // false
public struct TransliterationKey: Sendable {
    /// The rules, in the order they apply.
    public let rules: [TransliterationRule]
    /// The rules on bytes, when every rule keeps an ASCII word ASCII: then ASCII names are keyed on their bytes.
    private let asciiRules: ASCIITransliteration?

    /// Creates a key function from rules.
    public init(rules: [TransliterationRule]) {
        self.rules = rules
        asciiRules = ASCIITransliteration(rules)
    }

    /// Reads `lexicons/transliteration.tsv` from an Ontology folder (nil: the one ``OntologyDirectory`` finds).
    public static func load(from folder: URL? = nil) throws -> TransliterationKey {
        let file = try LexiconFile.load("lexicons/transliteration.tsv", from: folder ?? OntologyDirectory.locate())
        return TransliterationKey(rules: file.rows.compactMap(TransliterationRule.init(row:)))
    }

    /// The key function read once from the Ontology folder, or why it could not be.
    public static let loaded = LoadedData { try load() } ifUnreadable: { TransliterationKey(rules: []) }
    /// ``loaded``'s key function (no rules when it cannot be read).
    public static let shared: TransliterationKey = loaded.value

    /// The key of a name under the shared rules.
    public static func key(for name: String) -> String { shared.key(for: name) }

    /// The key of a name: its words folded, rewritten and joined by spaces.
    public func key(for name: String) -> String {
        guard let asciiRules else { return key(scalarsOf: name) }
        var name = name
        if let key = name.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? Self.key(ascii: $0, asciiRules) : nil }) {
            return key
        }
        let words = Self.words(of: name)
        if words.allSatisfy({ $0.allSatisfy(\.isASCII) }) { return Self.key(asciiWords: words, asciiRules) }
        return key(words: words)
    }

    /// ``key(for:)`` worked out on the scalars of the name: the way for names
    /// whose folded words are not ASCII (and for any name, when a rule's replacement is not ASCII).
    func key(scalarsOf name: String) -> String { key(words: Self.words(of: name)) }

    /// The key of the folded words of a name, the rules applied to their scalars.
    private func key(words: [[Unicode.Scalar]]) -> String {
        var key = String.UnicodeScalarView()
        for word in words {
            if !key.isEmpty { key.append(" ") }
            key.append(contentsOf: Self.collapsingRuns(rules.reduce(word) { $1.apply(to: $0) }))
        }
        return String(key)
    }

    /// ``key(for:)`` of an ASCII name, on its bytes: the words are the runs of
    /// letters and digits, lower-cased, and stay ASCII through the rules.
    private static func key(ascii name: UnsafeBufferPointer<UInt8>, _ rules: ASCIITransliteration) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(name.count + 4)
        var word: [UInt8] = []
        var scratch: [UInt8] = []
        for byte in name {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            default: rules.appendKey(of: &word, to: &key, scratch: &scratch)
            }
        }
        rules.appendKey(of: &word, to: &key, scratch: &scratch)
        return String(decoding: key, as: UTF8.self)
    }

    /// ``key(for:)`` of a name whose folded words are all ASCII (`Müller` → `muller`), on their bytes.
    private static func key(asciiWords words: [[Unicode.Scalar]], _ rules: ASCIITransliteration) -> String {
        var key: [UInt8] = []
        var word: [UInt8] = []
        var scratch: [UInt8] = []
        for scalars in words {
            for scalar in scalars { word.append(UInt8(truncatingIfNeeded: scalar.value)) }
            rules.appendKey(of: &word, to: &key, scratch: &scratch)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// The lower-cased, accent-free words of a name (`Erdoğan` → `erdogan`, `Suk-yeol` → `suk`, `yeol`).
    static func words(of name: String) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var word: [Unicode.Scalar] = []
        func take(_ scalar: Unicode.Scalar) {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.append(scalar)
            } else if scalar.properties.generalCategory != .nonspacingMark, !word.isEmpty {
                words.append(word)
                word = []
            }
        }
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                take(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar)
            } else if scalar == "ß" {
                word.append(contentsOf: ["s", "s"])
            } else {
                let lowered = scalar.properties.lowercaseMapping.decomposedStringWithCanonicalMapping
                for part in lowered.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
                    take(part)
                }
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// A word with every run of one character cut to one (`gerassimow` → `gerasimow`).
    static func collapsingRuns(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(word.count)
        for scalar in word where result.last != scalar { result.append(scalar) }
        return result
    }
}
