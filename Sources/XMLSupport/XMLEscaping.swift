import ExportSupport

/// libxml2's escaping of character data and attribute values, reproduced on
/// UTF-8 bytes, for markup that ``XMLWriter`` hands to `xmlTextWriterWriteRawLen`
/// already escaped.
///
/// `xmlTextWriterWriteString` in element content runs `xmlEncodeSpecialChars`:
/// `<`, `>`, `&`, `"` become entities and CR becomes `&#13;`; every other
/// byte is copied. In an attribute value it runs `xmlBufAttrSerializeTxtContent`,
/// which also writes tab and LF as `&#9;` and `&#10;` (UTF-8 stays as it is,
/// the document being declared UTF-8). ``append(_:in:to:)`` does
/// the same in one pass with ``XMLText/sanitized(_:)``: the characters XML 1.0
/// forbids are dropped.
///
///     var bytes = MarkupBytes()
///     bytes.reserve(XMLEscaping.limit(9) + XMLEscaping.limit(3))
///     XMLEscaping.append("a < b\r\u{1}", in: .content, to: &bytes)   // "a &lt; b&#13;"
///     XMLEscaping.append("a\tb", in: .attribute, to: &bytes)          // "a&#9;b"
enum XMLEscaping {
    /// Where escaped text goes: element content or a double-quoted attribute value.
    enum Context {
        /// Character data between tags.
        case content
        /// The value of a double-quoted attribute.
        case attribute
        /// Text known to hold no byte that escaping changes in either place
        /// (see ``ExportSupport/PlainTexts``): copied as it is.
        case verbatim
    }

    /// Appends `text`, sanitised, then escaped as libxml2 escapes it in
    /// `context` (room reserved: the ``limit(_:)`` of its UTF-8 count);
    /// verbatim text is copied where it is appended, without a call.
    @inline(__always)
    static func append(_ text: String, in context: Context, to out: inout MarkupBytes) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            if context == .verbatim {
                assert(isPlain(bytes), "verbatim text needs no escaping")
                out.append(bytes)
            } else {
                out.append(atMost: limit(bytes.count)) { escape(bytes, in: context, to: $0) }
            }
        }
        if done == nil { appendInPieces(text.utf8, in: context, to: &out) }
    }

    /// Appends UTF-8 `bytes` (of a string without contiguous UTF-8, not a
    /// native string), sanitised and escaped a few dozen bytes at a time,
    /// each piece ending where a scalar ends so that none is split (room
    /// reserved: the ``limit(_:)`` of their count). Nothing is allocated:
    /// a copy allocated here made the optimizer retain every text written,
    /// native or not, as it could not tell what the allocation might release.
    @inline(never)
    static func appendInPieces(_ bytes: some Sequence<UInt8>, in context: Context, to out: inout MarkupBytes) {
        var storage: (SIMD16<UInt8>, SIMD16<UInt8>) = (.zero, .zero)
        withUnsafeMutableBytes(of: &storage) { storage in
            let piece = storage.bindMemory(to: UInt8.self)
            var count = 0
            func escapePiece() {
                out.append(atMost: limit(count)) { escape(UnsafeBufferPointer(rebasing: piece[..<count]), in: context, to: $0) }
                count = 0
            }
            for byte in bytes {
                // A scalar starts (not a continuation byte 10xxxxxx) with less than its longest (4 bytes) room left.
                if count > piece.count - 4, byte & 0xC0 != 0x80 { escapePiece() }
                piece[count] = byte
                count += 1
            }
            escapePiece()
        }
    }

    /// The most bytes that escaping `count` bytes may write: 6 (`&quot;`) for
    /// each, and room to store a whole word at the end.
    @inline(__always)
    static func limit(_ count: Int) -> Int { 6 &* count &+ 8 }

    /// Writes UTF-8 `bytes`, sanitised, then escaped as libxml2 escapes it in
    /// `context`, to `target` (room for ``limit(_:)`` bytes) and returns how many it wrote.
    ///
    /// Nearly all text needs no care, and most values are short (ids, dates):
    /// a text of 8 to 16 bytes is tested at once, as its first and last eight
    /// bytes, and a longer one sixteen bytes at a time, its last sixteen
    /// overlapping bytes tested already; each part is copied as it is. Only
    /// a text with a byte that needs care goes on to ``escape(_:from:in:to:)``.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, in context: Context, to target: UnsafeMutablePointer<UInt8>) -> Int {
        guard let source = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        let count = bytes.count
        guard context != .verbatim else { return copy(bytes, to: target) }
        var read = 0
        if count > 16 {
            while read + 16 <= count {
                let pair = source.loadUnaligned(fromByteOffset: read, as: WordPair.self)
                guard !anyNeedsCare(pair) else { return escape(bytes, from: read, in: context, to: target) }
                UnsafeMutableRawPointer(target + read).storeBytes(of: pair, as: WordPair.self)
                read += 16
            }
            guard read < count else { return count }
            let last = source.loadUnaligned(fromByteOffset: count - 16, as: WordPair.self)
            guard !anyNeedsCare(last) else { return escape(bytes, from: read, in: context, to: target) }
            UnsafeMutableRawPointer(target + count - 16).storeBytes(of: last, as: WordPair.self)
            return count
        }
        if count >= 8 {
            let first = source.loadUnaligned(as: UInt64.self)
            let last = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            if !anyNeedsCare(WordPair(first, last)) {
                UnsafeMutableRawPointer(target).storeBytes(of: first, as: UInt64.self)
                UnsafeMutableRawPointer(target + count - 8).storeBytes(of: last, as: UInt64.self)
                return count
            }
        }
        return escape(bytes, from: 0, in: context, to: target)
    }

    /// Copies `bytes`, text that needs no escaping (asserted in debug builds),
    /// to `target` (room for ``limit(_:)`` bytes) sixteen bytes at a time,
    /// the last sixteen overlapping bytes copied already, and returns how many it wrote.
    @inline(__always)
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Int {
        assert(isPlain(bytes), "verbatim text needs no escaping")
        let source = UnsafeRawPointer(bytes.baseAddress!)
        let count = bytes.count
        guard count > 16 else {
            ByteWords.copy(count, from: source, to: target)
            return count
        }
        var read = 0
        while read + 16 <= count {
            UnsafeMutableRawPointer(target + read).storeBytes(
                of: source.loadUnaligned(fromByteOffset: read, as: WordPair.self), as: WordPair.self)
            read += 16
        }
        if read < count {
            UnsafeMutableRawPointer(target + count - 16).storeBytes(
                of: source.loadUnaligned(fromByteOffset: count - 16, as: WordPair.self), as: WordPair.self)
        }
        return count
    }

    /// ``escape(_:in:to:)`` of `bytes` whose first `start` bytes need no care
    /// and were copied already (in whole runs of sixteen: a start past 0 ends such a run).
    ///
    /// Sixteen or eight bytes are tested at a time: a word with no byte that
    /// needs care is copied as it is; only the bytes of other words are
    /// looked at one by one. The last few bytes are tested as one word too:
    /// the last eight of a longer text (overlapping bytes already copied as
    /// they are), or two overlapping halves of a text of 4 to 7 bytes.
    @inline(never)
    private static func escape(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, in context: Context, to target: UnsafeMutablePointer<UInt8>
    ) -> Int {
        guard let source = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        let count = bytes.count
        var read = start
        var written = start
        var lastWordCopied = start > 0
        while read + 8 <= count {
            if read + 16 <= count {
                let pair = source.loadUnaligned(fromByteOffset: read, as: WordPair.self)
                if !anyNeedsCare(pair) {
                    UnsafeMutableRawPointer(target + written).storeBytes(of: pair, as: WordPair.self)
                    read += 16
                    written += 16
                    lastWordCopied = true
                    continue
                }
            }
            let word = source.loadUnaligned(fromByteOffset: read, as: UInt64.self)
            lastWordCopied = !anyNeedsCare(word)
            if lastWordCopied {
                UnsafeMutableRawPointer(target + written).storeBytes(of: word, as: UInt64.self)
                read += 8
                written += 8
                continue
            }
            let end = read + 8
            while read < end, read < count { appendByte(of: bytes, at: &read, in: context, to: target, at: &written) }
        }
        guard read < count else { return written }
        if lastWordCopied {
            // The last eight bytes overlap the word copied last, which they end after.
            let last = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            if !anyNeedsCare(last) {
                UnsafeMutableRawPointer(target + written - (read - (count - 8))).storeBytes(of: last, as: UInt64.self)
                return written + (count - read)
            }
        } else if count < 8, count >= 4 {
            let low = source.loadUnaligned(as: UInt32.self)
            let high = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            if !anyNeedsCare(UInt64(low) | UInt64(high) << 32) {
                UnsafeMutableRawPointer(target).storeBytes(of: low, as: UInt32.self)
                UnsafeMutableRawPointer(target + count - 4).storeBytes(of: high, as: UInt32.self)
                return count
            }
        }
        while read < count { appendByte(of: bytes, at: &read, in: context, to: target, at: &written) }
        return written
    }

    /// Writes the byte of `bytes` at `read` to `target` at `written`,
    /// escaped or dropped as it needs, and moves both past what was read and written.
    @inline(__always)
    private static func appendByte(
        of bytes: UnsafeBufferPointer<UInt8>, at read: inout Int, in context: Context,
        to target: UnsafeMutablePointer<UInt8>, at written: inout Int
    ) {
        let byte = bytes[read]
        read += 1
        func put(_ text: StaticString) {
            (target + written).initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
            written += text.utf8CodeUnitCount
        }
        guard needsCare(byte) else {
            target[written] = byte
            written += 1
            return
        }
        switch byte {
        case UInt8(ascii: "<"): put("&lt;")
        case UInt8(ascii: ">"): put("&gt;")
        case UInt8(ascii: "&"): put("&amp;")
        case UInt8(ascii: "\""): put("&quot;")
        case UInt8(ascii: "\r"): put("&#13;")
        case UInt8(ascii: "\t") where context == .attribute: put("&#9;")
        case UInt8(ascii: "\n") where context == .attribute: put("&#10;")
        case 0xEF where read + 1 < bytes.count && bytes[read] == 0xBF && bytes[read + 1] >= 0xBE:
            read += 2  // U+FFFE or U+FFFF: dropped
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), 0xEF:
            target[written] = byte
            written += 1
        default: break  // another C0 control: dropped
        }
    }

    /// Sixteen bytes as two words, tested and copied at once (in one SSE register on x86-64).
    private typealias WordPair = SIMD2<UInt64>

    /// Whether any of the eight bytes of `word` needs care (see ``anyNeedsCare(_:)-(WordPair)``).
    @inline(__always)
    private static func anyNeedsCare(_ word: UInt64) -> Bool { anyNeedsCare(WordPair(repeating: word)) }

    /// Whether any of the sixteen bytes of `words` needs care (see ``needsCare(_:)``):
    /// a byte below 0x20, or one that equals `"` or `&` once bit 2 is set
    /// (0x22, 0x26), `<` or `>` once bit 1 is set (0x3C, 0x3E), or 0xEF.
    @inline(__always)
    private static func anyNeedsCare(_ words: WordPair) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        /// High bit set in some byte when some byte of `value` is zero (exact as to whether there is one).
        func zeroBytes(_ value: WordPair) -> WordPair { (value &- ones) & ~value & highBits }
        let below0x20 = (words &- 0x20 &* ones) & ~words & highBits
        let quoteOrAmpersand = zeroBytes((words | 0x04 &* ones) ^ 0x26 &* ones)
        let angleBracket = zeroBytes((words | 0x02 &* ones) ^ 0x3E &* ones)
        let byte0xEF = zeroBytes(words ^ 0xEF &* ones)
        let flags = below0x20 | quoteOrAmpersand | angleBracket | byte0xEF
        return flags[0] | flags[1] != 0
    }

    /// Whether no byte of UTF-8 `bytes` needs care: whether escaping writes them as they are.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { !bytes.contains(where: needsCare) }

    /// Whether a byte is escaped, dropped or starts a sequence that may be
    /// dropped: C0 controls (tab and LF only to keep the check one shift),
    /// `"`, `&`, `<`, `>`, and 0xEF (U+FFFE/U+FFFF start with it).
    @inline(__always)
    private static func needsCare(_ byte: UInt8) -> Bool {
        if byte >= 0x40 { return byte == 0xEF }
        return (careBelow0x40 >> UInt64(byte)) & 1 != 0
    }

    /// Bit n set when byte n (below 0x40) needs care: 0x00–0x1F, `"` (0x22), `&` (0x26), `<` (0x3C), `>` (0x3E).
    private static let careBelow0x40: UInt64 = 0x0000_0000_FFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
}
