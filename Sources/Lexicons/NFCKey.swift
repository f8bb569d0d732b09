import Foundation

/// A string as a key of a set or dictionary, equal to another exactly when
/// the strings are equal (canonically equivalent), but hashed and compared
/// as the UTF-8 bytes of its NFC form: cheaper than `String`'s hashing,
/// which checks every scalar of non-ASCII text for normalisation. The bytes
/// are hashed once, with FNV-1a, when the key is made.
///
///     NFCKey("Kyjiw") == NFCKey("Kyjiw")            // true
///     NFCKey("Cafe\u{301}") == NFCKey("Café")        // true, as for String
public struct NFCKey: Hashable, Sendable {
    /// The string as given.
    public let text: String
    /// The string in NFC: the text itself, unless it has combining marks.
    @usableFromInline let normalized: String
    /// FNV-1a of the UTF-8 of `normalized`.
    @usableFromInline let bytesHash: UInt64

    /// The key of `text`.
    @inlinable
    public init(_ text: String) {
        self.text = text
        var normalized = text.nfc
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        normalized.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        self.normalized = normalized
        bytesHash = hash
    }

    @inlinable
    public static func == (lhs: NFCKey, rhs: NFCKey) -> Bool {
        guard lhs.bytesHash == rhs.bytesHash else { return false }
        let equal = lhs.normalized.utf8.withContiguousStorageIfAvailable { left in
            rhs.normalized.utf8.withContiguousStorageIfAvailable { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
        return (equal ?? nil) ?? lhs.normalized.utf8.elementsEqual(rhs.normalized.utf8)
    }

    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }
}
