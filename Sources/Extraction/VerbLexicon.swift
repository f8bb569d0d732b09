import Foundation
import Lexicons

/// The verbs of one lexicon file (`speech-verbs.tsv`, `denial-verbs.tsv`,
/// `deployment-verbs.tsv`) and their forms.
///
/// A verb without particle matches in all its forms. A separable verb's bare
/// forms (`teilte`) match only when its particle closes the clause
/// (`teilte ... mit`); particle + form (`mitteilte`), particle + participle
/// (`mitgeteilt`) and particle + `zu` + infinitive (`mitzuteilen`) match alone.
///
/// A class: every document's rules read the same lexicon (a copy of a struct
/// retained each of its tables, from both threads).
public final class VerbLexicon: Sendable {
    /// The verbs.
    public let entries: [VerbEntry]
    /// What each lower-cased form is, found in one lookup.
    private let formFacts: [String: VerbForm]
    /// Every form, to turn most words away before hashing them.
    private let formFilter: WordFilter
    /// The entry indices of every form's lists (``VerbForm/joined``, ``VerbForm/split``), one list after another.
    public let entryLists: [Int]

    /// What the lexicon knows about one lower-cased form: plain values, so that
    /// reading one retains nothing (a form's lists are ranges of ``entryLists``).
    public struct VerbForm: Sendable {
        /// Where the indices of the entries the form matches alone stand in ``entryLists``.
        public fileprivate(set) var joined: Range<Int> = 0..<0
        /// Where the indices of the separable entries whose bare form this is (matched with the
        /// particle apart) stand in ``entryLists``.
        public fileprivate(set) var split: Range<Int> = 0..<0
        /// Whether the form is a past participle or infinitive (not finite).
        public fileprivate(set) var isNonFinite = false
        /// Whether the form is a past participle (for passives: `wurde mitgeteilt`).
        public fileprivate(set) var isParticiple = false
        /// Whether the non-finite form is also a finite one (`erklärt`, `sagen`): finite unless an auxiliary precedes it.
        public fileprivate(set) var isAmbiguous = false

        /// Whether an entry has this form (alone or apart from its particle).
        public var isVerb: Bool { !joined.isEmpty || !split.isEmpty }
    }

    /// Creates an empty lexicon.
    public convenience init() {
        self.init(rows: [])
    }

    /// Reads rows of `lemma, particle, frames, participle, forms` and, optionally, the object's prepositions (`von|über`).
    public init(rows: [[String]]) {
        var entries: [VerbEntry] = []
        var formFacts: [String: VerbForm] = [:]
        // Each form's entries (joined, split), until they are laid out one after another.
        var lists: [String: (joined: [Int], split: [Int])] = [:]
        for row in rows where row.count >= 5 {
            let particle = row[1] == "-" ? [] : row[1].lowercased().split(separator: " ").map(String.init)
            let prepositions = row.count > 5 && row[5] != "-" ? Set(row[5].lowercased().split(separator: "|").map(String.init)) : []
            let entry = VerbEntry(lemma: row[0], particle: particle, frames: VerbFrames(codes: row[2]), objectPrepositions: prepositions)
            let index = entries.count
            entries.append(entry)
            let participle = row[3] == "-" ? nil : row[3].lowercased()
            let forms = Self.loweredForms(row[4])
            let infinitive = particle.isEmpty ? row[0].lowercased() : String(row[0].lowercased().dropFirst(particle.joined().count))
            if particle.isEmpty {
                for form in forms + [participle].compactMap({ $0 }) { lists[form, default: ([], [])].joined.append(index) }
                if let participle {
                    formFacts[participle, default: VerbForm()].isNonFinite = true
                    formFacts[participle, default: VerbForm()].isParticiple = true
                }
                formFacts[infinitive, default: VerbForm()].isNonFinite = true
                // `erklärt` is also the third person, `sagen` also the plural.
                for form in forms where form == participle || form == infinitive { formFacts[form, default: VerbForm()].isAmbiguous = true }
                if let participle, participle.hasSuffix("t"), !participle.hasPrefix("ge") { formFacts[participle, default: VerbForm()].isAmbiguous = true }
                formFacts[infinitive, default: VerbForm()].isAmbiguous = true
            } else {
                for form in forms + [participle].compactMap({ $0 }) { lists[form, default: ([], [])].split.append(index) }
                guard particle.count == 1, let word = particle.first else { continue }
                for form in forms { lists[word + form, default: ([], [])].joined.append(index) }
                if let participle {
                    lists[word + participle, default: ([], [])].joined.append(index)
                    formFacts[word + participle, default: VerbForm()].isNonFinite = true
                    formFacts[word + participle, default: VerbForm()].isParticiple = true
                    formFacts[participle, default: VerbForm()].isParticiple = true
                }
                formFacts[word + infinitive, default: VerbForm()].isAmbiguous = true
                lists[word + "zu" + infinitive, default: ([], [])].joined.append(index)
                formFacts[word + infinitive, default: VerbForm()].isNonFinite = true
                formFacts[word + "zu" + infinitive, default: VerbForm()].isNonFinite = true
            }
        }
        var entryLists: [Int] = []
        for (form, list) in lists {
            formFacts[form, default: VerbForm()].joined = entryLists.count..<(entryLists.count + list.joined.count)
            entryLists += list.joined
            formFacts[form, default: VerbForm()].split = entryLists.count..<(entryLists.count + list.split.count)
            entryLists += list.split
        }
        self.entries = entries
        self.formFacts = formFacts
        self.entryLists = entryLists
        formFilter = WordFilter(formFacts.keys)
    }

    /// The `|`-separated forms of a field, lower-cased, the empty ones left
    /// out: `field.split(separator: "|").map { $0.lowercased() }`, split as
    /// bytes when no scalar is U+0300 or above (then every `|` is a character
    /// of its own; splitting by characters costs some 25,000 instructions a row).
    static func loweredForms(_ field: String) -> [String] {
        let utf8 = field.utf8
        guard !utf8.contains(where: { $0 >= 0xCC }) else { return field.split(separator: "|").map { $0.lowercased() } }
        return utf8.split(separator: UInt8(ascii: "|")).map { Substring($0).lowercased() }
    }

    /// Loads a lexicon file.
    public static func load(_ name: String, from folder: URL?) throws -> VerbLexicon {
        VerbLexicon(rows: try LexiconFile.load(name, from: folder).rows)
    }

    /// What the lexicon knows about a lower-cased form, or nil when it lists no such form.
    @inline(__always)
    public func form(_ lower: String) -> VerbForm? { formFilter.mayContain(lower) ? formFacts[lower] : nil }

    /// The entries a form matches alone.
    public func joinedEntries(_ lower: String) -> [Int] { form(lower).map { Array(entryLists[$0.joined]) } ?? [] }

    /// The separable entries whose bare form this is.
    public func splitEntries(_ lower: String) -> [Int] { form(lower).map { Array(entryLists[$0.split]) } ?? [] }

    /// Whether the form is a participle or infinitive (the finite verb is elsewhere).
    public func isNonFinite(_ lower: String) -> Bool { form(lower)?.isNonFinite ?? false }

    /// Whether the form is a past participle.
    public func isParticiple(_ lower: String) -> Bool { form(lower)?.isParticiple ?? false }

    /// Whether the non-finite form is also a finite one (`erklärt`, `sagen`, `mitteilen`).
    public func isAmbiguous(_ lower: String) -> Bool { form(lower)?.isAmbiguous ?? false }

    /// Whether any entry has this form.
    public func contains(_ lower: String) -> Bool { form(lower)?.isVerb ?? false }

    /// Every particle word of the separable entries.
    public var particles: Set<String> { Set(entries.flatMap(\.particle)) }
}
