import Foundation

extension String {
    /// Whether the UTF-8 of the string holds an ASCII character, found with
    /// `memchr` rather than by stepping through the `utf8` view.
    ///
    ///     "Nato-Partner".containsASCII(UInt8(ascii: "-"))   // true
    @inlinable
    public func containsASCII(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// The string in Unicode NFC, as `precomposedStringWithCanonicalMapping`
    /// gives it, without that call for text it cannot change.
    ///
    /// A string whose scalars are all below U+0300 is in NFC: every canonical
    /// composition pairs a base with a combining mark, and combining marks
    /// are U+0300 or above (their UTF-8 starts with a byte of 0xCC or more).
    /// Only other text goes through Foundation, which bridges to `NSString`.
    ///
    ///     "Nordkorea".nfc              // "Nordkorea", not copied
    ///     "Nordkore\u{0301}a".nfc      // "Nordkoréa"
    public var nfc: String {
        let plain = utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0xCC { return false }
            return true
        }
        return plain ?? false ? self : precomposedStringWithCanonicalMapping
    }

    /// `lowercased()`, faster for the text of most words: the string itself
    /// when lower-casing cannot change it, and a byte-wise copy when only
    /// ASCII capitals and Latin-1 capitals (U+00C0 to U+00DE but `×`, which
    /// map to the scalar 0x20 above) change. Text with any scalar above U+00FF
    /// goes through `lowercased()`.
    ///
    ///     "straße".lowercasedIfNeeded()   // "straße", not copied
    ///     "Übung".lowercasedIfNeeded()    // "übung", byte by byte
    public func lowercasedIfNeeded() -> String {
        let lowered = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            // Whether any scalar changes; nil when one needs the general mapping.
            var changes = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if Self.isASCIICapital(byte) { changes = true }
                    index += 1
                } else if byte == 0xC2 || byte == 0xC3 {
                    // U+0080 to U+00FF (a well-formed string has the second byte).
                    if byte == 0xC3, Self.isLatin1Capital(second: bytes[index + 1]) { changes = true }
                    index += 2
                } else {
                    return nil
                }
            }
            guard changes else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    buffer[index] = Self.isASCIICapital(byte) ? byte + 0x20 : byte
                    if byte == 0xC3 {
                        let second = bytes[index + 1]
                        buffer[index + 1] = Self.isLatin1Capital(second: second) ? second + 0x20 : second
                        index += 1
                    }
                    index += 1
                }
                return bytes.count
            }
        }
        return (lowered ?? nil) ?? lowercased()
    }

    /// Whether a byte is `A` to `Z`.
    @inline(__always)
    static func isASCIICapital(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// Whether `C3` and this byte are a Latin-1 capital letter (U+00C0 to U+00DE, not U+00D7 `×`).
    @inline(__always)
    static func isLatin1Capital(second byte: UInt8) -> Bool { byte < 0x9F && byte != 0x97 }
}
