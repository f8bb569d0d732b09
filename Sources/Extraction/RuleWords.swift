import Entities
import Foundation

/// Which rule lexicons each word form is in, looked up once per form in a
/// run: the loops over every token then read a bit instead of hashing the
/// token's lower-cased form into each lexicon again.
///
/// Keyed by a form's index in the recognizer's ``WordCatalog`` (see
/// ``TokenTable/catalogIndices``): the catalog of the first table asked
/// about; the words of a table from another catalog are looked up afresh.
/// The bits are a function of the form and of the lexicon alone, so a run
/// gives the same results whatever was read before and on however many threads.
final class RuleWords: @unchecked Sendable {
    /// The lexicons a word form is in.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt32
        /// A form of a verb of saying.
        static let speechVerb = Kinds(rawValue: 1 << 0)
        /// A form of a verb of denying.
        static let denialVerb = Kinds(rawValue: 1 << 1)
        /// A form of a verb of deploying.
        static let deploymentVerb = Kinds(rawValue: 1 << 2)
        /// The first word of an attribution phrase.
        static let attributionStart = Kinds(rawValue: 1 << 3)
        /// A claim noun or (exactly) an attribution noun.
        static let reportNoun = Kinds(rawValue: 1 << 4)
        /// A deployment noun (also as a compound head).
        static let deploymentNoun = Kinds(rawValue: 1 << 5)
        /// A subjunctive form of a full verb.
        static let subjunctiveVerb = Kinds(rawValue: 1 << 6)
        /// Set on every form looked up (so that no kinds at all reads as known).
        fileprivate static let known = Kinds(rawValue: 1 << 7)
        /// A word of a separable verb's particle, in any of the verb lexicons (`mit`, `bekannt`).
        static let verbParticle = Kinds(rawValue: 1 << 8)
        // The word lists below are those the rules test a token against in their loops: a bit read
        // there in place of the token's text read from the catalog and hashed into the list.
        /// A claim noun (`ExtractionLexicon/claimNouns`).
        static let claimNoun = Kinds(rawValue: 1 << 9)
        /// A separable verb's particle (`ExtractionLexicon/separableParticles`).
        static let separableParticle = Kinds(rawValue: 1 << 10)
        /// A conjunction that opens a reported clause (`dass`, `ob`, `wonach`).
        static let contentConjunction = Kinds(rawValue: 1 << 11)
        /// A word that opens an adverbial clause (`weil`, `nachdem`, `um`).
        static let adverbialOpener = Kinds(rawValue: 1 << 12)
        /// A form of `werden` that makes a passive.
        static let passiveAuxiliary = Kinds(rawValue: 1 << 13)
        /// A finite form of `lassen`.
        static let formOfLassen = Kinds(rawValue: 1 << 14)
        /// A finite form of `sein` of the modal passive.
        static let formOfSein = Kinds(rawValue: 1 << 15)
        /// A conjunction that gives a reason (`da`, `weil`).
        static let reasonConjunction = Kinds(rawValue: 1 << 16)
        /// A nominative pronoun that may stand for a speaker (`er`, `ich`, `wir`).
        static let nominativePronoun = Kinds(rawValue: 1 << 17)
        /// A conjunction after which a comma may open another report (`doch`, `aber`).
        static let clauseConjunction = Kinds(rawValue: 1 << 18)
        /// An adverb that marks a second verb of the same subject (`aber`, `zudem`).
        static let contrastAdverb = Kinds(rawValue: 1 << 19)
        /// A word that ends a reported sentence's clause at a comma (`weil`, `aber`).
        static let reportedClauseBreak = Kinds(rawValue: 1 << 20)
        /// A preposition before the document an impersonal frame points to (`in`, `aus`).
        static let sourcePreposition = Kinds(rawValue: 1 << 21)
        /// A word ``DocumentExtraction/skipAdverbials(from:limit:)`` passes over by its text, not its class.
        static let skippedWord = Kinds(rawValue: 1 << 22)
        // The words below are those the clause rules compare most tokens with (in loops over a clause):
        // a bit read in place of the word's text read from the catalog and compared.
        /// The pronoun `es` (`heißt es`).
        static let pronounEs = Kinds(rawValue: 1 << 23)
        /// The particle `zu` of an infinitive.
        static let particleZu = Kinds(rawValue: 1 << 24)
        /// The conjunction `und`.
        static let conjunctionUnd = Kinds(rawValue: 1 << 25)
        /// The preposition `von` or `vom` (of a passive's agent or a source).
        static let prepositionVon = Kinds(rawValue: 1 << 26)
        /// The conjunction `wie` (`wie X berichtet`).
        static let conjunctionWie = Kinds(rawValue: 1 << 27)
        /// The word `als` (`bezeichnete X als Y`).
        static let conjunctionAls = Kinds(rawValue: 1 << 28)
        /// A number word or multiplier (`ExtractionLexicon/numberWords`: `vier`, `tausend`).
        static let numberWord = Kinds(rawValue: 1 << 29)
    }

    /// The lexicon the kinds are taken from.
    let lexicon: ExtractionLexicon
    /// The kinds of each word of the fixed word lists (the particles' words, the claim nouns, the
    /// separable particles, the rules' own lists): one lookup a form, not one a list.
    private let listedWords: [String: Kinds]
    // The memos below are read and written only while `lock` is held (so without run-time exclusivity
    // checks, which cost a call into the runtime at each token).
    private let lock = NSLock()
    /// The kinds of each catalog index (zero: not yet looked up).
    @exclusivity(unchecked) private var kindsByForm: [Kinds] = []
    /// The catalog whose indices ``kindsByForm`` is keyed by (held, so that no other takes its identity).
    private var catalog: AnyObject?
    /// For each catalog index, where ``speechFormList`` holds what the speech-verb lexicon says of the
    /// form (-1: none; read where the form's kinds hold ``Kinds/speechVerb``).
    @exclusivity(unchecked) private var speechFormSlots: [Int32] = []
    /// What the speech-verb lexicon says of each form looked up, in the order first met.
    @exclusivity(unchecked) private var speechFormList: [VerbLexicon.VerbForm] = []

    /// The unit a lower-cased word is or ends in. (Looked up here, in the class that holds the
    /// lexicon: looked up through a document's extraction, the unit list's tables were retained each time.)
    func unit(_ lower: String) -> UnitNoun? {
        lexicon.units.match(lower)?.value
    }

    /// An empty memo for a lexicon.
    init(lexicon: ExtractionLexicon) {
        self.lexicon = lexicon
        let lists: [(Kinds, Set<String>)] = [
            (.verbParticle, lexicon.speechVerbs.particles.union(lexicon.denialVerbs.particles).union(lexicon.deploymentVerbs.particles)),
            (.claimNoun, lexicon.claimNouns.words),
            (.separableParticle, lexicon.separableParticles),
            (.contentConjunction, DocumentExtraction.contentConjunctions.words),
            (.adverbialOpener, DocumentExtraction.adverbialOpeners.words),
            (.passiveAuxiliary, DocumentExtraction.passiveAuxiliaries.words),
            (.formOfLassen, DocumentExtraction.formsOfLassen.words),
            (.formOfSein, DocumentExtraction.formsOfSein.words),
            (.reasonConjunction, DocumentExtraction.reasonConjunctions.words),
            (.nominativePronoun, DocumentExtraction.nominativePronouns.words),
            (.clauseConjunction, DocumentExtraction.clauseConjunctions.words),
            (.contrastAdverb, DocumentExtraction.contrastAdverbs.words),
            (.reportedClauseBreak, DocumentExtraction.reportedClauseBreaks.words),
            (.sourcePreposition, DocumentExtraction.sourcePrepositions.words),
            (.skippedWord, DocumentExtraction.skippedWords.words),
            (.pronounEs, ["es"]),
            (.particleZu, ["zu"]),
            (.conjunctionUnd, ["und"]),
            (.prepositionVon, ["von", "vom"]),
            (.conjunctionWie, ["wie"]),
            (.conjunctionAls, ["als"]),
            (.numberWord, Set(lexicon.numberWords.keys)),
        ]
        var listedWords: [String: Kinds] = [:]
        for (kind, words) in lists {
            for word in words { listedWords[word, default: []].insert(kind) }
        }
        self.listedWords = listedWords
    }

    /// The kinds of each token of a table (none for tokens that are no word), and what the speech-verb
    /// lexicon says of each token of the kind ``Kinds/speechVerb``, in text order (looked up once a
    /// form in a run, not once a token).
    func kinds(of table: TokenTable) -> (kinds: [Kinds], speechForms: [VerbLexicon.VerbForm]) {
        let indices = table.catalogIndices
        let lower = table.lower
        var kinds = [Kinds](repeating: [], count: indices.count)
        var speechForms: [VerbLexicon.VerbForm] = []
        // (Room for the verbs of saying of most articles: grown one append at a time, the list was reallocated five times.)
        speechForms.reserveCapacity(32)
        lock.lock()
        defer { lock.unlock() }
        if catalog == nil { catalog = table.numbering }
        let remembering = catalog === table.numbering
        // The memo grown once for the table's largest catalog index (at least doubled), so that every index
        // of the table is inside it below.
        if remembering, let largest = indices.max(), Int(largest) >= kindsByForm.count {
            let growth = max(Int(largest) + 1 - kindsByForm.count, kindsByForm.count)
            kindsByForm.append(contentsOf: repeatElement([], count: growth))
            speechFormSlots.append(contentsOf: repeatElement(-1, count: growth))
        }
        // (The memo and the kinds read and written through their buffers: the class's array was fetched, and
        // both arrays checked for sharing, at every token. `lookUp` touches neither.)
        kindsByForm.withUnsafeMutableBufferPointer { memo in
            kinds.withUnsafeMutableBufferPointer { kinds in
                for position in indices.indices where indices[position] != TokenTable.notAWord {
                    let form = indices[position]
                    guard form >= 0, remembering else {
                        kinds[position] = lookUp(lower[position])
                        if kinds[position].contains(.speechVerb) { speechForms.append(lexicon.speechVerbs.form(lower[position]) ?? .init()) }
                        continue
                    }
                    let slot = Int(form)
                    if memo[slot].isEmpty {
                        memo[slot] = lookUp(lower[position])
                        if memo[slot].contains(.speechVerb) {
                            speechFormSlots[slot] = Int32(speechFormList.count)
                            speechFormList.append(lexicon.speechVerbs.form(lower[position]) ?? .init())
                        }
                    }
                    kinds[position] = memo[slot]
                    if memo[slot].contains(.speechVerb) { speechForms.append(speechFormList[Int(speechFormSlots[slot])]) }
                }
            }
        }
        return (kinds, speechForms)
    }

    /// What the lexicon says of a lower-cased form.
    private func lookUp(_ lower: String) -> Kinds {
        var kinds = Kinds.known
        if lexicon.speechVerbs.contains(lower) { kinds.insert(.speechVerb) }
        if lexicon.denialVerbs.contains(lower) { kinds.insert(.denialVerb) }
        if lexicon.deploymentVerbs.contains(lower) { kinds.insert(.deploymentVerb) }
        if lexicon.mayStartAttributionPhrase(lower) { kinds.insert(.attributionStart) }
        if lexicon.claimNouns.contains(lower) || lexicon.attributionNouns.exact(lower) != nil { kinds.insert(.reportNoun) }
        if lexicon.deploymentNouns.match(lower) != nil { kinds.insert(.deploymentNoun) }
        if lexicon.subjunctiveVerbs.contains(lower) { kinds.insert(.subjunctiveVerb) }
        if let listed = listedWords[lower] { kinds.formUnion(listed) }
        return kinds
    }
}
