import ExportSupport

/// Quoted DOT strings that Graphviz reads back as the text they hold and
/// that render to well-formed SVG, whatever the text.
///
/// - `\` is escaped first (so `\n`, `\N`, `\G` in the text stay literal),
///   then `"`; a line feed becomes the label line break `\n`; CR is dropped.
/// - `&` is written `&amp;`: Graphviz decodes entities in labels, and a
///   decoded `&#1;` would put a control character into the SVG.
/// - Tab becomes a space; other control characters (C0, DEL, C1) and the
///   non-characters U+FFFE/U+FFFF are dropped.
/// - The quoted content stays within a byte budget (Graphviz rejects
///   strings over 16,384 bytes); a cut falls between characters and ends in `…`.
///
///     var out = ByteSinkWindow()
///     DOTString.appendQuoted("Er sagte: \"Nein\"\n", maxBytes: 100, to: &out)   // "Er sagte: \"Nein\"\n"
enum DOTString {
    /// The largest budget a caller may ask for, safely under Graphviz's limit.
    static let limit = 16_000

    private static let ellipsis = Array("…".utf8)

    /// Appends `text` as a quoted DOT string whose content has at most `maxBytes` bytes
    /// (with `knownPlain`, see ``appendQuoted(_:maxBytes:knownPlain:to:)-(inout String,_,_,_)``).
    static func appendQuoted(_ text: String, maxBytes: Int, knownPlain: Bool = false, to out: inout ByteSinkWindow) {
        var text = text
        appendQuoted(&text, maxBytes: maxBytes, knownPlain: knownPlain, to: &out)
    }

    /// ``appendQuoted(_:maxBytes:to:)`` of a string read in place: `text` is
    /// not changed (`inout` lets its bytes be read where they are, without a
    /// copy of the string, which a node's or edge's string would have retained).
    /// With `knownPlain`, the text is known to need no escaping (``ExportSupport/PlainTexts``): its bytes are not looked at.
    static func appendQuoted(_ text: inout String, maxBytes: Int, knownPlain: Bool = false, to out: inout ByteSinkWindow) {
        let budget = min(maxBytes, limit)
        let plain = text.withUTF8 { bytes in
            assert(!knownPlain || isPlain(bytes), "a text known plain needs no escaping")
            guard bytes.count <= budget, knownPlain || isPlain(bytes) else { return false }
            out.append(atMost: bytes.count + 2) { piece in
                piece.put(UInt8(ascii: "\""))
                piece.put(bytes)
                piece.put(UInt8(ascii: "\""))
            }
            return true
        }
        guard !plain else { return }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 8)
        appendEscaped(text.utf8, to: &escaped)
        out.append(UInt8(ascii: "\""))
        if escaped.count <= budget {
            out.append(escaped)
        } else {
            // Too long: escape again character by character, stopping at a character boundary.
            var used = 0
            var piece: [UInt8] = []
            for character in text {
                piece.removeAll(keepingCapacity: true)
                appendEscaped(String(character).utf8, to: &piece)
                if used + piece.count > budget - ellipsis.count { break }
                out.append(piece)
                used += piece.count
            }
            out.append(ellipsis)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether no byte of `bytes` is escaped or dropped (see ``appendEscaped(_:to:)``),
    /// tested eight bytes at a time (``ExportSupport/ByteWords``): the last
    /// eight overlap bytes tested already, a text of 4 to 7 bytes is tested
    /// as its first and last four, and only shorter ones byte by byte.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        if count >= 8 {
            var index = 0
            while index + 8 <= count {
                if mayNeedCare(ByteWords.word(in: bytes, at: index)) { return false }
                index += 8
            }
            return index == count || !mayNeedCare(ByteWords.word(in: bytes, at: count - 8))
        }
        if count >= 4, let source = UnsafeRawPointer(bytes.baseAddress) {
            let first = source.loadUnaligned(as: UInt32.self)
            let last = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            return !mayNeedCare(UInt64(first) | UInt64(last) << 32)
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "&"), 0..<0x20, 0x7F, 0xC2, 0xEF: return false
            default: continue
            }
        }
        return true
    }

    /// Whether some byte of `word` is one that ``isPlain(_:)`` looks for:
    /// each test leaves the high bit of a byte set where it holds, and one
    /// mask at the end tells whether any did.
    @inline(__always)
    private static func mayNeedCare(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        /// High bit set in some byte when some byte of `value` is zero, once masked (exact as to whether there is one).
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value }
        let below0x20 = (word &- 0x20 &* ones) & ~word
        let quoteOrAmpersand = zeroBytes((word | 0x04 &* ones) ^ 0x26 &* ones)  // `"` 0x22 and `&` 0x26 differ in bit 2
        let others = zeroBytes(word ^ 0x5C &* ones) | zeroBytes(word ^ 0x7F &* ones) | zeroBytes(word ^ 0xC2 &* ones)
            | zeroBytes(word ^ 0xEF &* ones)
        return (below0x20 | quoteOrAmpersand | others) & 0x8080_8080_8080_8080 != 0
    }

    /// Appends `text` ``shortened(_:maxCharacters:)`` and quoted (as
    /// ``appendQuoted(_:maxBytes:to:)`` does), read in place when it is short
    /// and on one line already, as most names are. `text` is not changed.
    /// With `knownPlain`, the text is known to need no escaping, and so is its
    /// shortened form: shortening only turns whitespace into spaces, drops
    /// characters and adds `…`.
    static func appendQuoted(
        shortening text: inout String, maxCharacters: Int, maxBytes: Int, knownPlain: Bool = false,
        to out: inout ByteSinkWindow
    ) {
        if text.withUTF8({ $0.count <= maxCharacters && isOneLine($0) }) {
            appendQuoted(&text, maxBytes: maxBytes, knownPlain: knownPlain, to: &out)
        } else if knownPlain, text.withUTF8({ appendCut($0, maxCharacters: maxCharacters, maxBytes: maxBytes, to: &out) }) {
            return
        } else {
            appendQuoted(shortened(text, maxCharacters: maxCharacters), maxBytes: maxBytes, knownPlain: knownPlain, to: &out)
        }
    }

    /// `text` on one line (whitespace runs become one space, none at the
    /// ends), cut after `maxCharacters` characters with `…`.
    static func shortened(_ text: String, maxCharacters: Int) -> String {
        var text = text
        let oneLine = text.withUTF8(isOneLine)
        if text.utf8.count <= maxCharacters, oneLine { return text }
        let line = oneLine ? text : collapsed(text)
        // A string has no more characters than UTF-8 bytes: short ones need no counting.
        guard line.utf8.count > maxCharacters else { return line }
        if let cut = cutOfSingleScalarCharacters(line, maxCharacters: maxCharacters) { return cut }
        guard line.count > maxCharacters else { return line }
        return String(line.prefix(maxCharacters - 1)) + "…"
    }

    /// Appends, quoted, the ``shortened(_:maxCharacters:)`` form of UTF-8
    /// `bytes`, a text with no byte to escape, on one line and longer than
    /// `maxCharacters` bytes, cut on its bytes (``singleScalarCut(_:maxCharacters:)``)
    /// without building it as a string. Returns false, having appended
    /// nothing, when the cut cannot be made so or its form exceeds the budget.
    private static func appendCut(
        _ bytes: UnsafeBufferPointer<UInt8>, maxCharacters: Int, maxBytes: Int, to out: inout ByteSinkWindow
    ) -> Bool {
        guard isOneLine(bytes), let cut = singleScalarCut(bytes, maxCharacters: maxCharacters) else { return false }
        let ellipsis = cut < bytes.count ? Self.ellipsisBytes : UnsafeBufferPointer(start: nil, count: 0)
        guard cut + ellipsis.count <= min(maxBytes, limit) else { return false }
        out.append(atMost: cut + ellipsis.count + 2) { piece in
            piece.put(UInt8(ascii: "\""))
            piece.put(UnsafeBufferPointer(rebasing: bytes[..<cut]))
            piece.put(ellipsis)
            piece.put(UInt8(ascii: "\""))
        }
        return true
    }

    /// The UTF-8 of `…`, which ends a shortened text.
    private static var ellipsisBytes: UnsafeBufferPointer<UInt8> {
        let ellipsis: StaticString = "…"
        return UnsafeBufferPointer(start: ellipsis.utf8Start, count: ellipsis.utf8CodeUnitCount)
    }

    /// ``shortened(_:maxCharacters:)`` of a `line` each of whose scalars is a
    /// character of its own, counted and cut on its bytes (see ``singleScalarCut(_:maxCharacters:)``); nil for any other line.
    private static func cutOfSingleScalarCharacters(_ line: String, maxCharacters: Int) -> String? {
        var line = line
        guard let cut = line.withUTF8({ singleScalarCut($0, maxCharacters: maxCharacters) }) else { return nil }
        guard cut < line.utf8.count else { return line }
        return String(decoding: line.utf8.prefix(cut), as: UTF8.self) + "…"
    }

    /// Where the character after the first `maxCharacters - 1` of UTF-8
    /// `bytes` starts when there are more than `maxCharacters`, `bytes.count`
    /// when there are not; nil unless every scalar is below U+0300 but CR, or
    /// in U+2000–U+203F (spaces, dashes, quotation marks, `…`) but U+200C and
    /// U+200D. No such scalar extends another (combining marks start at
    /// U+0300; U+200C and U+200D join; CR LF, the one pair that joins, is left
    /// out), so each is a character: a character starts at each byte that
    /// does not continue a sequence (0x80–0xBF); such scalars take no lead byte
    /// of 0xCC or more but 0xE2 0x80.
    private static func singleScalarCut(_ bytes: UnsafeBufferPointer<UInt8>, maxCharacters: Int) -> Int? {
        var characters = 0
        var cut = bytes.count
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte & 0xC0 != 0x80 else { continue }  // a byte that continues a sequence
            if byte >= 0xCC || byte == 0x0D {
                guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] != 0x8C,
                    bytes[index + 2] != 0x8D
                else { return nil }
            }
            if characters == maxCharacters - 1 { cut = index }
            // A character beyond the limit has started, so every byte of
            // the kept ones and the one after them has been checked.
            if characters == maxCharacters { return cut }
            characters += 1
        }
        return bytes.count
    }

    /// `text` with its white space runs made one space, none at the ends.
    private static func collapsed(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Whether UTF-8 `bytes` are already on one line: no white space but single
    /// spaces between other characters (white space being U+0009–U+000D,
    /// U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
    /// U+205F and U+3000, told by their UTF-8). Eight bytes are looked at
    /// at once where none of them is below 0x20 or from 0xC2 on: then only
    /// their spaces matter.
    private static func isOneLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, let spaces = spacesOfPlainWord(ByteWords.word(in: bytes, at: index)) {
                // A space after a space, inside the word or at its start.
                if spaces & (spaces << 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
                previousSpace = spaces >> 63 != 0  // the word's last byte
                index += 8
                continue
            }
            defer { index += 1 }
            let byte = bytes[index]
            if byte > 0x20 && byte < 0xC2 {  // most bytes: neither white space nor the start of it
                previousSpace = false
                continue
            }
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            guard (0x09...0x0D).contains(byte) || byte == 0xC2 || (0xE1...0xE3).contains(byte) else { continue }
            let second = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            switch byte {
            case 0xC2: if second == 0x85 || second == 0xA0 { return false }
            case 0xE1: if second == 0x9A && third == 0x80 { return false }
            case 0xE2:
                if second == 0x80, (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF {
                    return false
                }
                if second == 0x81 && third == 0x9F { return false }
            case 0xE3: if second == 0x80 && third == 0x80 { return false }
            default: return false
            }
        }
        return !previousSpace || bytes.isEmpty
    }

    /// The high bit of each byte of `word` (in memory order, lowest first)
    /// that is a space, when no byte is below 0x20 or from 0xC2 on (no other
    /// white space starts there); nil otherwise. Each test is exact byte by
    /// byte: the low seven bits of a byte plus at most 0x7F never carry into the next.
    @inline(__always)
    private static func spacesOfPlainWord(_ word: UInt64) -> UInt64? {
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & lows
        let below0x20 = ~((low &+ 0x60 &* ones) | word)
        let from0xC2 = (low &+ 0x3E &* ones) & word
        guard (below0x20 | from0xC2) & highs == 0 else { return nil }
        let spaceless = word ^ 0x20 &* ones  // zero where a space is
        return ~(((spaceless & lows) &+ lows) | spaceless) & highs
    }

    /// Escapes UTF-8 `bytes` by the rules above.
    private static func appendEscaped(_ bytes: String.UTF8View, to out: inout [UInt8]) {
        var iterator = bytes.makeIterator()
        var pending: [UInt8] = []
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case 0x09: out.append(UInt8(ascii: " "))
            case 0..<0x20, 0x7F: break
            case 0xC2, 0xEF:
                // C1 controls are C2 80–C2 9F; U+FFFE/U+FFFF are EF BF BE/BF.
                pending = [byte]
                while pending.count < (byte == 0xC2 ? 2 : 3), let next = iterator.next() { pending.append(next) }
                let dropped =
                    byte == 0xC2
                    ? pending.count == 2 && (0x80...0x9F).contains(pending[1])
                    : pending.count == 3 && pending[1] == 0xBF && pending[2] >= 0xBE
                if !dropped { out.append(contentsOf: pending) }
            default: out.append(byte)
            }
        }
    }
}
