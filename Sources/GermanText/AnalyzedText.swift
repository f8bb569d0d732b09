import Lexicons
import NewsGraphModel

/// A document's text with its tokens, sentences and quotations, all with
/// code-point offsets into the original text (which is never changed).
/// A class, so that the rules that hold it share one copy.
///
///     let text = AnalyzedText("„Wir sind bereit“, sagte sie. Dann ging sie.")
///     text.sentences.count            // 2
///     text.string(text.quotations[0].content)  // "Wir sind bereit"
public final class AnalyzedText: Sendable {
    /// The text as given.
    public let text: String
    /// Its Unicode scalars: offsets index into this array.
    public let scalars: [Unicode.Scalar]
    /// Where each scalar starts in the text's UTF-8, and (last) where the text ends.
    @usableFromInline let utf8Offsets: [UInt32]
    /// Every token, in order.
    public let tokens: [Token]
    /// Every sentence, in order.
    public let sentences: [Sentence]
    /// Every quotation, in order of their opening marks.
    public let quotations: [Quotation]

    /// Analyses `text` with the shared German lexicon.
    public init(_ text: String, splitter: SentenceSplitter = SentenceSplitter()) {
        self.text = text
        let (scalars, utf8Offsets) = Self.scalars(of: text)
        self.scalars = scalars
        self.utf8Offsets = utf8Offsets
        // (The splitter and the quotation finder read the line breaks the tokenizer passed.)
        let (tokens, breaks) = Tokenizer.tokensAndBreaks(in: scalars)
        self.tokens = tokens
        self.sentences = splitter.sentences(tokens: tokens, scalars: scalars, breaks: breaks)
        self.quotations = QuotationFinder.quotations(tokens: tokens, scalars: scalars, breaks: breaks)
    }

    /// The scalars of a text, decoded from its UTF-8 in one pass (`Array(text.unicodeScalars)`
    /// counts them first, and a loop over `unicodeScalars` decodes through the generic view),
    /// with the UTF-8 offset of each and of the text's end.
    static func scalars(of text: String) -> (scalars: [Unicode.Scalar], utf8Offsets: [UInt32]) {
        withUTF8(of: text) { bytes in
            // A scalar takes at least one byte; the string's UTF-8 is valid.
            var scalars: [Unicode.Scalar] = []
            let offsets = [UInt32](unsafeUninitializedCapacity: bytes.count + 1) { offsets, offsetCount in
                scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, scalarCount in
                    guard let scalars = scalars.baseAddress, let offsets = offsets.baseAddress else { return }
                    scalarCount = decode(bytes, into: scalars, offsets: offsets)
                }
                offsets[scalars.count] = UInt32(truncatingIfNeeded: bytes.count)
                offsetCount = scalars.count + 1
            }
            return (scalars, offsets)
        }
    }

    /// Decodes valid UTF-8 into `scalars`, with the offset of each in `offsets`; returns how many there are.
    /// (The buffers are passed as pointers so that the loop keeps them in registers.)
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutablePointer<Unicode.Scalar>, offsets: UnsafeMutablePointer<UInt32>
    ) -> Int {
        var index = 0
        var count = 0
        while index < bytes.count {
            // Eight ASCII bytes at a time (most of a German text): each is a scalar of its own. The
            // offsets go in pairs, two a store (`storeBytes` takes any alignment).
            var nonASCII: UInt64 = 0
            while index &+ 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                nonASCII = word & 0x8080_8080_8080_8080
                guard nonASCII == 0 else { break }
                let pair = UInt64(truncatingIfNeeded: index) &* 0x1_0000_0001 &+ 0x1_0000_0000
                let pairs = UnsafeMutableRawPointer(offsets + count)
                for offset in 0..<4 {
                    pairs.storeBytes(of: pair &+ UInt64(offset) &* 0x2_0000_0002, toByteOffset: 8 &* offset, as: UInt64.self)
                }
                for offset in 0..<8 { scalars[count &+ offset] = Unicode.Scalar(bytes[index &+ offset]) }
                index &+= 8
                count &+= 8
            }
            // The ASCII bytes before the first that is not, when a block of eight has one.
            if nonASCII != 0 {
                let end = index &+ nonASCII.trailingZeroBitCount &>> 3
                while index < end {
                    offsets[count] = UInt32(truncatingIfNeeded: index)
                    scalars[count] = Unicode.Scalar(bytes[index])
                    index &+= 1
                    count &+= 1
                }
            }
            guard index < bytes.count else { break }
            offsets[count] = UInt32(truncatingIfNeeded: index)
            let lead = UInt32(bytes[index])
            if lead < 0x80 {
                scalars[count] = Unicode.Scalar(UInt8(truncatingIfNeeded: lead))
                index &+= 1
                count &+= 1
                continue
            }
            var value: UInt32
            if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index &+= 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index &+= 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                index &+= 4
            }
            scalars[count] = Unicode.Scalar(value).unsafelyUnwrapped
            count &+= 1
        }
        return count
    }

    /// Calls `body` with the UTF-8 of a text, in place when the string is native.
    @inlinable
    static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the UTF-8 of the text (see ``utf8Range(of:)``).
    @inlinable
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Self.withUTF8(of: text, body)
    }

    /// Where a span's text is in the UTF-8 of the text (``withUTF8(_:)``).
    @inlinable
    public func utf8Range(of span: Span) -> Range<Int> {
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        return Int(utf8Offsets[start])..<Int(utf8Offsets[end])
    }

    /// The text of a span, copied from the text's UTF-8 without checking it again: the bytes between
    /// two scalar offsets of a string are valid UTF-8 (`String(decoding:as:)` checked every byte, and a
    /// slice of the string's scalars cost two index walks besides).
    public func string(_ span: Span) -> String {
        let range = utf8Range(of: span)
        return withUTF8 { String(validUTF8: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The text of a sentence.
    public func string(_ sentence: Sentence) -> String { string(sentence.span) }

    /// The text of a token as written.
    public func string(_ token: Token) -> String {
        // (Most marks and initials are one ASCII scalar: their strings are made once.)
        let start = token.span.start
        if token.span.end - start == 1, scalars[start].isASCII { return Self.asciiStrings[Int(scalars[start].value)] }
        return string(token.span)
    }

    /// The strings of one ASCII scalar, by its value.
    private static let asciiStrings = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// The span from the start of token `first` to the end of token `last`.
    public func span(tokens first: Int, _ last: Int) -> Span {
        Span(start: tokens[first].span.start, end: tokens[last].span.end)
    }

    /// The index of the sentence that holds code point `offset`, or the one before it.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].span.start <= offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }

    /// The index of the first token that starts at or after `offset`.
    public func tokenIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
