import GermanText
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
public struct TokenFacts: Sendable {
    /// The token table.
    public let table: TokenTable
    /// Whether each token is a common noun (or a closed or hyphenated compound ending in one).
    public let isCommonNoun: [Bool]
    /// Whether each token is a known first name.
    public let isFirstName: [Bool]
    /// Whether each token is name-like (see the type's documentation; sentence position not yet applied).
    public let isNameLike: [Bool]
    /// The role noun or title each token is or ends in.
    public let role: [RoleNoun?]
    /// The country a country adjective or demonym stands for (canonical name).
    public let countryOfAdjective: [String?]
    /// The body noun each token is.
    public let institution: [Institution?]
    /// The description head of an unnamed-source noun.
    public let unnamedSource: [String?]
    /// The type a name classifier gives the name after it.
    public let classifier: [NodeType?]

    /// Computes the facts for a document.
    public init(table: TokenTable, gazetteer: Gazetteer, lexicon: EntityLexicon) {
        self.table = table
        let count = table.count
        var isCommonNoun = [Bool](repeating: false, count: count)
        var isFirstName = [Bool](repeating: false, count: count)
        var isNameLike = [Bool](repeating: false, count: count)
        var role = [RoleNoun?](repeating: nil, count: count)
        var countryOfAdjective = [String?](repeating: nil, count: count)
        var institution = [Institution?](repeating: nil, count: count)
        var unnamedSource = [String?](repeating: nil, count: count)
        var classifier = [NodeType?](repeating: nil, count: count)
        var commonCache: [String: Bool] = [:]
        for index in 0..<count where table.isWord(index) {
            let lower = table.lower[index]
            let form = table.forms[index]
            if let entry = gazetteer.country(forAdjective: lower), table.classes[index].isEmpty {
                countryOfAdjective[index] = entry.canonical
            }
            guard table.isCapitalized(index) else { continue }
            let firstName = gazetteer.isKnownFirstName(form)
            isFirstName[index] = firstName
            role[index] = lexicon.roles.match(lower)?.value
            institution[index] = lexicon.institutions.exact(lower)
            unnamedSource[index] = lexicon.unnamedSources.match(lower)?.value
            classifier[index] = lexicon.classifiers.match(lower)?.value
            let common: Bool
            if let cached = commonCache[form] {
                common = cached
            } else {
                common = Self.isCommonNounWord(form, gazetteer: gazetteer)
                commonCache[form] = common
            }
            isCommonNoun[index] = common && !firstName
            isNameLike[index] =
                firstName
                || (!common && table.classes[index].isEmpty && role[index] == nil && institution[index] == nil
                    && countryOfAdjective[index] == nil && form.unicodeScalars.count > 1)
        }
        self.isCommonNoun = isCommonNoun
        self.isFirstName = isFirstName
        self.isNameLike = isNameLike
        self.role = role
        self.countryOfAdjective = countryOfAdjective
        self.institution = institution
        self.unnamedSource = unnamedSource
        self.classifier = classifier
    }

    /// Whether a capitalised word is a common noun, or a compound ending in one.
    static func isCommonNounWord(_ form: String, gazetteer: Gazetteer) -> Bool {
        if gazetteer.isCommonNoun(form) { return true }
        if let hyphen = form.lastIndex(of: "-") {
            let tail = form[form.index(after: hyphen)...]
            guard let first = tail.first, first.isUppercase else { return false }
            return gazetteer.isCommonNoun(String(tail)) || isCommonNounWord(String(tail), gazetteer: gazetteer)
        }
        let characters = Array(form)
        guard characters.count >= 8 else { return false }
        for start in 3...(characters.count - 5) {
            let tail = String(characters[start]).uppercased() + String(characters[(start + 1)...])
            if gazetteer.isCommonNoun(tail) { return true }
        }
        return false
    }

    /// Whether token `index` is a name word in its position: name-like, and
    /// at a sentence start only when a first name or followed by another name word.
    public func isNameWord(_ index: Int) -> Bool {
        guard index >= 0, index < isNameLike.count, isNameLike[index] else { return false }
        if isFirstName[index] { return true }
        if opensSentence(index) {
            return index + 1 < isNameLike.count && isNameLike[index + 1] && table.sentenceOf[index + 1] == table.sentenceOf[index]
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
