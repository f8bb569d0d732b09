import GermanText
import Lexicons
import NewsGraphModel

/// What every later rule asks about a token, computed once per document:
/// its lower-cased form, its function-word classes and its shape.
///
/// Rules then compare the words' strings, kept once for the run in the
/// ``WordCatalog`` (a table keeps each token's catalog index, not a copy of its
/// strings), and bit sets, instead of building strings in their loops. A class,
/// so that the rules that hold it share one copy.
public final class TokenTable: Sendable {
    /// The analysed text.
    public let text: AnalyzedText
    /// Each token's normalised text (NFC, no soft hyphens).
    @inlinable public var forms: TokenWords { TokenWords(self, lowered: false) }
    /// Each token's normalised text in lower case.
    @inlinable public var lower: TokenWords { TokenWords(self, lowered: true) }
    /// Each token's function-word classes.
    public let classes: [WordClass]
    /// The sentence index of each token.
    public let sentenceOf: [Int]
    // (The per-token arrays the inlinable tests below read are `@usableFromInline`: the rules, in
    // another module, call those tests in their inner loops.)
    /// The case of each word's first letter, and the mark of each punctuation token (one array: one
    /// allocation a document, not three).
    @usableFromInline let shapes: [TokenShape]

    /// The catalog the words were looked up in.
    @usableFromInline let catalog: WordCatalog
    /// Each token's index in ``catalog`` (see ``WordCatalog/indices(of:overflow:visit:)``).
    @usableFromInline let wordIndices: [Int32]
    /// The words that did not fit into the catalog, which negative indices point into.
    private let overflow: [WordCatalog.Word]

    /// Builds the table for a text (its words looked up afresh).
    public convenience init(_ text: AnalyzedText, lexicon: EntityLexicon = .shared) {
        self.init(text, catalog: WordCatalog(lexicon: lexicon, gazetteer: nil))
    }

    /// Builds the table for a text whose words are looked up in a catalog.
    init(_ text: AnalyzedText, catalog: WordCatalog) {
        self.text = text
        self.catalog = catalog
        var overflowWords: [WordCatalog.Word] = []
        let tokenCount = text.tokens.count
        let tokens = text.tokens
        var classes = [WordClass](repeating: [], count: tokenCount)
        var shapes = [TokenShape](repeating: TokenShape(), count: tokenCount)
        // Filled as the catalog finds the words, in one pass (the arrays written through buffers, so that
        // their uniqueness is not checked at every token).
        wordIndices = classes.withUnsafeMutableBufferPointer { classes in
            shapes.withUnsafeMutableBufferPointer { shapes in
                var previousIsWord = false
                return catalog.indices(of: text, overflow: &overflowWords) { position, word in
                    defer { previousIsWord = word != nil }
                    guard let word else {
                        shapes[position].mark = Self.punctuationMark(tokens[position], in: text)
                        return
                    }
                    var wordClasses = word.pointee.classes
                    let capitalized = word.pointee.capitalized
                    // German writes verbs in lower case inside a clause: a capitalised `Will` or `Hat` after a
                    // word or a comma is a name (`der Korrespondent, Will Grant, berichtete`), not a verb.
                    if capitalized, !wordClasses.isDisjoint(with: .verbForms), position > 0,
                        previousIsWord || shapes[position - 1].mark == ","
                    {
                        wordClasses.subtract(.verbForms)
                    }
                    classes[position] = wordClasses
                    shapes[position] = TokenShape(capitalized: capitalized, lowercase: word.pointee.lowercase, mark: nil)
                }
            }
        }
        overflow = overflowWords
        self.classes = classes
        self.shapes = shapes
        var sentenceOf = [Int](repeating: 0, count: tokenCount)
        for (index, sentence) in text.sentences.enumerated() {
            for token in sentence.tokens { sentenceOf[token] = index }
        }
        self.sentenceOf = sentenceOf
    }

    /// What a table keeps of a token besides its word's classes.
    @usableFromInline
    struct TokenShape: Sendable {
        /// Whether it is a word with an upper-case first letter.
        @usableFromInline var capitalized = false
        /// Whether it is a word with a lower-case first letter.
        @usableFromInline var lowercase = false
        /// Its mark, when it is a punctuation token of one character that in NFC is one scalar
        /// (see ``punctuationMark(_:in:)``).
        @usableFromInline var mark: Unicode.Scalar?
    }

    /// Each token's word form as a number, the same for every token written
    /// alike in the run (its index in the catalog, ``notAWord`` for tokens that are no word; negative:
    /// a form kept only with this table).
    public var catalogIndices: [Int32] { wordIndices }

    /// The mark of a punctuation token of one character, as one scalar: the character in NFC, when
    /// that is one scalar, else nil. Characters compare by their NFC (the Greek question mark is `;`),
    /// so the mark equals a scalar in NFC exactly when the token's character equals it.
    static func punctuationMark(_ token: Token, in text: AnalyzedText) -> Unicode.Scalar? {
        guard case .punctuation = token.kind else { return nil }
        // (An ASCII scalar is a character of its own in NFC; others, and marks with combining marks, rarely come.)
        if token.span.end - token.span.start == 1, text.scalars[token.span.start].isASCII { return text.scalars[token.span.start] }
        let written = text.string(token)
        guard written.count == 1 else { return nil }
        let normalized = written.nfc.unicodeScalars
        return normalized.count == 1 ? normalized.first : nil
    }

    /// The catalog index of a token that is no word.
    public static let notAWord = WordCatalog.notAWord

    /// The catalog ``catalogIndices`` are indices of, as an opaque reference to
    /// compare by identity (`===`): tables of one catalog number their word
    /// forms alike (the tables of one recognizer do).
    public var numbering: AnyObject { catalog }

    /// Reads what the catalog says of word token `index` (not for other tokens).
    func withWord<Result>(_ index: Int, _ body: (UnsafePointer<WordCatalog.Word>) -> Result) -> Result {
        withWord(catalogIndex: Int(wordIndices[index]), body)
    }

    /// Reads the word at a catalog index of this table's words.
    func withWord<Result>(catalogIndex: Int, _ body: (UnsafePointer<WordCatalog.Word>) -> Result) -> Result {
        Self.withWord(catalogIndex, catalog: catalog, overflow: overflow, body)
    }

    /// Reads the word at a catalog index (negative: in `overflow`), in place.
    private static func withWord<Result>(
        _ index: Int, catalog: WordCatalog, overflow: [WordCatalog.Word], _ body: (UnsafePointer<WordCatalog.Word>) -> Result
    ) -> Result {
        if index >= 0 { return body(catalog.word(index)) }
        return overflow.withUnsafeBufferPointer { body($0.baseAddress! + (-1 - index)) }
    }

    /// The number of tokens.
    @inlinable public var count: Int { wordIndices.count }

    /// The text of token `index` (see ``forms`` and ``lower``): a word's form from the catalog, another
    /// token's text as written (a number or mark, which has no other normal form).
    @inlinable
    func text(of index: Int, lowered: Bool) -> String {
        let catalogIndex = Int(wordIndices[index])
        guard catalogIndex >= 0 else { return text(ofUncataloged: index, lowered: lowered) }
        let word = catalog.word(catalogIndex)
        return lowered ? word.pointee.lower : word.pointee.form
    }

    /// ``text(of:lowered:)`` of a token that is no word or whose word is kept with this table.
    @usableFromInline
    func text(ofUncataloged index: Int, lowered: Bool) -> String {
        let catalogIndex = Int(wordIndices[index])
        guard catalogIndex != Int(WordCatalog.notAWord) else {
            let written = text.string(text.tokens[index])
            return lowered ? written.lowercasedIfNeeded() : written
        }
        return withWord(catalogIndex: catalogIndex) { lowered ? $0.pointee.lower : $0.pointee.form }
    }

    /// The tokens.
    public var tokens: [Token] { text.tokens }

    /// Whether token `index` is a word.
    @inline(__always)
    public func isWord(_ index: Int) -> Bool { wordIndices[index] != WordCatalog.notAWord }

    /// Whether token `index` is a word with an upper-case first letter.
    @inlinable
    public func isCapitalized(_ index: Int) -> Bool { shapes[index].capitalized }

    /// Whether token `index` is a word in lower case.
    @inlinable
    public func isLowercase(_ index: Int) -> Bool { shapes[index].lowercase }

    /// Whether token `index` has any of these classes.
    @inlinable
    public func has(_ index: Int, _ wordClass: WordClass) -> Bool { !classes[index].isDisjoint(with: wordClass) }

    /// Whether token `index` is an acronym (``NounPhraseChunker/isAcronym(_:)``): a word's told once
    /// for the run, in its catalog entry.
    func isAcronym(_ index: Int) -> Bool {
        isWord(index) ? withWord(index) { $0.pointee.isAcronym } : NounPhraseChunker.isAcronym(forms[index])
    }

    /// Whether token `index` is this punctuation mark (a scalar in NFC, as every ASCII mark is): its
    /// character equals the mark's.
    @inlinable
    public func isPunctuation(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        shapes[index].mark == mark
    }

    /// Whether token `index` ends a clause: `,` `;` `:` `.` `!` `?` dashes or brackets.
    public func isClauseBoundary(_ index: Int) -> Bool {
        // (Told by the token's mark, without copying the token; marks of several characters are dots.)
        guard let mark = shapes[index].mark else {
            return text.tokens[index].kind == .punctuation && text.string(text.tokens[index]).hasPrefix("..")
        }
        switch mark {
        case ".":
            // A full stop inside a sentence ends an abbreviation or ordinal (`am 3. Januar`), not a clause.
            return index + 1 >= count || sentenceOf[index + 1] != sentenceOf[index] || isQuote(index + 1)
        case ",", ";", ":", "!", "?", "–", "—", "(", ")", "…": return true
        case "-":
            // A hyphen standing alone is a dash, but not one glued to the word before (`Such- und Rettungsagentur`).
            return index == 0 || !isWord(index - 1) || text.tokens[index - 1].span.end != text.tokens[index].span.start
        default: return false
        }
    }

    /// Whether token `index` is a quotation mark.
    @inline(__always)
    public func isQuote(_ index: Int) -> Bool { text.tokens[index].quoteMark != nil }

    /// The token range of the sentence holding token `index`.
    public func sentenceRange(of index: Int) -> Range<Int> { text.sentences[sentenceOf[index]].tokens }

    /// The text from the start of token `first` to the end of token `last`.
    public func string(_ first: Int, _ last: Int) -> String {
        // (A word whose catalog form is as written: that form, kept once for the run, not a string made anew.)
        if first == last, case let index = Int(wordIndices[first]), index >= 0 {
            let word = catalog.word(index)
            if word.pointee.isAsWritten { return word.pointee.form }
        }
        return text.string(text.span(tokens: first, last))
    }

    /// The span from the start of token `first` to the end of token `last`.
    public func span(_ first: Int, _ last: Int) -> Span { text.span(tokens: first, last) }
}
