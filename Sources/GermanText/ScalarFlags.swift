/// What the tokenizer asks of a scalar, as bits.
///
/// The answers for U+0000–U+036F (Latin letters, their accents and combining
/// marks) and U+2000–U+206F (dashes, curly quotation marks, special spaces)
/// are kept in a table made once from the definitions below; other scalars
/// are asked of their Unicode properties each time. German news text is
/// almost all ASCII, umlauts, `ß` and the marks `„ “ –`.
struct ScalarFlags: OptionSet, Sendable {
    let rawValue: UInt8

    /// Letters and combining marks.
    static let word = ScalarFlags(rawValue: 1)
    /// `0` to `9`.
    static let digit = ScalarFlags(rawValue: 2)
    /// Letters, marks, digits and the soft hyphen: what a word goes on with.
    static let inWord = ScalarFlags(rawValue: 4)
    /// Every kind of white space, including no-break, narrow and zero-width spaces, and control characters.
    static let space = ScalarFlags(rawValue: 8)
    /// The Unicode Lowercase property (of ASCII: `a` to `z`).
    static let lowercase = ScalarFlags(rawValue: 16)
    /// A combining mark without width (general category Mn).
    static let nonspacingMark = ScalarFlags(rawValue: 32)
    /// A space that breaks a line for the sentence splitter: LF, CR, NEL, the line and the paragraph separator.
    static let lineBreak = ScalarFlags(rawValue: 64)
    /// A space that ends a paragraph for the quotation finder: LF, CR and the paragraph separator.
    static let paragraphBreak = ScalarFlags(rawValue: 128)

    /// The scalars below this are in the table's first part (at the same index).
    static let latinEnd: UInt32 = 0x370
    /// The General Punctuation block, in the table after the first part.
    private static let punctuationBlock: ClosedRange<UInt32> = 0x2000...0x206F

    /// The flags of the scalars in the table, U+0000 up to `latinEnd`, then the General Punctuation block.
    static let table: [ScalarFlags] =
        (0..<latinEnd).map { ScalarFlags(computing: Unicode.Scalar($0).unsafelyUnwrapped) }
        + punctuationBlock.map { ScalarFlags(computing: Unicode.Scalar($0).unsafelyUnwrapped) }

    /// The flags of a scalar, from `table` (``table`` read in place) when it holds them.
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar, in table: UnsafeBufferPointer<ScalarFlags>) -> ScalarFlags {
        let value = scalar.value
        if value < latinEnd { return table[Int(value)] }
        if punctuationBlock.contains(value) { return table[Int(latinEnd + value - punctuationBlock.lowerBound)] }
        return ScalarFlags(computing: scalar)
    }

    /// The flags of a scalar.
    static func of(_ scalar: Unicode.Scalar) -> ScalarFlags {
        table.withUnsafeBufferPointer { of(scalar, in: $0) }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The flags of a scalar, from its Unicode properties. (The property lookups stay out of
    /// the callers: a function that inlines them looks up the layout of the stdlib's property
    /// types at every call.)
    @inline(never)
    init(computing scalar: Unicode.Scalar) {
        var flags: ScalarFlags = []
        let value = scalar.value
        if scalar.isASCII {
            if (0x41...0x5A).contains(value) { flags.insert(.word) }
            if (0x61...0x7A).contains(value) { flags.formUnion([.word, .lowercase]) }
            if (0x30...0x39).contains(value) { flags.insert(.digit) }
            if value <= 0x20 { flags.insert(.space) }
        } else {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .spacingMark:
                flags.insert(.word)
            case .nonspacingMark:
                flags.formUnion([.word, .nonspacingMark])
            case .control:
                flags.insert(.space)
            case .format:
                if scalar != "\u{00AD}" { flags.insert(.space) }
            default:
                break
            }
            if properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" || scalar == "\u{2060}" {
                flags.insert(.space)
            }
            if properties.isLowercase { flags.insert(.lowercase) }
        }
        if !flags.isDisjoint(with: [.word, .digit]) || scalar == "\u{00AD}" { flags.insert(.inWord) }
        switch scalar {
        case "\n", "\r", "\u{2029}": flags.formUnion([.lineBreak, .paragraphBreak])
        case "\u{85}", "\u{2028}": flags.insert(.lineBreak)
        default: break
        }
        self = flags
    }
}
