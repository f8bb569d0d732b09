import Foundation
import Lexicons
import NewsGraphModel

/// Collects gazetteer rows into the entries and indexes a ``Gazetteer`` searches.
struct GazetteerBuilder {
    private(set) var entries: [GazetteerEntry] = []
    private(set) var exactIndex: [String: Int] = [:]
    private(set) var looseIndex: [String: Int] = [:]
    private(set) var exactPrefixes: Set<String> = []
    private(set) var loosePrefixes: Set<String> = []
    /// The first part of every key, lower-cased: what a name can start with.
    private(set) var starts: Set<String> = []
    private(set) var adjectiveIndex: [String: Int] = [:]
    private(set) var namesByEntry: [[String]] = []
    private(set) var entryKeys: [EntryKey: Int] = [:]

    /// What tells entries apart: type and canonical name.
    struct EntryKey: Hashable {
        let type: NodeType
        let canonical: String

        /// The key of `entry`.
        init(_ entry: GazetteerEntry) {
            type = entry.type
            canonical = entry.canonical
        }
    }

    /// A builder with room in its indexes for the names of `rows` rows (some three names or
    /// adjective forms a row, at most two entries: a country and its capital), made once:
    /// growing a dictionary hashes every key again.
    init(rows: Int) {
        let names = 3 * rows
        entries.reserveCapacity(2 * rows)
        namesByEntry.reserveCapacity(2 * rows)
        entryKeys.reserveCapacity(2 * rows)
        exactIndex.reserveCapacity(names)
        looseIndex.reserveCapacity(names)
        exactPrefixes.reserveCapacity(names)
        loosePrefixes.reserveCapacity(names)
        starts.reserveCapacity(2 * names)
        adjectiveIndex.reserveCapacity(names)
    }

    /// Reads `countries.tsv` rows: canonical, variants, adjective stems,
    /// demonyms, capital (first alternative = its name), type, ISO code, flags.
    mutating func addCountries(_ rows: [[String]], source: String) throws {
        for row in rows {
            let field = { (index: Int) in index < row.count ? row[index] : "" }
            let typeName = field(5).isEmpty ? NodeType.country.rawValue : field(5)
            guard !field(0).isEmpty, let type = NodeType(rawValue: typeName), type.isEntity else {
                throw GazetteerError.badRow(file: source, row: row.joined(separator: "\t"))
            }
            let ambiguous = LexiconFile.alternatives(field(7)).contains("ambiguous")
            let country = entry(
                GazetteerEntry(canonical: field(0), type: type, source: source, isAmbiguous: ambiguous))
            addName(field(0), to: country, ambiguous: ambiguous)
            for name in LexiconFile.alternatives(field(1)) { addName(name, to: country, ambiguous: ambiguous) }
            for stem in LexiconFile.alternatives(field(2)) {
                for form in GazetteerInflection.adjectiveForms(stem) { addAdjective(form, to: country) }
            }
            for base in LexiconFile.alternatives(field(3)) {
                for form in GazetteerInflection.demonymForms(base) {
                    addAdjective(form.lowercasedIfNeeded(), to: country)
                }
            }
            let capitals = LexiconFile.alternatives(field(4))
            if let capitalName = capitals.first {
                let capital = entry(
                    GazetteerEntry(
                        canonical: capitalName, type: .location, capitalOf: type == .country ? field(0) : nil,
                        source: source))
                for name in capitals { addName(name, to: capital, ambiguous: false) }
            }
        }
    }

    /// Reads name rows (`organizations.tsv`, `people.tsv`, `locations.tsv`):
    /// canonical, type, variants, flags.
    mutating func addNames(_ rows: [[String]], source: String) throws {
        for row in rows {
            guard row.count >= 2, !row[0].isEmpty, let type = NodeType(rawValue: row[1]), type.isEntity else {
                throw GazetteerError.badRow(file: source, row: row.joined(separator: "\t"))
            }
            let ambiguous = row.count > 3 && LexiconFile.alternatives(row[3]).contains("ambiguous")
            let index = entry(GazetteerEntry(canonical: row[0], type: type, source: source, isAmbiguous: ambiguous))
            addName(row[0], to: index, ambiguous: ambiguous)
            guard row.count > 2 else { continue }
            for name in LexiconFile.alternatives(row[2]) { addName(name, to: index, ambiguous: ambiguous) }
        }
    }

    /// The index of an entry with the same canonical name and type, adding it when new.
    private mutating func entry(_ entry: GazetteerEntry) -> Int {
        let key = EntryKey(entry)
        if let existing = entryKeys[key] { return existing }
        entries.append(entry)
        namesByEntry.append([])
        entryKeys[key] = entries.count - 1
        return entries.count - 1
    }

    /// Indexes a name; the first entry to claim a key keeps it.
    private mutating func addName(_ name: String, to index: Int, ambiguous: Bool) {
        let parts = GazetteerKey.parts(name.nfc)
        guard !parts.isEmpty else { return }
        if !namesByEntry[index].contains(name) { namesByEntry[index].append(name) }
        // The exact key and its prefixes (the first k parts, k below the part count), built up part by part.
        var exact = parts[0]
        for part in parts.dropFirst() {
            exactPrefixes.insert(exact)
            exact += " "
            exact += part
        }
        Self.claim(exact, for: index, in: &exactIndex)
        let lowered = parts[0].lowercasedIfNeeded()
        starts.insert(lowered)
        // Acronyms (`NATO`, `RAND`) match as written, or with a genitive -s (`IWFs`): `Rand` is no RAND.
        guard !ambiguous, !(parts.count == 1 && GazetteerKey.isAcronym(parts[0])) else { return }
        guard parts.count > 1 else {
            Self.claim(lowered, for: index, in: &looseIndex)
            return
        }
        // The loose key (``GazetteerKey/loose(_:)``) and its prefixes: the head parts' stems, each made once.
        var loose = GazetteerKey.stem(parts[0])
        starts.insert(loose)
        for part in parts.dropFirst().dropLast() {
            loosePrefixes.insert(loose)
            loose += " "
            loose += GazetteerKey.stem(part)
        }
        loosePrefixes.insert(loose)
        loose += " "
        loose += parts[parts.count - 1].lowercasedIfNeeded()
        Self.claim(loose, for: index, in: &looseIndex)
    }

    private mutating func addAdjective(_ form: String, to index: Int) {
        Self.claim(form.nfc.lowercasedIfNeeded(), for: index, in: &adjectiveIndex)
    }

    /// Gives `key` entry `index` unless an earlier entry claimed it, hashing the key once (the
    /// `default:` subscript stores the default when it is accessed for change and the key is absent).
    private static func claim(_ key: String, for index: Int, in keys: inout [String: Int]) {
        func keep(_: inout Int) {}
        keep(&keys[key, default: index])
    }
}
