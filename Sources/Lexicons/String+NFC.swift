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
        for byte in utf8 where byte >= 0xCC { return precomposedStringWithCanonicalMapping }
        return self
    }
}
