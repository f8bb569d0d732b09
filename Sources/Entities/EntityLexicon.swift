import Foundation
import Lexicons
import NewsGraphModel

/// The word lists entity recognition reads besides the gazetteer: function
/// words, role nouns and titles, pronouns, unnamed-source nouns, body nouns,
/// name classifiers, and the adjective stems of countries.
///
/// Read once from `Ontology/lexicons/` (and the adjective column of
/// `Ontology/gazetteer/countries.tsv`).
public struct EntityLexicon: Sendable {
    /// Function words by lower-cased form.
    public var wordClasses: [String: WordClass] { didSet { functionWords = WordFilter(wordClasses.keys) } }
    /// The keys of ``wordClasses``, to turn content words away before hashing them.
    private var functionWords: WordFilter
    /// Role nouns and titles, also as compound heads.
    public var roles: SuffixLexicon<RoleNoun>
    /// Personal pronouns that can be subjects: lower-cased form → genders they can refer to.
    public var pronouns: [String: [Gender]]
    /// Nouns of unnamed speakers (lower-cased form → description head), also as compound heads.
    public var unnamedSources: SuffixLexicon<String>
    /// Body nouns (lower-cased form → institution), whole words only.
    public var institutions: SuffixLexicon<Institution>
    /// Nouns that type the name after them (lower-cased form → type), also as compound heads.
    public var classifiers: SuffixLexicon<NodeType>
    /// A country's canonical name → its first adjective stem (`Südkorea` → `südkoreanisch`).
    public var countryAdjectives: [String: String]
    /// Nouns that refer back to states (lower-cased form → whether plural): `das Land`, `beide Länder`.
    public var stateNouns: [String: Bool] = [:]
    /// The gazetteer's common nouns (`gazetteer/common-nouns.txt`), lower-cased, for
    /// whole words and for the heads of closed compounds (`Mitkriegsteilnehmer` ends in
    /// `teilnehmer`): one set lookup per word instead of a gazetteer call.
    public var commonNouns = SuffixSet()
    /// Endings of adjectives and adverbs (`lich`, `gemäß`): a sentence-opening word with one is no name.
    public var adverbSuffixes: [String] = []
    /// Words that are never inflected (`unterdessen`, `ohnehin`; `gazetteer/uninflected-words.txt`),
    /// lower-cased: a sentence-opening word among them is no name.
    public var uninflectedWords = WordList()

    /// Creates a lexicon from its parts.
    public init(
        wordClasses: [String: WordClass] = [:], roles: SuffixLexicon<RoleNoun> = SuffixLexicon(),
        pronouns: [String: [Gender]] = [:], unnamedSources: SuffixLexicon<String> = SuffixLexicon(minimumSuffix: 5),
        institutions: SuffixLexicon<Institution> = SuffixLexicon(minimumSuffix: 100),
        classifiers: SuffixLexicon<NodeType> = SuffixLexicon(minimumSuffix: 4), countryAdjectives: [String: String] = [:]
    ) {
        self.wordClasses = wordClasses
        functionWords = WordFilter(wordClasses.keys)
        self.roles = roles
        self.pronouns = pronouns
        self.unnamedSources = unnamedSources
        self.institutions = institutions
        self.classifiers = classifiers
        self.countryAdjectives = countryAdjectives
    }

    /// Reads every list from an Ontology folder (nil: the one ``OntologyDirectory`` finds).
    public static func load(from folder: URL? = nil) throws -> EntityLexicon {
        guard let folder = folder ?? OntologyDirectory.locate() else { throw LexiconError.ontologyNotFound }
        func file(_ name: String) throws -> LexiconFile { try LexiconFile.load(name, from: folder) }
        var lexicon = EntityLexicon()
        var wordClasses: [String: WordClass] = [:]
        for row in try file("lexicons/function-words.tsv").rows where row.count >= 2 {
            let classes = row[1].split(separator: ",").compactMap { WordClass(code: String($0)) }
            wordClasses[row[0].lowercased(), default: []].formUnion(WordClass(classes))
        }
        for row in try file("lexicons/months.tsv").rows where !row[0].isEmpty {
            wordClasses[row[0].lowercased(), default: []].insert(.time)
        }
        lexicon.wordClasses = wordClasses
        for row in try file("lexicons/roles.tsv").rows where row.count >= 3 {
            let role = RoleNoun(role: row[0], gender: Gender(code: row[1]), isTitle: row.count > 3 && row[3] == "title")
            for form in LexiconFile.alternatives(row[2]) { lexicon.roles.add(form, role) }
        }
        for row in try file("lexicons/pronouns.tsv").rows where row.count >= 2 {
            lexicon.pronouns[row[0].lowercased(), default: []].append(Gender(code: row[1]))
        }
        for row in try file("lexicons/unnamed-sources.tsv").rows where row.count >= 2 {
            for form in LexiconFile.alternatives(row[0]) { lexicon.unnamedSources.add(form, row[1]) }
        }
        for row in try file("lexicons/institutions.tsv").rows where row.count >= 3 {
            let institution = Institution(canonical: row[0], gender: Gender(code: row[1]))
            for form in LexiconFile.alternatives(row[2]) { lexicon.institutions.add(form, institution) }
        }
        for row in try file("lexicons/name-classifiers.tsv").rows where row.count >= 3 {
            guard let type = NodeType(rawValue: row[1]) else { continue }
            for form in LexiconFile.alternatives(row[2]) { lexicon.classifiers.add(form, type) }
        }
        for row in try file("lexicons/state-nouns.tsv").rows where row.count >= 2 {
            for form in LexiconFile.alternatives(row[0]) { lexicon.stateNouns[form.lowercased()] = row[1] == "pl" }
        }
        lexicon.adverbSuffixes = try file("lexicons/adverb-suffixes.tsv").firstColumn.map { $0.lowercased() }
        lexicon.uninflectedWords = try WordList.load("gazetteer/uninflected-words.txt", from: folder, lowercased: true)
        lexicon.commonNouns = SuffixSet(try WordList.load("gazetteer/common-nouns.txt", from: folder, lowercased: true))
        for row in try file("gazetteer/countries.tsv").rows where row.count >= 3 {
            if let stem = LexiconFile.alternatives(row[2]).first { lexicon.countryAdjectives[row[0]] = stem.lowercased() }
        }
        return lexicon
    }

    /// The lexicon read once from the Ontology folder, or why it could not be.
    public static let loaded = LoadedData { try load() } ifUnreadable: { EntityLexicon() }
    /// ``loaded``'s lexicon (empty when it cannot be read).
    public static let shared: EntityLexicon = loaded.value

    /// The classes of a lower-cased word (empty for content words).
    @inline(__always)
    public func classes(_ lowercased: String) -> WordClass {
        functionWords.mayContain(lowercased) ? wordClasses[lowercased] ?? [] : []
    }
}
