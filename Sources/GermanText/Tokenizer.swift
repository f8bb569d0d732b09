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
        var offsets: [UInt32] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(UInt32(offset))
            offset += UTF8.width(scalar)
        }
        offsets.append(UInt32(offset))
        let text = String(scalars: scalars, in: scalars.indices)
        return AnalyzedText.withUTF8(of: text) { tokens(in: scalars, utf8: $0, offsets: offsets) }
    }

    /// The tokens of a text given as its Unicode scalars and its UTF-8, `offsets` holding
    /// where each scalar starts in `utf8` and (last) where the text ends: each token's text
    /// is copied from the UTF-8.
    static func tokens(in scalars: [Unicode.Scalar], utf8: UnsafeBufferPointer<UInt8>, offsets: [UInt32]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        let count = scalars.count
        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: utf8[Int(offsets[start])..<Int(offsets[end])]), as: UTF8.self)
        }
        while index < count {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index += 1
                continue
            }
            let start = index
            if isDigit(scalar) {
                index += 1
                while index < count {
                    if isDigit(scalars[index]) {
                        index += 1
                    } else if (scalars[index] == "." || scalars[index] == ",") && index + 1 < count
                        && isDigit(scalars[index + 1])
                    {
                        index += 2
                    } else {
                        break
                    }
                }
                // A number glued to letters (`G7`, `2024er`, `F-16`, `81-jährige`) is a word.
                if index < count && (isWordScalar(scalars[index])
                    || isInnerJoiner(scalars[index]) && index + 1 < count && isWordScalar(scalars[index + 1]))
                {
                    index = endOfWord(scalars, from: index)
                    tokens.append(Token(text: text(start, index), span: Span(start: start, end: index), kind: .word))
                } else {
                    tokens.append(Token(text: text(start, index), span: Span(start: start, end: index), kind: .number))
                }
            } else if isWordScalar(scalar) {
                index = endOfWord(scalars, from: index)
                tokens.append(Token(text: text(start, index), span: Span(start: start, end: index), kind: .word))
            } else if let mark = QuoteMark(scalar) {
                index += 1
                tokens.append(Token(text: text(start, index), span: Span(start: start, end: index), kind: .quote(mark)))
            } else {
                index += 1
                // Keep an ellipsis written as dots together.
                if scalar == "." {
                    while index < count && scalars[index] == "." { index += 1 }
                }
                // Combining marks after a symbol belong to it.
                while index < count && !scalars[index].isASCII && isNonspacingMarkBeyondASCII(scalars[index]) {
                    index += 1
                }
                tokens.append(Token(text: text(start, index), span: Span(start: start, end: index), kind: .punctuation))
            }
        }
        return tokens
    }

    /// The end of a word starting at `start`: letters, digits, marks, soft
    /// hyphens, and single inner hyphens, apostrophes or dots of initialisms
    /// between them (`Nato-Partner`, `geht's`).
    private static func endOfWord(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if isWordScalar(scalar) || isDigit(scalar) || scalar == "\u{00AD}" {
                index += 1
            } else if isInnerJoiner(scalar) && index + 1 < count
                && (isWordScalar(scalars[index + 1]) || isDigit(scalars[index + 1]))
            {
                index += 2
            } else if scalar == "." && isDomainDot(scalars, at: index, wordStart: start) {
                index += 1  // `ndr.de`, `news.bbc.co.uk`: a web address is one word
            } else {
                break
            }
        }
        return index
    }

    /// Whether the dot at `index` joins two lower-case runs of two letters or more (`faz.net`),
    /// not an abbreviation's (`u.a.`) nor a sentence's end (`Jahr.Die`).
    private static func isDomainDot(_ scalars: [Unicode.Scalar], at index: Int, wordStart: Int) -> Bool {
        guard index - wordStart >= 2, isLowercase(scalars[index - 1]), isLowercase(scalars[index - 2]) else { return false }
        var after = index + 1
        while after < scalars.count, scalars[after].isASCII, isLowercase(scalars[after]) { after += 1 }
        return after - index - 1 >= 2 && (after == scalars.count || !isWordScalar(scalars[after]))
    }

    /// Whether a scalar has the Unicode Lowercase property (of ASCII: `a` to `z`).
    @inline(__always)
    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x61...0x7A).contains(scalar.value) : isLowercaseBeyondASCII(scalar)
    }

    /// Letters and combining marks.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return isWordScalarBeyondASCII(scalar)
    }

    // The Unicode property lookups live in functions of their own: a function that inlines them
    // looks up the layout of the stdlib's property types at every call, ASCII or not.

    /// ``isLowercase(_:)`` of a scalar that is not ASCII.
    @inline(never)
    private static func isLowercaseBeyondASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

    /// ``isWordScalar(_:)`` of a scalar that is not ASCII.
    @inline(never)
    private static func isWordScalarBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar that is not ASCII is a combining mark without width.
    @inline(never)
    private static func isNonspacingMarkBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }

    /// ``isSpace(_:)`` of a scalar that is not ASCII.
    @inline(never)
    private static func isSpaceBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" || scalar == "\u{2060}"
            || scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                && scalar != "\u{00AD}"
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    /// Hyphens (also the non-breaking one) and apostrophes inside a word.
    @inline(__always)
    static func isInnerJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2011}" || scalar == "'" || scalar == "’"
    }

    /// Every kind of white space, including no-break, narrow and zero-width spaces.
    @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value < 0x20 }
        return isSpaceBeyondASCII(scalar)
    }
}
