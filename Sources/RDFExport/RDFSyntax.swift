import ExportSupport

/// The lexical rules shared by N-Triples and Turtle.
enum RDFSyntax {
    /// The room that the content of a literal of `count` UTF-8 bytes may take
    /// escaped (``writeEscapedLiteral(_:to:)``): six bytes a byte (`\u0001`),
    /// and a word more for the last eight-byte store.
    @inline(__always)
    static func escapedLiteralRoom(_ count: Int) -> Int { 6 &* count &+ 8 }

    /// Writes UTF-8 `bytes` at `target` as the content of a `"..."`
    /// literal and returns how many bytes it wrote: `\` `"` LF CR tab escaped
    /// as `\\ \" \n \r \t`, other control characters and the
    /// non-characters U+FFFE/U+FFFF as `\uXXXX`, everything else raw UTF-8.
    /// `target` has room for ``escapedLiteralRoom(_:)`` bytes.
    ///
    /// The text is read and written eight bytes at a time: each word is
    /// stored whole, and where one holds a byte to escape, the output goes
    /// on after the plain bytes before it (``escapeMask(_:)`` tells where the first such byte is).
    static func writeEscapedLiteral(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Int {
        guard let source = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var read = 0
        var written = 0
        while read < count {
            let word = nextWord(of: source, count: count, at: read)
            UnsafeMutableRawPointer(target + written).storeBytes(of: word.bytes, as: UInt64.self)
            read += word.plain
            written += word.plain
            if word.plain < word.length { written += writeEscape(source, count: count, at: &read, to: target + written) }
        }
        return written
    }

    /// Whether some byte of UTF-8 `bytes` is escaped in a literal (see
    /// ``writeEscapedLiteral(_:to:)``), looked for sixteen bytes at a time.
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let source = bytes.baseAddress else { return false }
        let count = bytes.count
        var read = 0
        while read < count {
            while read + 16 <= count, escapeMask(UnsafeRawPointer(source + read).loadUnaligned(as: WordPair.self)) == .zero {
                read += 16  // sixteen bytes with nothing to escape: most of the text
            }
            while read + 8 <= count, escapeMask(UnsafeRawPointer(source + read).loadUnaligned(as: UInt64.self)) == 0 {
                read += 8  // whole words with nothing to escape: most of the text
            }
            guard read < count else { break }
            let word = nextWord(of: source, count: count, at: read)
            read += word.plain
            guard word.plain < word.length else { continue }
            // The byte at `read` is one to escape, but 0xEF only when it starts U+FFFE or U+FFFF.
            if source[read] != 0xEF || (read + 2 < count && source[read + 1] == 0xBF && source[read + 2] >= 0xBE) {
                return true
            }
            read += 1
        }
        return false
    }

    /// The eight bytes of the text at `source` from `read` (fewer at its
    /// end: `length`, zeros above), and how many of them come before the first that may need escaping (``escapeMask(_:)``).
    @inline(__always)
    private static func nextWord(
        of source: UnsafePointer<UInt8>, count: Int, at read: Int
    ) -> (bytes: UInt64, length: Int, plain: Int) {
        let left = count - read
        let bytes: UInt64
        let length: Int
        let mask: UInt64
        if left >= 8 {
            bytes = UnsafeRawPointer(source + read).loadUnaligned(as: UInt64.self)
            length = 8
            mask = escapeMask(bytes)
        } else {
            bytes = lastBytes(left, of: source, count: count)
            length = left
            mask = escapeMask(bytes) & ((1 << UInt64(8 * left)) &- 1)
        }
        return (bytes, length, mask == 0 ? length : mask.trailingZeroBitCount / 8)
    }

    /// The last `left` (1 to 7) of the `count` bytes at `source`, in the low bytes of a word, zeros above.
    @inline(__always)
    private static func lastBytes(_ left: Int, of source: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        if count >= 8 {  // the last word of the text, shifted down: no read beyond its end
            return UnsafeRawPointer(source + count - 8).loadUnaligned(as: UInt64.self) >> UInt64(8 * (8 - left))
        }
        var word: UInt64 = 0
        for index in 0..<left { word |= UInt64(source[count - left + index]) << UInt64(8 * index) }
        return word
    }

    /// The high bit of each byte of `word` (in memory order, lowest first)
    /// that may need escaping: a control character, `"`, `\\`, DEL or 0xEF.
    /// The lowest bit set is exact (each test is the "has zero byte" idiom,
    /// whose borrows only reach bytes above a true hit); higher ones may be false.
    @inline(__always)
    static func escapeMask(_ word: UInt64) -> UInt64 { escapeMask(WordPair(repeating: word))[0] }

    /// Sixteen bytes as two words, tested at once (in one SSE register on x86-64).
    typealias WordPair = SIMD2<UInt64>

    /// ``escapeMask(_:)-(UInt64)`` of both words of `words`.
    @inline(__always)
    static func escapeMask(_ words: WordPair) -> WordPair {
        let ones: UInt64 = 0x0101_0101_0101_0101
        /// High bits where `value` has a zero byte (exact up to the first).
        func zeroBytes(_ value: WordPair) -> WordPair { (value &- ones) & ~value }
        let controls = (words &- 0x20 &* ones) & ~words
        let others = zeroBytes(words ^ 0x22 &* ones) | zeroBytes(words ^ 0x5C &* ones) | zeroBytes(words ^ 0x7F &* ones)
            | zeroBytes(words ^ 0xEF &* ones)
        return (controls | others) & 0x8080_8080_8080_8080
    }

    /// Writes the escape of the byte at `read` (one that ``escapeMask(_:)``
    /// marks: 0xEF only starting U+FFFE/U+FFFF is escaped, else copied),
    /// moves `read` past what it stands for and returns how many bytes it wrote.
    private static func writeEscape(
        _ source: UnsafePointer<UInt8>, count: Int, at read: inout Int, to target: UnsafeMutablePointer<UInt8>
    ) -> Int {
        let byte = source[read]
        read += 1
        let escaped: UInt8
        switch byte {
        case UInt8(ascii: "\\"): escaped = UInt8(ascii: "\\")
        case UInt8(ascii: "\""): escaped = UInt8(ascii: "\"")
        case 0x0A: escaped = UInt8(ascii: "n")
        case 0x0D: escaped = UInt8(ascii: "r")
        case 0x09: escaped = UInt8(ascii: "t")
        case 0xEF:
            guard read + 1 < count, source[read] == 0xBF, source[read + 1] >= 0xBE else {
                target[0] = byte
                return 1
            }
            read += 2
            return writeUnicodeEscape(source[read - 1] == 0xBE ? 0xFFFE : 0xFFFF, to: target)
        default: return writeUnicodeEscape(UInt32(byte), to: target)
        }
        target[0] = UInt8(ascii: "\\")
        target[1] = escaped
        return 2
    }

    /// Writes `\uXXXX` with upper-case hexadecimal digits; returns 6.
    private static func writeUnicodeEscape(_ value: UInt32, to target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\\")
        target[1] = UInt8(ascii: "u")
        for index in 0..<4 { target[2 + index] = hexDigit(value >> UInt32(12 - 4 * index)) }
        return 6
    }

    /// The upper-case hexadecimal digit of the low four bits of `value`.
    private static func hexDigit(_ value: UInt32) -> UInt8 {
        let nibble = UInt8(truncatingIfNeeded: value & 0xF)
        return nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }

    /// An absolute `http`/`https` IRI for a web address, or nil when the
    /// text is not one. Bytes an IRI may not hold (spaces, `<>"{}|^`\`,
    /// non-ASCII, a stray `%` or a second `#`) are percent-encoded, so the
    /// result parses in strict readers such as Oxigraph.
    ///
    ///     RDFSyntax.iri(fromURL: "https://example.org/a b?x=<1>") // "https://example.org/a%20b?x=%3C1%3E"
    static func iri(fromURL text: String) -> String? {
        let bytes = Array(text.utf8)
        let lowered = text.lowercased()
        let schemeLength: Int
        if lowered.hasPrefix("https://") { schemeLength = 8 } else if lowered.hasPrefix("http://") { schemeLength = 7 } else {
            return nil
        }
        let authorityEnd =
            bytes[schemeLength...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
            ?? bytes.count
        guard isAuthority(bytes[schemeLength..<authorityEnd]) else { return nil }
        var out = Array(lowered.utf8.prefix(schemeLength)) + bytes[schemeLength..<authorityEnd]
        var inFragment = false
        var index = authorityEnd
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                out.append(contentsOf: bytes[index...(index + 2)])
                index += 3
                continue
            }
            if byte == UInt8(ascii: "#") && !inFragment {
                inFragment = true
                out.append(byte)
            } else if isAllowed(byte) {
                out.append(byte)
            } else {
                out.append(contentsOf: percentEncoded(byte))
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A host name of letters, digits, dots and hyphens, with an optional numeric port.
    private static func isAuthority(_ authority: ArraySlice<UInt8>) -> Bool {
        let parts = authority.split(separator: UInt8(ascii: ":"), maxSplits: 1, omittingEmptySubsequences: false)
        guard let host = parts.first, !host.isEmpty,
            host.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
        else { return false }
        guard parts.count == 2 else { return true }
        return !parts[1].isEmpty && parts[1].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Unreserved characters, sub-delimiters, `:`, `@`, `/` and `?`.
    private static func isAllowed(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || allowedPunctuation.contains(byte)
    }

    private static let allowedPunctuation = Set("-._~!$&'()*+,;=:@/?".utf8)

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    private static func percentEncoded(_ byte: UInt8) -> [UInt8] {
        [UInt8(ascii: "%"), hexDigit(UInt32(byte >> 4)), hexDigit(UInt32(byte))]
    }
}
