import ExportSupport

/// The lexical rules shared by N-Triples and Turtle.
enum RDFSyntax {
    /// Appends `text` as the content of a `"..."` literal: `\` `"` LF CR tab
    /// escaped as `\\ \" \n \r \t`, other control characters and the
    /// non-characters U+FFFE/U+FFFF as `\uXXXX`, everything else raw UTF-8.
    static func appendEscapedLiteral(_ text: String, to out: inout ByteSink) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscapedLiteral($0, to: &out) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscapedLiteral($0, to: &out) }
        }
    }

    /// Appends UTF-8 `bytes` escaped as a literal's content,
    /// copying the runs of bytes that need no escape whole; the runs are
    /// found eight bytes at a time (``ExportSupport/ByteWords``).
    private static func appendEscapedLiteral(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout ByteSink) {
        var plainStart = 0
        var index = 0
        while index < bytes.count {
            while index + 8 <= bytes.count, !anyNeedsEscape(ByteWords.word(in: bytes, at: index)) { index += 8 }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xEF else {
                index += 1
                continue
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
            switch byte {
            case UInt8(ascii: "\\"): out.append(escapedBackslash)
            case UInt8(ascii: "\""): out.append(escapedQuote)
            case 0x0A: out.append(escapedLineFeed)
            case 0x0D: out.append(escapedCarriageReturn)
            case 0x09: out.append(escapedTab)
            case 0..<0x20, 0x7F: appendUnicodeEscape(UInt32(byte), to: &out)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                appendUnicodeEscape(bytes[index + 2] == 0xBE ? 0xFFFE : 0xFFFF, to: &out)
                index += 2
            default: out.append(byte)
            }
            index += 1
            plainStart = index
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[plainStart...]))
    }

    /// Whether some byte of `word` is escaped: a control character, `"`, `\\`, DEL or 0xEF (see above).
    @inline(__always)
    private static func anyNeedsEscape(_ word: UInt64) -> Bool {
        ByteWords.containsByte(below: 0x20, in: word) || ByteWords.contains(0x22, in: word)
            || ByteWords.contains(0x5C, in: word) || ByteWords.contains(0x7F, in: word) || ByteWords.contains(0xEF, in: word)
    }

    private static let escapedBackslash = FixedBytes(#"\\"#)
    private static let escapedQuote = FixedBytes(#"\""#)
    private static let escapedLineFeed = FixedBytes(#"\n"#)
    private static let escapedCarriageReturn = FixedBytes(#"\r"#)
    private static let escapedTab = FixedBytes(#"\t"#)

    /// `\uXXXX` with upper-case hexadecimal digits.
    private static func appendUnicodeEscape(_ value: UInt32, to out: inout ByteSink) {
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
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
        [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
