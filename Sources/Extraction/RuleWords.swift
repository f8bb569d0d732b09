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
        let rawValue: UInt8
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
    }

    /// The lexicon the kinds are taken from.
    let lexicon: ExtractionLexicon
    // Read and written only while `lock` is held.
    private let lock = NSLock()
    /// The kinds of each catalog index (zero: not yet looked up).
    private var kindsByForm: [Kinds] = []
    /// The catalog whose indices ``kindsByForm`` is keyed by (held, so that no other takes its identity).
    private var catalog: AnyObject?

    /// The unit a lower-cased word is or ends in. (Looked up here, in the class that holds the
    /// lexicon: looked up through a document's extraction, the unit list's tables were retained each time.)
    func unit(_ lower: String) -> UnitNoun? {
        lexicon.units.match(lower)?.value
    }

    /// An empty memo for a lexicon.
    init(lexicon: ExtractionLexicon) {
        self.lexicon = lexicon
    }

    /// The kinds of each token of a table (none for tokens that are no word).
    func kinds(of table: TokenTable) -> [Kinds] {
        let indices = table.catalogIndices
        var kinds = [Kinds](repeating: [], count: indices.count)
        lock.lock()
        defer { lock.unlock() }
        if catalog == nil { catalog = table.numbering }
        Self.fill(
            &kinds, indices: indices, lower: table.lower, memo: &kindsByForm,
            remembering: catalog === table.numbering, lexicon: lexicon)
        return kinds
    }

    /// Reads (or looks up and stores) the kinds of every word token; forms of
    /// another catalog than the memo's (`remembering` false) are looked up, not stored.
    private static func fill(
        _ kinds: inout [Kinds], indices: [Int32], lower: TokenWords, memo: inout [Kinds], remembering: Bool,
        lexicon: ExtractionLexicon
    ) {
        for (position, form) in indices.enumerated() where form != TokenTable.notAWord {
            guard form >= 0, remembering else {
                kinds[position] = lookUp(lower[position], in: lexicon)
                continue
            }
            let slot = Int(form)
            if slot >= memo.count { memo.append(contentsOf: repeatElement([], count: max(slot + 1 - memo.count, memo.count))) }
            if memo[slot].isEmpty { memo[slot] = lookUp(lower[position], in: lexicon) }
            kinds[position] = memo[slot]
        }
    }

    /// What the lexicon says of a lower-cased form.
    private static func lookUp(_ lower: String, in lexicon: ExtractionLexicon) -> Kinds {
        var kinds = Kinds.known
        if lexicon.speechVerbs.contains(lower) { kinds.insert(.speechVerb) }
        if lexicon.denialVerbs.contains(lower) { kinds.insert(.denialVerb) }
        if lexicon.deploymentVerbs.contains(lower) { kinds.insert(.deploymentVerb) }
        if lexicon.mayStartAttributionPhrase(lower) { kinds.insert(.attributionStart) }
        if lexicon.claimNouns.contains(lower) || lexicon.attributionNouns.exact(lower) != nil { kinds.insert(.reportNoun) }
        if lexicon.deploymentNouns.match(lower) != nil { kinds.insert(.deploymentNoun) }
        if lexicon.subjunctiveVerbs.contains(lower) { kinds.insert(.subjunctiveVerb) }
        return kinds
    }
}
