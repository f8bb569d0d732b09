import Lexicons

/// A string as a key of a set or dictionary, equal to another exactly when
/// the strings are equal (canonically equivalent), but hashed and compared
/// as the UTF-8 bytes of its NFC form: cheaper than `String`'s hashing,
/// which checks every scalar of non-ASCII text for normalisation.
///
///     NFCKey("Kyjiw") == NFCKey("Kyjiw")            // true
///     NFCKey("Cafe\u{301}") == NFCKey("Café")        // true, as for String
struct NFCKey: Hashable, Sendable {
    /// The string as given.
    let text: String
    /// The string in NFC: the text itself, unless it has combining marks.
    private let normalized: String

    /// The key of `text`.
    init(_ text: String) {
        self.text = text
        normalized = text.nfc
    }

    static func == (lhs: NFCKey, rhs: NFCKey) -> Bool {
        var (left, right) = (lhs.normalized, rhs.normalized)
        return left.withUTF8 { left in right.withUTF8 { right in left.elementsEqual(right) } }
    }

    func hash(into hasher: inout Hasher) {
        var bytes = normalized
        bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
