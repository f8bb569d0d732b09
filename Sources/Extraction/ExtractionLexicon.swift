import Entities
import Foundation
import Lexicons

/// The word lists the extraction rules read from `Ontology/lexicons/`: verbs
/// of saying, denying and deploying, attribution phrases and nouns, claim
/// nouns, denial words, deployment nouns, units, quantity hedges, number
/// words, subjunctive forms, separable particles, title nouns and temporal markers.
public struct ExtractionLexicon: Sendable {
    /// Verbs of saying (`speech-verbs.tsv`).
    public var speechVerbs: VerbLexicon
    /// Verbs that reject a claim (`denial-verbs.tsv`).
    public var denialVerbs: VerbLexicon
    /// Verbs of deploying or of forces being present (`deployment-verbs.tsv`).
    public var deploymentVerbs: VerbLexicon
    /// Attribution phrases: their lower-cased words → where the source stands.
    public var attributionPhrases: [[String]: AttributionPosition] {
        didSet { attributionPhrasesByFirstWord = PhraseIndex(attributionPhrases) }
    }
    /// ``attributionPhrases`` by their first word, in the dictionary's order.
    private(set) var attributionPhrasesByFirstWord: PhraseIndex<AttributionPosition>
    /// Nouns of `nach Angaben X` (lower-cased), also as compound heads.
    public var attributionNouns: EndingFilteredLexicon<Bool>
    /// Nouns that stand for a claim (lower-cased).
    public var claimNouns: WordSet
    /// Words of `als Lüge bezeichnen` (lower-cased phrases).
    public var denialWords: Set<String>
    /// Nouns of deployment (lower-cased, also as compound heads) → their frames.
    public var deploymentNouns: EndingFilteredLexicon<VerbFrames>
    /// Units (lower-cased, also as compound heads).
    public var units: EndingFilteredLexicon<UnitNoun>
    /// Quantity hedges as lower-cased word sequences.
    public var hedges: [[String]]
    /// Number words (lower-cased) → value and whether it multiplies the number before it.
    public var numberWords: [String: (value: Int, isMultiplier: Bool)]
    /// Subjunctive forms of full verbs (lower-cased).
    public var subjunctiveVerbs: WordSet
    /// Separable particles (lower-cased).
    public var separableParticles: Set<String>
    /// Nouns after which a quotation is a name or title (`unter dem Motto „…“`), also as compound heads.
    public var titleNouns = SuffixLexicon<Bool>(minimumSuffix: 3)
    /// Words before `nach` that make it temporal (`kurz nach dem Urteil`), lower-cased.
    public var temporalMarkers: Set<String> = []

    /// Creates a lexicon from its parts.
    public init(
        speechVerbs: VerbLexicon = VerbLexicon(), denialVerbs: VerbLexicon = VerbLexicon(),
        deploymentVerbs: VerbLexicon = VerbLexicon(), attributionPhrases: [[String]: AttributionPosition] = [:],
        attributionNouns: EndingFilteredLexicon<Bool> = EndingFilteredLexicon(minimumSuffix: 5), claimNouns: Set<String> = [],
        denialWords: Set<String> = [], deploymentNouns: EndingFilteredLexicon<VerbFrames> = EndingFilteredLexicon(minimumSuffix: 6),
        units: EndingFilteredLexicon<UnitNoun> = EndingFilteredLexicon(minimumSuffix: 6), hedges: [[String]] = [],
        numberWords: [String: (value: Int, isMultiplier: Bool)] = [:], subjunctiveVerbs: Set<String> = [],
        separableParticles: Set<String> = []
    ) {
        self.speechVerbs = speechVerbs
        self.denialVerbs = denialVerbs
        self.deploymentVerbs = deploymentVerbs
        self.attributionPhrases = attributionPhrases
        attributionPhrasesByFirstWord = PhraseIndex(attributionPhrases)
        self.attributionNouns = attributionNouns
        self.claimNouns = WordSet(claimNouns)
        self.denialWords = denialWords
        self.deploymentNouns = deploymentNouns
        self.units = units
        self.hedges = hedges
        self.numberWords = numberWords
        self.subjunctiveVerbs = WordSet(subjunctiveVerbs)
        self.separableParticles = separableParticles
    }

    /// Whether an attribution phrase starts with a lower-cased word.
    func mayStartAttributionPhrase(_ lower: String) -> Bool {
        !attributionPhrasesByFirstWord.phrases(startingWith: lower).isEmpty
    }

    /// Reads every list from an Ontology folder (nil: the one ``OntologyDirectory`` finds).
    public static func load(from folder: URL? = nil) throws -> ExtractionLexicon {
        guard let folder = folder ?? OntologyDirectory.locate() else { throw LexiconError.ontologyNotFound }
        func rows(_ name: String) throws -> [[String]] { try LexiconFile.load("lexicons/\(name)", from: folder).rows }
        func words(_ name: String) throws -> [String] {
            try LexiconFile.load("lexicons/\(name)", from: folder).firstColumn.map { $0.lowercased() }
        }
        var lexicon = ExtractionLexicon()
        lexicon.speechVerbs = VerbLexicon(rows: try rows("speech-verbs.tsv"))
        lexicon.denialVerbs = VerbLexicon(rows: try rows("denial-verbs.tsv"))
        lexicon.deploymentVerbs = VerbLexicon(rows: try rows("deployment-verbs.tsv"))
        for row in try rows("attribution-phrases.tsv") where row.count >= 2 {
            guard let position = AttributionPosition(rawValue: row[1]) else { continue }
            lexicon.attributionPhrases[row[0].lowercased().split(separator: " ").map(String.init)] = position
        }
        for word in try words("attribution-nouns.tsv") { lexicon.attributionNouns.add(word, true) }
        lexicon.claimNouns = WordSet(Set(try words("claim-nouns.tsv")))
        lexicon.denialWords = Set(try words("denial-phrases.tsv"))
        for row in try rows("deployment-nouns.tsv") where row.count >= 3 {
            for form in row[1].split(separator: "|") { lexicon.deploymentNouns.add(String(form), VerbFrames(codes: row[2])) }
        }
        for row in try rows("military-units.tsv") where row.count >= 3 {
            let unit = UnitNoun(unit: row[0], isFormation: row[2] == "u")
            for form in row[1].split(separator: "|") { lexicon.units.add(String(form), unit) }
        }
        lexicon.hedges = try words("quantity-hedges.tsv").map { $0.split(separator: " ").map(String.init) }
        for row in try rows("number-words.tsv") where row.count >= 3 {
            if let value = Int(row[1]) { lexicon.numberWords[row[0].lowercased()] = (value, row[2] == "m") }
        }
        lexicon.subjunctiveVerbs = WordSet(Set(try words("subjunctive-verbs.tsv")))
        lexicon.separableParticles = Set(try words("separable-particles.tsv"))
        for word in try words("title-nouns.tsv") { lexicon.titleNouns.add(word, true) }
        lexicon.temporalMarkers = Set(try words("temporal-markers.tsv"))
        return lexicon
    }

    /// The lexicon read once from the Ontology folder, or why it could not be.
    public static let loaded = LoadedData { try load() } ifUnreadable: { ExtractionLexicon() }
    /// ``loaded``'s lexicon (empty when it cannot be read).
    public static let shared: ExtractionLexicon = loaded.value
}
