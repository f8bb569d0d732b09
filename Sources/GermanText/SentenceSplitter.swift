import Lexicons
import NewsGraphModel

/// Splits a token stream into sentences.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `:` before a line break, and at
/// every line break. It does not end at abbreviations (`Dr.`, `Nr.`, `z. B.`),
/// initials, ordinal numbers (`23. Oktober`, `am 1. November`), or before a
/// lower-case word or a comma (`"Warum?", fragte er`). Closing quotation
/// marks and brackets after the full stop stay in the sentence they close.
public struct SentenceSplitter: Sendable {
    /// The word lists used.
    public var lexicon: GermanLexicon

    /// Words after which a number with a full stop is an ordinal (`am 3. Tag`).
    private static let ordinalContext: Set<String> = [
        "am", "dem", "den", "der", "des", "die", "das", "zum", "zur", "vom", "im", "bis", "ab", "seit", "bereits",
        "ihr", "ihrem", "ihren", "sein", "seinem", "seinen", "jeden", "jedem", "nach", "vor", "zwischen", "und",
    ]

    /// Creates a splitter.
    public init(lexicon: GermanLexicon = .shared) {
        self.lexicon = lexicon
    }

    /// The sentences of a text tokenised by ``Tokenizer`` (`breaks`: the line breaks it found).
    func sentences(tokens: [Token], scalars: [Unicode.Scalar], breaks: TokenBreaks) -> [Sentence] {
        tokens.withUnsafeBufferPointer { tokens in
            scalars.withUnsafeBufferPointer { sentences(tokens: tokens, scalars: $0, breaks: breaks) }
        }
    }

    /// ``sentences(tokens:scalars:breaks:)``, read in place.
    private func sentences(
        tokens: UnsafeBufferPointer<Token>, scalars: UnsafeBufferPointer<Unicode.Scalar>, breaks: TokenBreaks
    ) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 8 + 1)  // news sentences run to ten tokens and more
        var first = 0
        var index = 0
        func close(after last: Int) {
            guard last >= first else { return }
            sentences.append(
                Sentence(span: Span(start: tokens[first].span.start, end: tokens[last].span.end), tokens: first..<(last + 1)))
            first = last + 1
        }
        while index < tokens.count {
            // A line break between this token and the next always ends the sentence.
            if index + 1 < tokens.count, breaks.lineBreak(before: index + 1) {
                close(after: index)
                index += 1
                continue
            }
            if case .punctuation = tokens[index].kind, isTerminal(tokens[index], scalars: scalars), index + 1 < tokens.count {
                // Take closing quotation marks and brackets along.
                var last = index
                while last + 1 < tokens.count, closesSpan(tokens[last + 1], scalars: scalars),
                    !breaks.lineBreak(before: last + 1)
                {
                    last += 1
                }
                let following = last + 1 < tokens.count ? tokens[last + 1] : nil
                if let following, endsSentence(at: index, closingUpTo: last, before: following, tokens: tokens, scalars: scalars) {
                    close(after: last)
                    index = last + 1
                    continue
                }
            }
            index += 1
        }
        if first < tokens.count { close(after: tokens.count - 1) }
        return sentences
    }

    /// The text of a token of the scalars.
    private static func text(_ token: Token, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        String(scalars: scalars, in: token.span.start..<token.span.end)
    }

    /// Whether a punctuation token ends a sentence.
    private func isTerminal(_ token: Token, scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        // Each terminal starts with `.`, `!`, `?` or `…`: most punctuation is told by its first scalar.
        switch scalars[token.span.start] {
        case ".", "!", "?", "…": break
        default: return false
        }
        // (Each terminal of one scalar is one of these; longer ones are compared as text.)
        if token.span.end - token.span.start == 1 { return true }
        let text = Self.text(token, scalars)
        switch text {
        case ".", "!", "?", "…", "...", "?!", "!?": return true
        default: return text.hasPrefix("..")
        }
    }

    /// Whether a token after a full stop closes what the sentence opened: a
    /// closing bracket, or a quotation mark that is not glued to a following
    /// word after a space (that one opens the next sentence: `ging. "Wir`).
    private func closesSpan(_ token: Token, scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        if let mark = token.quoteMark {
            guard mark.canClose else { return false }
            guard mark.canOpen else { return true }
            let spaceBefore = token.span.start > 0 && Tokenizer.isSpace(scalars[token.span.start - 1])
            let spaceAfter = token.span.end >= scalars.count || Tokenizer.isSpace(scalars[token.span.end])
            return !(spaceBefore && !spaceAfter)
        }
        // (A bracket of one byte is the whole token only when the token is that one scalar: no marks after it.)
        return token.kind == .punctuation && token.span.end - token.span.start == 1
            && (scalars[token.span.start] == ")" || scalars[token.span.start] == "]")
    }

    private func endsSentence(
        at index: Int, closingUpTo last: Int, before following: Token, tokens: UnsafeBufferPointer<Token>,
        scalars: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Bool {
        // Not before a comma, a lower-case word or more punctuation: `"Warum?", fragte er`.
        // (A mark of one scalar is the whole token only when the token is that scalar.)
        if following.kind == .punctuation {
            guard following.span.end - following.span.start == 1 else { return false }
            let mark = scalars[following.span.start]
            return mark == "(" || mark == "-" || mark == "–" || mark == "—"
        }
        if following.isWord && Token.isLowercaseLetter(scalars[following.span.start]) { return false }
        let terminal = tokens[index]
        guard terminal.span.end - terminal.span.start == 1, scalars[terminal.span.start] == ".", index > 0, last == index else {
            return true
        }
        let previous = tokens[index - 1]
        // The full stop must touch the word before it to make an abbreviation or ordinal.
        guard previous.span.end == terminal.span.start else { return true }
        switch previous.kind {
        case .word:
            if previous.span.end - previous.span.start == 1 { return false }  // initials, z. B., u. a.
            let word = UnsafeBufferPointer(rebasing: scalars[previous.span.start..<previous.span.end])
            if lexicon.isAbbreviation(word) { return false }
            // `Benedikt XVI. „ist …“`: a regnal number after a name, before quoted words (`Teil II. Die …` ends).
            if index >= 2, Self.isRomanNumeral(word), tokens[index - 2].kind == .word,
                Token.isUppercaseLetter(scalars[tokens[index - 2].span.start]),
                following.kind == .punctuation || following.kind == .number
                    || !(following.isWord && Token.isUppercaseLetter(scalars[following.span.start]))
            {
                return false
            }
            return true
        case .number:
            // `23. Oktober`, `am 1. November`, `der 3. Tag`.
            if lexicon.months[Token.normalizedForm(of: Self.text(following, scalars))] != nil { return false }
            if following.kind == .number { return false }  // dates like 18. 10. 2024
            if index >= 2, tokens[index - 2].kind == .word,
                Self.ordinalContext.contains(Token.normalizedForm(of: Self.text(tokens[index - 2], scalars)).lowercasedIfNeeded())
            {
                return false
            }
            return true
        default:
            return true
        }
    }

    /// Whether a word (its scalars) is a Roman numeral of two to six letters (`II`, `XVI`).
    static func isRomanNumeral(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        (2...6).contains(word.count) && word.allSatisfy { scalar in
            switch scalar {
            case "I", "V", "X", "L", "C": true
            default: false
            }
        }
    }
}
