import Foundation

extension String {
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

    /// `lowercased()`, but the string itself when lower-casing cannot change
    /// it, as for most words of a text: it has no ASCII capital and no
    /// scalar above U+007F but U+0080 to U+00BF and the lower-case letters
    /// U+00DF to U+00FF (`ß`, `ä`, `ö`, `ü`, …), which map to themselves.
    ///
    ///     "straße".lowercasedIfNeeded()   // "straße", not copied
    ///     "Straße".lowercasedIfNeeded()   // "straße"
    public func lowercasedIfNeeded() -> String {
        let unchanged = utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte &- 0x41 < 26 { return false }  // A to Z
                    index += 1
                } else if byte == 0xC2 || byte == 0xC3 && index + 1 < bytes.count && bytes[index + 1] >= 0x9F {
                    index += 2
                } else {
                    return false
                }
            }
            return true
        }
        return unchanged ?? false ? self : lowercased()
    }
}
