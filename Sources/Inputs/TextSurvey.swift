/// What one pass over an article's text tells the two checks every article
/// read goes through: the function-word counts of ``LanguageCheck`` and the
/// ``TextDigest`` of ``DuplicateFilter``.
///
/// Words are the runs of letters, lower-cased; the digest takes letters and
/// digits, lower-cased. The pass reads the text's UTF-8 eight bytes at a time:
/// in a block of ASCII (nearly all of a German text) letters and digits are
/// found by arithmetic on the whole block and taken run by run; U+0080–U+00FF
/// go by a table made from the Unicode properties; only other scalars are
/// looked up one by one.
///
/// ```swift
/// let survey = TextSurvey("Der Minister sagte, dass ...")
/// survey.functionWords?.looksGerman  // true, or nil when the characters must decide
/// survey.digest                      // nil when the text has no letter or digit
/// ```
struct TextSurvey {
    /// The language check's counts; nil when the text has a scalar whose grapheme
    /// clustering or lower-case mapping the pass does not model (see ``LanguageCheck``).
    let functionWords: FunctionWordCounts?
    /// The digest of the text's letters and digits; nil when it has none.
    let digest: TextDigest?

    /// The survey of `text`.
    init(_ text: String) {
        var text = text
        (functionWords, digest) = text.withUTF8 { Self.survey(of: $0, table: LanguageCheck.functionWordTable) }
    }

    /// The counts (nil when not modelled) and digest of `bytes`, valid UTF-8.
    private static func survey(
        of bytes: UnsafeBufferPointer<UInt8>, table: PackedWordTable
    ) -> (FunctionWordCounts?, TextDigest?) {
        var words = WordTally()
        var digest = TextDigest.Builder()
        var isModelled = true
        var continuationBytes = 0
        let latin1Table = Latin1.table
        var index = 0
        while index < bytes.count {
            let block = Block(bytes, at: index)
            if block.count > 0 {
                // A word left open before the block ends unless the block starts with a letter.
                if block.letters & 0x80 == 0 { words.endWord(table) }
                if block.digits == 0 {
                    // The common case: the digest's runs are the words' runs.
                    var runs = block.runs(of: block.letters)
                    while let run = runs.next() {
                        words.append(run.bytes, bits: run.bits)
                        digest.append(run.bytes, bits: run.bits)
                        if run.isFollowed { words.endWord(table) }
                    }
                } else {
                    var letters = block.runs(of: block.letters)
                    while let run = letters.next() {
                        words.append(run.bytes, bits: run.bits)
                        if run.isFollowed { words.endWord(table) }
                    }
                    var lettersAndDigits = block.runs(of: block.letters | block.digits)
                    while let run = lettersAndDigits.next() { digest.append(run.bytes, bits: run.bits) }
                }
                index &+= block.count
            }
            guard block.endsBeforeOtherScalar else { continue }
            let lead = bytes[index]
            if lead < 0xC4 {
                // U+0080–U+00FF: two bytes (C2 or C3, then the low six bits), by the table.
                let latin1 = latin1Table[Int(lead & 1) << 6 | Int(bytes[index + 1] & 0x3F)]
                index &+= 2
                continuationBytes &+= 1
                if latin1.isLetter {
                    words.append(latin1.utf8, bits: 16)
                } else {
                    words.endWord(table)
                }
                if latin1.isLetterOrDigit { digest.append(latin1.utf8, bits: 16) }
                continue
            }
            let scalar = OtherScalar(bytes, at: index)
            index &+= scalar.length
            continuationBytes &+= scalar.length &- 1
            switch scalar.word {
            case .letter(let utf8): words.append(utf8.low, bits: 8 * utf8.count)
            case .separator: words.endWord(table)
            case .unmodelled: isModelled = false
            }
            let utf8 = scalar.digestBytes
            if utf8.count > 0 { digest.append(utf8.low, bits: 8 * min(utf8.count, 8)) }
            if utf8.count > 8 { digest.append(utf8.high, bits: 8 * (utf8.count - 8)) }
        }
        words.endWord(table)
        let counts = FunctionWordCounts(
            scalars: bytes.count - continuationBytes, words: words.words, german: words.german,
            foreign: words.foreign)
        return (isModelled ? counts : nil, digest.digest)
    }

    /// What a scalar that is not ASCII means to the word tally and the digest.
    private struct OtherScalar {
        enum WordPart {
            /// A letter of a word: the UTF-8 of its lower case.
            case letter(PackedBytes)
            /// Not part of a word.
            case separator
            /// A scalar the tally does not model.
            case unmodelled
        }

        /// The scalar's length in bytes.
        let length: Int
        let word: WordPart
        /// The UTF-8 of the lower case's letters and digits (a lower case has at most three scalars).
        var digestBytes = PackedBytes()

        /// The scalar at `index` in `bytes` (valid UTF-8), U+0100 or above.
        @inline(never)
        init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
            let lead = bytes[index]
            let continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
            var value = UInt32(lead) & (0x7F >> (continuations + 1))
            for offset in 1...continuations { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            length = continuations + 1
            if TextSurvey.isPunctuation(value) {
                word = .separator
            } else {
                let lower = Unicode.Scalar(value)!.properties.lowercaseMapping.unicodeScalars
                if value >= 0x300 || value == 0x130 {
                    word = .unmodelled
                } else if let first = lower.first, lower.count == 1, first.properties.isAlphabetic {
                    word = .letter(PackedBytes(first))
                } else {
                    word = .separator
                }
                for scalar in lower where TextSurvey.isLetterOrDigit(scalar) { digestBytes.append(scalar) }
            }
        }
    }

    /// Up to sixteen bytes, packed first byte lowest: eight in `low`, the rest in `high`.
    fileprivate struct PackedBytes {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        init() {}

        /// The UTF-8 of `scalar`.
        init(_ scalar: Unicode.Scalar) {
            append(scalar)
        }

        /// Appends the UTF-8 of `scalar`.
        mutating func append(_ scalar: Unicode.Scalar) {
            for byte in UTF8.encode(scalar)! {
                precondition(count < 16)
                if count < 8 {
                    low |= UInt64(byte) << (8 * count)
                } else {
                    high |= UInt64(byte) << (8 * (count - 8))
                }
                count += 1
            }
        }
    }

    /// Whether `value` is among the punctuation of U+2010–U+205E and U+20A0–U+20C0 (quotation
    /// marks, dashes, currency signs): no letter or digit, and a grapheme cluster of its own.
    static func isPunctuation(_ value: UInt32) -> Bool {
        value &- 0x2010 <= 0x205E - 0x2010 || value &- 0x20A0 <= 0x20C0 - 0x20A0
    }

    /// Whether the digest takes `scalar` (of a lower-cased text): alphabetic or numeric.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// What the checks need to know of a scalar of U+0080–U+00FF, read from its Unicode
    /// properties once: each lower-cases to one scalar of that range, a grapheme cluster of its own.
    struct Latin1 {
        /// The UTF-8 of the lower-case mapping (two bytes), first byte lowest.
        let utf8: UInt64
        /// Whether the lower-case scalar is alphabetic (a letter of a word).
        let isLetter: Bool
        /// Whether the lower-case scalar is alphabetic or numeric (taken by the digest).
        let isLetterOrDigit: Bool

        /// U+0080–U+00FF in order.
        static let table: [Latin1] = (0x80...0xFF).map { value in
            let lower = Unicode.Scalar(UInt8(value)).properties.lowercaseMapping.unicodeScalars
            precondition(lower.count == 1 && (0x80...0xFF).contains(lower.first!.value))
            let scalar = lower.first!
            return Latin1(
                utf8: PackedBytes(scalar).low, isLetter: scalar.properties.isAlphabetic,
                isLetterOrDigit: TextSurvey.isLetterOrDigit(scalar))
        }
    }

    /// Up to eight ASCII bytes read at once, first byte lowest, with their letters
    /// and digits marked by the high bit of their byte in `letters` and `digits`.
    struct Block {

        /// The bytes, letters lower-cased (digits stay as they are).
        let lower: UInt64
        /// How many bytes the block has (0–8).
        let count: Int
        let letters: UInt64
        let digits: UInt64
        /// The high bit of the block's last byte (of the eighth when the block reaches the text's end: a
        /// word that ends there is ended after the block or after the pass, the same either way).
        private let lastBit: Int
        /// Whether a scalar that is not ASCII follows the block (else the block ends at eight bytes or the text's end).
        let endsBeforeOtherScalar: Bool

        /// The ASCII bytes from `index` on in `bytes`, up to eight.
        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
            let available = bytes.count &- index
            // (Past the text's end the bytes are zero: ASCII, neither letter nor digit.)
            let word =
                available >= 8
                ? UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                : (0..<available).reduce(0) { $0 | UInt64(bytes[index + $1]) << (8 * $1) }
            let nonASCII = word & ByteScan.highBits
            // The high bit of the first byte that is not ASCII, 64 when there is none.
            let firstOther = nonASCII.trailingZeroBitCount
            endsBeforeOtherScalar = nonASCII != 0
            count = min(firstOther &>> 3, available)
            lastBit = (firstOther & ~7) &- 1
            // Setting bit 5 lower-cases a letter and keeps a digit; only letters then lie in a–z. A byte
            // of at most 0x7F plus at most 0x7F does not carry: its high bit tells whether it reached 0x80.
            // Only the bytes before the first that is not ASCII count (a carry goes up, not down).
            let present = (nonASCII &- 1) & ~nonASCII & ByteScan.highBits
            lower = word | ByteScan.ones &* 0x20
            letters = (lower &+ ByteScan.ones &* (0x80 - 0x61)) & ~(lower &+ ByteScan.ones &* (0x80 - 0x7B)) & present
            digits = (word &+ ByteScan.ones &* (0x80 - 0x30)) & ~(word &+ ByteScan.ones &* (0x80 - 0x3A)) & present
        }

        /// The runs of bytes marked in `marks` (a subset of `letters | digits`), in order.
        @inline(__always)
        func runs(of marks: UInt64) -> Runs {
            Runs(lower: lower, marks: marks, lastBit: lastBit)
        }

        /// A run of marked bytes in a block.
        struct Run {
            /// The run's bytes, lower-cased, first byte lowest.
            let bytes: UInt64
            /// The run's length in bits (eight a byte).
            let bits: Int
            /// Whether a byte of the block follows the run (else it reaches the block's end).
            let isFollowed: Bool
        }

        /// The runs of marked bytes in a block, in order.
        struct Runs: IteratorProtocol {
            private let lower: UInt64
            /// The high bits of the runs' first bytes, and of their last bytes, still to come.
            private var starts: UInt64
            private var ends: UInt64
            /// The high bit of the block's last byte.
            private let lastBit: Int

            fileprivate init(lower: UInt64, marks: UInt64, lastBit: Int) {
                self.lower = lower
                starts = marks & ~(marks &<< 8)
                ends = marks & ~(marks &>> 8)
                self.lastBit = lastBit
            }

            @inline(__always)
            mutating func next() -> Run? {
                guard starts != 0 else { return nil }
                // Bit 8i + 7 for the run's first byte i and for its last byte.
                let start = starts.trailingZeroBitCount
                let end = ends.trailingZeroBitCount
                starts &= starts &- 1
                ends &= ends &- 1
                let throughEnd: UInt64 = (2 &<< end) &- 1
                return Run(
                    bytes: (lower & throughEnd) &>> (start & ~7), bits: end &- start &+ 8,
                    isFollowed: end < lastBit)
            }
        }
    }

    /// The current word, packed, and the counts of the words ended so far.
    private struct WordTally {
        var words = 0
        var german = 0
        var foreign = 0
        /// The current word's first eight bytes, first byte lowest (the bits past them are of no use).
        private var key: UInt64 = 0
        /// The current word's length in bits.
        private var bits = 0

        /// Appends bytes (`bits` of them, packed first byte lowest) to the current word.
        @inline(__always)
        mutating func append(_ bytes: UInt64, bits count: Int) {
            key |= bytes &<< bits
            bits &+= count
        }

        /// Ends the current word, if any, and looks it up in `table`.
        @inline(__always)
        mutating func endWord(_ table: PackedWordTable) {
            guard bits > 0 else { return }
            words &+= 1
            if bits <= table.longest &* 8 {
                switch table.mark(of: key) {
                case LanguageCheck.germanMark: german &+= 1
                case LanguageCheck.foreignMark: foreign &+= 1
                default: break
                }
            }
            key = 0
            bits = 0
        }
    }
}
