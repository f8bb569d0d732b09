import NewsGraphModel

/// Splits German text into words, numbers, quotation marks and punctuation,
/// keeping code-point offsets.
///
/// Hyphenated compounds stay one token (`Nato-Generalsekretär`), numbers keep
/// their thousands dots (`11.000`), soft hyphens stay inside their word, and
/// every kind of space (also no-break and narrow spaces) separates tokens.
///
///     Tokenizer.tokens(in: Array("Rund 11.000 Soldaten".unicodeScalars))
///     // Rund | 11.000 | Soldaten
public enum Tokenizer {
    /// The tokens of a text given as its Unicode scalars.
    public static func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        tokensAndBreaks(in: scalars).tokens
    }

    /// The tokens of a text given as its Unicode scalars, with the line breaks between them.
    static func tokensAndBreaks(in scalars: [Unicode.Scalar]) -> (tokens: [Token], breaks: TokenBreaks) {
        scalars.withUnsafeBufferPointer { scalars in
            ScalarFlags.table.withUnsafeBufferPointer { Scan(scalars: scalars, table: $0).tokens() }
        }
    }

    /// A pass over a text's scalars, with their ``ScalarFlags`` looked up in the table.
    private struct Scan {
        let scalars: UnsafeBufferPointer<Unicode.Scalar>
        let table: UnsafeBufferPointer<ScalarFlags>

        /// The flags of the scalar at `index`.
        @inline(__always)
        func flags(at index: Int) -> ScalarFlags { ScalarFlags.of(scalars[index], in: table) }

        /// Whether the scalar at `index` (which may be the end) has one of `flags`.
        @inline(__always)
        func has(_ flags: ScalarFlags, at index: Int) -> Bool {
            index < scalars.count && !self.flags(at: index).isDisjoint(with: flags)
        }

        /// The tokens, and the line breaks in the spaces before each.
        func tokens() -> (tokens: [Token], breaks: TokenBreaks) {
            var tokens: [Token] = []
            tokens.reserveCapacity(scalars.count / 5)
            var breaks = TokenBreaks(tokenLimit: scalars.count)
            var index = 0
            let count = scalars.count
            while index < count {
                let scalar = scalars[index]
                let flags = self.flags(at: index)
                if flags.contains(.space) {
                    if !flags.isDisjoint(with: TokenBreaks.kinds) { breaks.note(flags, before: tokens.count) }
                    index += 1
                    continue
                }
                let start = index
                if flags.contains(.digit) {
                    index += 1
                    while index < count {
                        if has(.digit, at: index) {
                            index += 1
                        } else if scalars[index] == "." || scalars[index] == ",", has(.digit, at: index + 1) {
                            index += 2
                        } else {
                            break
                        }
                    }
                    // A number glued to letters (`G7`, `2024er`, `F-16`, `81-jährige`) is a word.
                    if has(.word, at: index) || index < count && isInnerJoiner(scalars[index]) && has(.word, at: index + 1) {
                        index = endOfWord(from: index)
                        tokens.append(Token(span: Span(start: start, end: index), kind: .word))
                    } else {
                        tokens.append(Token(span: Span(start: start, end: index), kind: .number))
                    }
                } else if flags.contains(.word) {
                    index = endOfWord(from: index)
                    tokens.append(Token(span: Span(start: start, end: index), kind: .word))
                } else if let mark = QuoteMark(scalar) {
                    index += 1
                    tokens.append(Token(span: Span(start: start, end: index), kind: .quote(mark)))
                } else {
                    index += 1
                    // Keep an ellipsis written as dots together.
                    if scalar == "." {
                        while index < count && scalars[index] == "." { index += 1 }
                    }
                    // Combining marks after a symbol belong to it.
                    while has(.nonspacingMark, at: index) { index += 1 }
                    tokens.append(Token(span: Span(start: start, end: index), kind: .punctuation))
                }
            }
            return (tokens, breaks)
        }

        /// The end of a word starting at `start`: letters, digits, marks, soft
        /// hyphens, and single inner hyphens, apostrophes or dots of initialisms
        /// between them (`Nato-Partner`, `geht's`).
        func endOfWord(from start: Int) -> Int {
            var index = start
            let count = scalars.count
            while index < count {
                // Nearly all of a word is scalars of the table's first part: they go in a loop of their own.
                while index < count, scalars[index].value < ScalarFlags.latinEnd,
                    table[Int(scalars[index].value)].contains(.inWord)
                {
                    index += 1
                }
                guard index < count else { break }
                let scalar = scalars[index]
                if flags(at: index).contains(.inWord) {
                    index += 1
                } else if isInnerJoiner(scalar) && has([.word, .digit], at: index + 1) {
                    index += 2
                } else if scalar == "." && isDomainDot(at: index, wordStart: start) {
                    index += 1  // `ndr.de`, `news.bbc.co.uk`: a web address is one word
                } else {
                    break
                }
            }
            return index
        }

        /// Whether the dot at `index` joins two lower-case runs of two letters or more (`faz.net`),
        /// not an abbreviation's (`u.a.`) nor a sentence's end (`Jahr.Die`).
        private func isDomainDot(at index: Int, wordStart: Int) -> Bool {
            guard index - wordStart >= 2, has(.lowercase, at: index - 1), has(.lowercase, at: index - 2) else { return false }
            var after = index + 1
            while after < scalars.count, scalars[after].isASCII, has(.lowercase, at: after) { after += 1 }
            return after - index - 1 >= 2 && !has(.word, at: after)
        }
    }

    /// Hyphens (also the non-breaking one) and apostrophes inside a word.
    @inline(__always)
    static func isInnerJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2011}" || scalar == "'" || scalar == "’"
    }

    /// Every kind of white space, including no-break, narrow and zero-width spaces.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        ScalarFlags.of(scalar).contains(.space)
    }
}

/// The line breaks in the spaces before each token of a text, noted by the tokenizer as it passes
/// the spaces (which are all a text holds between its tokens), so that the sentence splitter and the
/// quotation finder do not scan the spaces between every two tokens again.
struct TokenBreaks {
    /// The break flags a space may have: ``ScalarFlags/lineBreak`` and ``ScalarFlags/paragraphBreak``.
    static let kinds: ScalarFlags = [.lineBreak, .paragraphBreak]
    /// The break flags of the spaces before each token (and, last, of those after the last token).
    private var flags: [ScalarFlags]

    /// No breaks yet, for a text of at most `tokenLimit` tokens.
    init(tokenLimit: Int) {
        flags = [ScalarFlags](repeating: [], count: tokenLimit + 1)
    }

    /// Notes the break flags of a space before token `token`.
    @inline(__always)
    mutating func note(_ space: ScalarFlags, before token: Int) {
        flags[token].formUnion(space.intersection(Self.kinds))
    }

    /// Whether a line break (LF, CR, NEL, a line or paragraph separator) stands between token
    /// `token` and the one before it.
    @inline(__always)
    func lineBreak(before token: Int) -> Bool { flags[token].contains(.lineBreak) }

    /// Whether a paragraph break (LF, CR, a paragraph separator) stands between token `token` and the
    /// one before it.
    @inline(__always)
    func paragraphBreak(before token: Int) -> Bool { flags[token].contains(.paragraphBreak) }
}
