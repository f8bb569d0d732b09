import GermanText
import Lexicons
import NewsGraphModel

/// The lexical facts about each token of a document that entity rules and
/// extraction rules share: is it a common noun, a name-like word, a role
/// noun, a country adjective, a body noun, an unnamed-source noun, a name
/// classifier? Computed once per document, so rules compare flags.
///
/// How names are told from common nouns (German capitalises every noun):
/// a capitalised word is *name-like* when it is no function word, no role or
/// body noun, no country adjective, and no common noun: neither in the
/// gazetteer's common-noun lexicon itself nor ending in one of its nouns of
/// five letters or more after at least three letters (closed compounds such
/// as `Mitkriegsteilnehmer`), nor, when hyphenated, ending in one. Known first
/// names are always name-like. A word that opens a sentence is capitalised
/// anyway, so there it counts only when it is a known first name, a part of a
/// person already named, or followed by another name-like word.
/// A class, so that the rules that hold it share one copy.
public final class TokenFacts: Sendable {
    /// The token table.
    public let table: TokenTable
    /// Whether each token is a common noun (or a closed or hyphenated compound ending in one).
    public let isCommonNoun: TokenFlag
    /// Whether each token is a known first name.
    public let isFirstName: TokenFlag
    /// Whether each token is name-like (see the type's documentation; sentence position not yet applied).
    public let isNameLike: TokenFlag
    /// The role noun or title each token is or ends in.
    public let role: TokenColumn<RoleNoun>
    /// The country a country adjective or demonym stands for (canonical name).
    public let countryOfAdjective: TokenColumn<String>
    /// The body noun each token is.
    public let institution: TokenColumn<Institution>
    /// The description head of an unnamed-source noun.
    public let unnamedSource: TokenColumn<String>
    /// The type a name classifier gives the name after it.
    public let classifier: TokenColumn<NodeType>
    /// Whether each capitalised word that is no common noun ends like an adjective or adverb (`Unmissverständlich`).
    public let looksAdverbial: TokenFlag
    /// How many letters an adjective or adverb has at least before its ending (`wich-tig`, `kosten-los`).
    static let shortestAdverbStem = 3
    /// The longest gazetteer name starting at each word token, with its length in tokens.
    public let gazetteerMatch: GazetteerMatches
    /// The facts each token has: its word's (a country only of no function word, a common noun only
    /// of no first name), and those of the token alone (``FactFlags/hyphenated``, ``FactFlags/gazetteerName``,
    /// ``FactFlags/nameLike``), with the gazetteer name starting there (shared by the flags, the
    /// columns and ``gazetteerMatch``: one array a document).
    private let tokenFacts: [TokenFact]

    /// Computes the facts for a document. What its words say alone comes from
    /// `catalog` (the table is made again from its text when its words were
    /// looked up elsewhere).
    init(table given: TokenTable, gazetteer: Gazetteer, catalog: WordCatalog) {
        let table = given.catalog === catalog ? given : TokenTable(given.text, catalog: catalog)
        self.table = table
        let count = table.count
        // The facts each token has, for the columns, the flags, the gazetteer matches and ``mayOpenName(_:)``.
        var tokenFacts = [TokenFact](repeating: TokenFact(), count: count)
        // (Taken once: read from the catalog in the loop, the shared runs were retained for every name looked up.)
        let nameRuns = catalog.nameRuns
        for index in 0..<count where table.isWord(index) {
            let capitalized = table.isCapitalized(index)
            let isFunctionWord = !table.classes[index].isEmpty
            let beforeCapital = index + 1 < count && table.isCapitalized(index + 1)
            // What the word says alone, read in place from the catalog (the arrays are written outside
            // the closure, so that their uniqueness is checked once for the loop).
            let (flags, isShortOrDotted, hasSeveralScalars, hasHyphen, firstPart) = table.withWord(index) {
                ($0.pointee.flags, $0.pointee.isShortOrDotted, $0.pointee.hasSeveralScalars, $0.pointee.hasHyphen,
                    $0.pointee.firstPart)
            }
            var tokenFlags = flags
            if isFunctionWord { tokenFlags.remove(.country) }
            if hasHyphen { tokenFlags.insert(.hyphenated) }
            // Names start with a capital, but for a few short lower-case ones (`dpa`, `taz`), web
            // addresses (`faz.net`), and those opening with an adjective before a capitalised word
            // (`koreanischen Halbinsel`).
            if capitalized || !isFunctionWord && (beforeCapital || isShortOrDotted),
                let (entry, tokens) = gazetteer.longestMatchIndex(in: table, from: index, firstPart: firstPart, runs: nameRuns)
            {
                tokenFacts[index].entry = Int32(entry)
                tokenFacts[index].tokenCount = Int32(tokens)
                tokenFlags.insert(.gazetteerName)
            }
            // A capitalised word's facts (only a capitalised word's are known: first name, common noun, adverbial).
            if capitalized, flags.contains(.known) {
                let hasCountry = !isFunctionWord && flags.contains(.country)
                let firstName = flags.contains(.firstName)
                let common = flags.contains(.common)
                if firstName { tokenFlags.remove(.common) }
                if firstName
                    || (!common && !isFunctionWord && !flags.contains(.role) && !flags.contains(.institution)
                        && !hasCountry && hasSeveralScalars)
                {
                    tokenFlags.insert(.nameLike)
                }
            }
            tokenFacts[index].flags = tokenFlags
        }
        isCommonNoun = TokenFlag(.common, of: tokenFacts)
        isFirstName = TokenFlag(.firstName, of: tokenFacts)
        isNameLike = TokenFlag(.nameLike, of: tokenFacts)
        looksAdverbial = TokenFlag(.adverbial, of: tokenFacts)
        self.gazetteerMatch = GazetteerMatches(entries: gazetteer.entries, matches: tokenFacts)
        self.tokenFacts = tokenFacts
        role = TokenColumn(.role, of: tokenFacts, table: table) { $0.pointee.facts?.role }
        institution = TokenColumn(.institution, of: tokenFacts, table: table) { $0.pointee.facts?.institution }
        unnamedSource = TokenColumn(.unnamedSource, of: tokenFacts, table: table) { $0.pointee.facts?.unnamedSource }
        classifier = TokenColumn(.classifier, of: tokenFacts, table: table) { $0.pointee.facts?.classifier }
        // (A capitalised word's country is in its facts, a lower-case word's beside them.)
        countryOfAdjective = TokenColumn(.country, of: tokenFacts, table: table) {
            $0.pointee.facts.map(\.country) ?? $0.pointee.country
        }
    }

    /// Whether token `index` may open a name by a rule of ``EntityRecognizer``: it starts a gazetteer
    /// name, or is a name classifier, a role noun, a known first name or a hyphenated word. (Most words
    /// are none of these, and are passed over by one test.)
    func mayOpenName(_ index: Int) -> Bool {
        !tokenFacts[index].flags.isDisjoint(with: [.gazetteerName, .classifier, .role, .firstName, .hyphenated])
    }

    /// What a document keeps of a token: its facts and the longest gazetteer name starting there.
    @usableFromInline
    struct TokenFact: Sendable {
        /// The facts it has.
        @usableFromInline var flags: FactFlags = []
        /// The index of the entry of the gazetteer name starting at it, or -1.
        var entry: Int32 = -1
        /// The length in tokens of that name.
        var tokenCount: Int32 = 0
    }

    /// Which facts a word has, as bits: read for every word without copying its facts' strings.
    @usableFromInline
    struct FactFlags: OptionSet, Sendable {
        @usableFromInline let rawValue: UInt16
        /// The word is capitalised and its ``WordFacts`` are known.
        static let known = FactFlags(rawValue: 1 << 0)
        static let firstName = FactFlags(rawValue: 1 << 1)
        static let common = FactFlags(rawValue: 1 << 2)
        static let adverbial = FactFlags(rawValue: 1 << 3)
        /// It stands for a country (as a capitalised word's fact, or a lower-case adjective's).
        static let country = FactFlags(rawValue: 1 << 4)
        static let role = FactFlags(rawValue: 1 << 5)
        static let institution = FactFlags(rawValue: 1 << 6)
        static let unnamedSource = FactFlags(rawValue: 1 << 7)
        static let classifier = FactFlags(rawValue: 1 << 8)
        /// A token's, not a word's: the token has a hyphen.
        static let hyphenated = FactFlags(rawValue: 1 << 9)
        /// A token's, not a word's: a gazetteer name starts at the token.
        static let gazetteerName = FactFlags(rawValue: 1 << 10)
        /// A token's, not a word's: it is name-like (see ``TokenFacts/isNameLike``).
        static let nameLike = FactFlags(rawValue: 1 << 11)

        @usableFromInline init(rawValue: UInt16) { self.rawValue = rawValue }

        /// The flags of a capitalised word's facts.
        init(_ facts: WordFacts) {
            var flags: FactFlags = .known
            if facts.firstName { flags.insert(.firstName) }
            if facts.common { flags.insert(.common) }
            if facts.adverbial { flags.insert(.adverbial) }
            if facts.country != nil { flags.insert(.country) }
            if facts.role != nil { flags.insert(.role) }
            if facts.institution != nil { flags.insert(.institution) }
            if facts.unnamedSource != nil { flags.insert(.unnamedSource) }
            if facts.classifier != nil { flags.insert(.classifier) }
            self = flags
        }
    }

    /// What the lexicons say of a capitalised word, by its lower-cased form
    /// alone, so that it can be worked out once for all documents.
    public struct WordFacts: Sendable {
        /// The country it is the adjective or demonym of (canonical name).
        var country: String?
        /// Whether it is a known first name.
        var firstName: Bool
        /// The role noun or title it is or ends in.
        var role: RoleNoun?
        /// The body noun it is.
        var institution: Institution?
        /// The description head when it is an unnamed-source noun.
        var unnamedSource: String?
        /// The type it gives the name after it, when a name classifier.
        var classifier: NodeType?
        /// Whether it is a common noun or a compound ending in one.
        var common: Bool
        /// Whether, no noun and no first name, it ends like an adjective or adverb.
        var adverbial: Bool

        /// Looks a word up (`lower`: its lower-cased form).
        /// (The lexicon borrowed: a copy retains each of its tables.)
        init(_ lower: String, gazetteer: Gazetteer, lexicon: borrowing EntityLexicon) {
            country = gazetteer.country(forAdjective: lower)?.canonical
            firstName = gazetteer.isKnownFirstName(lower)
            role = lexicon.roles.match(lower)?.value
            institution = lexicon.institutions.exact(lower)
            unnamedSource = lexicon.unnamedSources.match(lower)?.value
            classifier = lexicon.classifiers.match(lower)?.value
            // An uninflected word (`Unterdessen`) is no noun, whatever it ends in.
            let uninflected = lexicon.uninflectedWords.contains(lower)
            common = !uninflected && TokenFacts.isCommonNounWord(lower, nouns: lexicon.commonNouns)
            // (A stem of a few letters before the ending: `Glos`, `Haig` are names, `Wichtig` is not.)
            adverbial = !common && !firstName
                && (uninflected
                    || lexicon.adverbSuffixes.contains {
                        lower.hasSuffix($0) && lower.count >= $0.count + TokenFacts.shortestAdverbStem
                    })
        }
    }

    /// Whether a word has four Unicode scalars or fewer, told from its UTF-8
    /// length alone but for words of 5 to 16 bytes (a scalar takes 1 to 4 bytes).
    static func hasAtMostFourScalars(_ word: String) -> Bool {
        let bytes = word.utf8.count
        return bytes <= 4 || bytes <= 16 && word.unicodeScalars.count <= 4
    }

    /// Whether a capitalised word is a common noun, or a compound ending in one
    /// (a hyphenated compound's last part, or a closed compound's head of five
    /// letters or more after at least three). `nouns` holds the lower-cased common nouns.
    static func isCommonNounWord(_ lower: String, nouns: SuffixSet) -> Bool {
        if nouns.contains(lower) { return true }
        let (hyphen, count) = plainShape(lower) ?? (lower.lastIndex(of: "-"), lower.count)
        if let hyphen {
            let tail = String(lower[lower.index(after: hyphen)...])
            return !tail.isEmpty && isCommonNounWord(tail, nouns: nouns)
        }
        return count >= 8 && nouns.containsSuffix(of: lower, lengths: 5...(count - 3))
    }

    /// The last hyphen and the number of characters of a word whose scalars
    /// are all below U+0300 and that has no CR, read from its bytes (each
    /// scalar of such a word is a character of its own); nil for any other word.
    private static func plainShape(_ word: String) -> (hyphen: String.Index?, count: Int)? {
        let utf8 = word.utf8
        var hyphen: String.Index?
        var count = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0xCC || byte == 0x0D { return nil }
            if byte == UInt8(ascii: "-") { hyphen = index }
            if byte & 0xC0 != 0x80 { count += 1 }
            utf8.formIndex(after: &index)
        }
        return (hyphen, count)
    }

    /// Whether token `index` is a name word in its position: name-like, and
    /// at a sentence start only when a first name or followed by another name word.
    public func isNameWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokenFacts.count, isNameLike[index] else { return false }
        if isFirstName[index] { return true }
        if opensSentence(index) {
            guard !looksAdverbial[index] else { return false }
            return index + 1 < tokenFacts.count && isNameLike[index + 1] && table.sentenceOf[index + 1] == table.sentenceOf[index]
        }
        return true
    }

    /// Whether token `index` opens its sentence (possibly after opening quotation marks or a dash).
    public func opensSentence(_ index: Int) -> Bool {
        let start = table.sentenceRange(of: index).lowerBound
        var position = start
        while position < index, !table.isWord(position) { position += 1 }
        return position == index
    }
}
