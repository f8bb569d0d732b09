import Entities
import Lexicons

/// The endings of a word list's keys: a quick first test of whether a word
/// may end in one of them, so that the many words of a text that end in none
/// are turned away before a compound search.
///
/// A key of a ``SuffixLexicon`` matches a word whole, after its last hyphen
/// or as its last letters: every word it matches ends in it. The last bytes
/// of each key (as many as the shortest key has in UTF-8 NFC, at most 8) set
/// one bit of a 4,096-bit table. `mayEndInKey` is false only when the word is
/// shorter than that or its last bytes' bit is clear, which no word a key
/// matches can have: a word whose scalars are all below U+0300 is in NFC, so
/// its bytes end in those of the key's NFC; any other word is let through.
///
///     var endings = WordEndings()
///     endings.insert("entsendung")
///     endings.mayEndInKey("truppenentsendung")   // true
///     endings.mayEndInKey("regierung")           // false (almost always: a set bit may be shared)
struct WordEndings: Sendable {
    /// The last bytes of each key's NFC (at most 8).
    private var keyEndings: [[UInt8]] = []
    /// How many last bytes of a word are tested: the shortest key ending's.
    private var length = 0
    /// One bit a hash value of some last bytes.
    private var bits = BitTable(count: 1 << 12)

    /// Lists a key (lower-cased, compared in NFC).
    mutating func insert(_ key: String) {
        let bytes = Array(key.nfc.utf8.suffix(8))
        guard !bytes.isEmpty else { return }
        keyEndings.append(bytes)
        // `length` is the shortest of the endings before this one.
        let shortest = keyEndings.count == 1 ? bytes.count : min(length, bytes.count)
        if shortest != length {
            length = shortest
            bits = BitTable(count: 1 << 12)
            for ending in keyEndings { bits.insert(Self.bit(of: ending.suffix(length))) }
        } else {
            bits.insert(Self.bit(of: bytes.suffix(length)))
        }
    }

    /// Whether the word (lower-cased) may end in a key: false means no key matches it.
    @inline(__always)
    func mayEndInKey(_ word: String) -> Bool {
        let verdict = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes where byte >= 0xCC { return true }
            guard length > 0, bytes.count >= length else { return false }
            return bits.contains(Self.bit(of: bytes[(bytes.count - length)...]))
        }
        return verdict ?? true
    }

    /// The bit of some last bytes: packed into 64 bits, multiplied and folded to 12 bits.
    @inline(__always)
    private static func bit(of bytes: some Collection<UInt8>) -> Int {
        var packed: UInt64 = 0
        for byte in bytes { packed = packed << 8 | UInt64(byte) }
        return Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }
}

/// A ``SuffixLexicon`` with the ``WordEndings`` of its keys in front: the
/// compound search runs only for words that may end in a key.
public struct EndingFilteredLexicon<Value: Sendable>: Sendable {
    /// The lexicon.
    public private(set) var lexicon: SuffixLexicon<Value>
    private var endings = WordEndings()

    /// Creates an empty lexicon; `minimumSuffix` keeps short keys from matching inside words.
    public init(minimumSuffix: Int) {
        lexicon = SuffixLexicon(minimumSuffix: minimumSuffix)
    }

    /// Adds a form (matched lower-cased); an earlier form keeps its value.
    public mutating func add(_ form: String, _ value: Value) {
        lexicon.add(form, value)
        endings.insert(form.lowercased())
    }

    /// Whether the lexicon has no entries.
    public var isEmpty: Bool { lexicon.isEmpty }

    /// The value of the word itself, lower-cased, without compound matching.
    @inline(__always)
    public func exact(_ lowercased: String) -> Value? { lexicon.exact(lowercased) }

    /// The value for the word or its compound head, with the matched head
    /// (as ``SuffixLexicon/match(_:)`` finds them). `lowercased` must be the word in lower case.
    @inline(__always)
    public func match(_ lowercased: String) -> (value: Value, head: Substring)? {
        endings.mayEndInKey(lowercased) ? lexicon.match(lowercased) : nil
    }
}
