import Foundation
import GermanText
import Lexicons
import NewsGraphModel

/// The names of countries, capitals, organisations, people and places, with
/// their variants, and the lists of first names and of names written family name first.
///
/// Read once from `Ontology/gazetteer/`:
///
/// | file | columns (tab-separated; `|` separates alternatives) |
/// |---|---|
/// | `countries.tsv` | canonical, variants, adjective stems, demonyms, capital (first = its name), type, ISO code, flags |
/// | `organizations.tsv`, `people.tsv`, `locations.tsv` | canonical, type, variants, flags (`ambiguous`) |
/// | `first-names.txt`, `family-names-first.txt` | one word a line |
///
/// (`common-nouns.txt`, the other word list there, is read by ``EntityLexicon``.)
///
/// ```swift
/// let gazetteer = Gazetteer.shared
/// gazetteer.lookup("Nordkoreas")?.canonical              // "Nordkorea"
/// gazetteer.lookup("Pjöngjang")?.capitalOf               // "Nordkorea"
/// gazetteer.lookup("Nato")?.canonical                    // "NATO"
/// gazetteer.lookup("Europäischen Union")?.canonical      // "EU"
/// gazetteer.country(forAdjective: "nordkoreanischen")?.canonical  // "Nordkorea"
/// gazetteer.country(forAdjective: "Nordkoreaner")?.canonical      // "Nordkorea"
/// ```
///
/// Matching: a name matches first exactly as listed (an acronym also with a
/// genitive `-s`: `IWFs`), then (when the text has a capital letter)
/// case-folded with adjective endings of all but the last word ignored and a
/// genitive `-s`/`-es` on the last word stripped; one-word acronyms never
/// match case-folded (`Rand` is not `RAND`; `Nato` is listed as a variant).
/// Hyphens and spaces are the same (`Kim Jong-un` = `Kim Jong Un`).
/// Entries flagged ambiguous match only exactly. Where two entries claim the
/// same name, the one read first wins (countries, organisations, people, locations).
///
/// A class: every recognizer, table and thread reads one gazetteer, and a copy of a
/// struct this size retained each of its tables (a shared count the cores fought over).
public final class Gazetteer: Sendable, CustomStringConvertible {
    /// Every entry, once per canonical name and type, in file order.
    public let entries: [GazetteerEntry]
    private let exactIndex: WordMap<Int>
    private let looseIndex: WordMap<Int>
    private let exactPrefixes: WordSet
    private let loosePrefixes: WordSet
    private let starts: WordSet
    private let adjectiveIndex: WordMap<Int>
    private let namesByEntry: [[String]]
    private let entryByKey: [GazetteerBuilder.EntryKey: Int]
    /// Lower-cased.
    private let firstNames: WordList
    /// Lower-cased.
    private let familyNamesFirst: WordList
    /// The prefixes of names met in texts so far, by exact key, shared by every copy and thread.
    private let prefixes = SharedMemo<Prefix>(capacity: 1 << 20)

    /// The files read from the Ontology folder, in the order their names are claimed.
    public static let entityFiles = [
        "gazetteer/countries.tsv", "gazetteer/organizations.tsv", "gazetteer/people.tsv", "gazetteer/locations.tsv",
    ]

    /// The gazetteer read once from the Ontology folder, or why it could not be.
    public static let loaded = LoadedData { try load(from: nil) } ifUnreadable: { Gazetteer() }
    /// ``loaded``'s gazetteer (empty when it cannot be read).
    public static let shared: Gazetteer = loaded.value

    /// Reads the gazetteer from an Ontology folder (nil: the one ``OntologyDirectory`` finds).
    public static func load(from folder: URL?) throws -> Gazetteer {
        guard let folder = folder ?? OntologyDirectory.locate() else { throw LexiconError.ontologyNotFound }
        let files = try entityFiles.map { try LexiconFile.load($0, from: folder) }
        return try Gazetteer(
            files: files,
            lowercasedFirstNames: WordList.load("gazetteer/first-names.txt", from: folder, lowercased: true),
            lowercasedFamilyNamesFirst: WordList.load("gazetteer/family-names-first.txt", from: folder, lowercased: true))
    }

    /// Builds a gazetteer from parsed files. A file whose name ends in
    /// `countries.tsv` is read in the country format, any other in the
    /// name format (see the type's documentation). Throws on a malformed row.
    public convenience init(
        files: [LexiconFile] = [], firstNames: [String] = [], familyNamesFirst: [String] = []
    ) throws {
        try self.init(
            files: files, lowercasedFirstNames: WordList(firstNames.map { $0.lowercased() }),
            lowercasedFamilyNamesFirst: WordList(familyNamesFirst.map { $0.lowercased() }))
    }

    private init(
        files: [LexiconFile], lowercasedFirstNames: WordList, lowercasedFamilyNamesFirst: WordList
    ) throws {
        var builder = GazetteerBuilder(rows: files.reduce(0) { $0 + $1.rows.count })
        for file in files {
            let source = file.name.split(separator: "/").last.map(String.init) ?? file.name
            if source.hasSuffix("countries.tsv") {
                try builder.addCountries(file.rows, source: source)
            } else {
                try builder.addNames(file.rows, source: source)
            }
        }
        entries = builder.entries
        exactIndex = WordMap(builder.exactIndex)
        looseIndex = WordMap(builder.looseIndex)
        exactPrefixes = WordSet(builder.exactPrefixes)
        loosePrefixes = WordSet(builder.loosePrefixes)
        starts = WordSet(builder.starts)
        adjectiveIndex = WordMap(builder.adjectiveIndex)
        namesByEntry = builder.namesByEntry
        entryByKey = builder.entryKeys
        firstNames = lowercasedFirstNames
        familyNamesFirst = lowercasedFamilyNamesFirst
    }

    private init() {
        entries = []
        exactIndex = WordMap([:])
        looseIndex = WordMap([:])
        exactPrefixes = WordSet([])
        loosePrefixes = WordSet([])
        starts = WordSet([])
        adjectiveIndex = WordMap([:])
        namesByEntry = []
        entryByKey = [:]
        firstNames = []
        familyNamesFirst = []
    }

    /// A short summary: `Gazetteer: 1520 entries, 1311 first names`.
    public var description: String {
        "Gazetteer: \(entries.count) entries, \(firstNames.count) first names"
    }

    /// The entry for a single word or a multi-word name as written in a text
    /// (`Nordkoreas`, `Kremls`, `Nato`, `Kim Jong-un`, `Europäischen Union`),
    /// or nil. Country adjectives and demonyms are not names: see
    /// ``country(forAdjective:)``.
    public func lookup(_ surface: String) -> GazetteerEntry? {
        let parts = GazetteerKey.parts(surface.nfc)
        guard let first = parts.first, mayStartName(lowered: first.lowercased()) else { return nil }
        return match(parts, stems: parts.dropLast().map(GazetteerKey.stem)).map { entries[$0] }
    }

    /// The longest name that starts at token `index` of a table and ends at a
    /// token boundary, with the number of tokens it covers (`Kim Jong Un` → 3,
    /// `Associated Press` → 2, `Nordkoreas` → 1, `George W. Bush` → 4 with
    /// the full stop). Word tokens take part, and a full stop written right
    /// after a word (initials, `Jr.`).
    public func longestMatch(in table: TokenTable, from index: Int) -> (entry: GazetteerEntry, tokenCount: Int)? {
        guard index >= 0, index < table.count, table.isWord(index) else { return nil }
        return longestMatch(in: table, from: index, firstPart: nil).map { (entries[$0.entry], $0.tokenCount) }
    }

    /// ``longestMatch(in:from:)`` as the index of the entry in ``entries``, when what the token's form
    /// says as a first part is known (``firstPart(_:)``): the words after it are followed by their
    /// numbers in the table's catalog, through its `runs` (``NameRuns``).
    func longestMatchIndex(in table: TokenTable, from index: Int, firstPart: Prefix, runs: NameRuns) -> (entry: Int, tokenCount: Int)? {
        guard index >= 0, index < table.count, table.isWord(index) else { return nil }
        // (Most words open no name, or one of one word: told before the table's arrays are taken.)
        if !firstPart.mayContinue { return firstPart.match.map { ($0, 1) } }
        return runs.longestMatch(in: table, from: index, firstPart: firstPart, gazetteer: self)
    }

    /// What a token's normalised form says as a name's first part (nothing when it has no part).
    /// (Not remembered: a catalog asks once for each word.)
    func firstPart(_ form: String) -> Prefix {
        if GazetteerKey.isOnePart(form) { return form.isEmpty ? .noName : prefix([form]) }
        let parts = GazetteerKey.parts(form)
        return parts.isEmpty ? .noName : prefix(parts)
    }

    /// What the parts of an exact key (``GazetteerKey/exact(_:)``) say, remembered across documents (``prefixes``).
    func prefix(ofExact key: String) -> Prefix {
        prefixes[key] ?? prefixes.remember(prefix(GazetteerKey.parts(ofExact: key)), for: key)
    }

    /// ``longestMatch(in:from:)`` for a word token, as the index of the entry. What each run of parts gives is
    /// remembered across documents (``prefixes``): most words open no name,
    /// or only a name of one word, and the others recur.
    func longestMatch(in table: TokenTable, from index: Int, firstPart known: Prefix?)
        -> (entry: Int, tokenCount: Int)?
    {
        // Most words open no name, or only one of one word: told by one lookup, without building parts.
        var firstPart = known
        if firstPart == nil, case let first = table.forms[index], GazetteerKey.isOnePart(first) {
            guard !first.isEmpty else { return nil }
            firstPart = prefix(ofExact: first)
        }
        if let firstPart, !firstPart.mayContinue { return firstPart.match.map { ($0, 1) } }
        // The exact key of the parts so far (``GazetteerKey/exact(_:)``: parts joined by spaces; no part
        // holds a space, so the parts are the key's pieces).
        var key = ""
        var best: (entry: Int, tokenCount: Int)?
        var position = index
        let tokens = table.tokens
        while position < tokens.count {
            if table.isPunctuation(position, "."), position > index, tokens[position - 1].span.end == tokens[position].span.start {
                position += 1
                continue
            }
            guard table.isWord(position) else { break }
            guard let piece = GazetteerKey.exactPiece(table.forms[position]) else { break }
            key = key.isEmpty ? piece : key + " " + piece
            let prefix = (position == index ? firstPart : nil) ?? self.prefix(ofExact: key)
            if let found = prefix.match {
                best = (found, position - index + 1)
            }
            guard prefix.mayContinue else { break }
            position += 1
        }
        return best
    }

    /// What the first parts of a text tell: the entry they name, and whether
    /// a longer listed name may start with them.
    struct Prefix: Sendable {
        /// The index of the entry the parts name.
        var match: Int?
        /// Whether some listed name starts with the parts and goes on.
        var mayContinue: Bool

        /// Parts that name nothing and start no name.
        static let noName = Prefix(match: nil, mayContinue: false)
    }

    /// The prefix some parts are: a first part that may start no name is
    /// done with after one set lookup (see ``mayStartName(lowered:)``).
    func prefix(_ parts: [String]) -> Prefix {
        guard let first = parts.first, mayStartName(lowered: first.lowercasedIfNeeded()) else {
            return .noName
        }
        let stems = parts.dropLast().map(GazetteerKey.stem)
        let allStems = stems + [GazetteerKey.stem(parts[parts.count - 1])]
        let mayContinue =
            exactPrefixes.contains(GazetteerKey.exact(parts)) || loosePrefixes.contains(allStems.joined(separator: " "))
        return Prefix(match: match(parts, stems: stems), mayContinue: mayContinue)
    }

    /// The country a country adjective or demonym refers to, in any
    /// inflection and case: `nordkoreanischen`, `Nordkoreanische`,
    /// `US-amerikanische`, `Nordkoreaner`, `Russinnen` → the country's entry.
    public func country(forAdjective word: String) -> GazetteerEntry? {
        adjectiveIndex[word.nfc.lowercasedIfNeeded()].map { entries[$0] }
    }

    /// Whether a word is a common first name (`Wolodymyr`, `Sabrina`, `Mark`), in any case.
    public func isKnownFirstName(_ word: String) -> Bool {
        firstNames.contains(word.nfc.lowercasedIfNeeded())
    }

    /// Every name an entry is listed under: its canonical name first, then
    /// its variants in file order (capitals: their own names). Empty for an
    /// entry this gazetteer does not hold.
    public func names(of entry: GazetteerEntry) -> [String] {
        entryByKey[GazetteerBuilder.EntryKey(entry)].map { namesByEntry[$0] } ?? []
    }

    /// Whether a word is a family name that comes first in a full name
    /// (`Kim` in `Kim Jong Un`, `Xi` in `Xi Jinping`), so that it, not the
    /// last word, is what a text shortens the name to.
    public func putsFamilyNameFirst(_ word: String) -> Bool {
        familyNamesFirst.contains(word.nfc.lowercasedIfNeeded())
    }

    /// A name case-folded, with hyphens as spaces and the adjective endings of
    /// all but its last word cut, as the gazetteer compares names:
    /// `Russisches Verteidigungsministerium` and `russische
    /// Verteidigungsministerium` both give `russisch verteidigungsministerium`.
    public static func foldedName(_ name: String) -> String {
        GazetteerKey.loose(GazetteerKey.parts(name.nfc))
    }

    /// Whether some name could start with this first part. A key of
    /// ``match(_:stems:)`` starts with the part lower-cased, or with its stem,
    /// a final candidate or its acronym stem: each the lower-cased part
    /// without a last `e` or `s`, or without a last `em`, `en`, `er` or `es`.
    /// Most words open no key, and are done with after one set lookup.
    /// `lowered` is the part in lower case.
    private func mayStartName(lowered: String) -> Bool {
        if starts.contains(lowered) { return true }
        let bytes = lowered.utf8
        guard let last = bytes.last else { return false }
        if last == UInt8(ascii: "e") || last == UInt8(ascii: "s"), starts.contains(Self.dropping(1, from: lowered)) {
            return true
        }
        guard last == UInt8(ascii: "m") || last == UInt8(ascii: "n") || last == UInt8(ascii: "r") || last == UInt8(ascii: "s"),
            bytes.count >= 2, bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "e")
        else { return false }
        return starts.contains(Self.dropping(2, from: lowered))
    }

    /// The text without its last `count` bytes, which are ASCII.
    private static func dropping(_ count: Int, from text: String) -> String {
        String(text[..<text.utf8.index(text.utf8.endIndex, offsetBy: -count)])
    }

    /// The index of the entry some parts name: exact, then loose.
    /// `stems` holds the stems of all parts but the last.
    private func match(_ parts: [String], stems: [String]) -> Int? {
        guard let last = parts.last else { return nil }
        if let found = exactIndex[GazetteerKey.exact(parts)] { return found }
        if let acronym = GazetteerKey.acronymStem(last),
            let found = exactIndex[GazetteerKey.exact(parts.dropLast() + [acronym])]
        {
            return found
        }
        guard parts.contains(where: GazetteerKey.isCapitalized) else { return nil }
        let head = stems.joined(separator: " ")
        for final in GazetteerKey.finalCandidates(last) {
            if let found = looseIndex[head.isEmpty ? final : head + " " + final] { return found }
        }
        return nil
    }
}
