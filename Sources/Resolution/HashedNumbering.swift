import Lexicons
import NewsGraphModel

/// Distinct keys numbered from 0 in the order first given, found by a
/// ``StableHash`` the caller makes (often once, on another thread) and then
/// confirmed by comparing keys: no `Hasher` runs over a key. Keys that are
/// equal must be given equal hashes: for strings, which Swift compares as
/// canonically equivalent, see ``NewsGraphModel/StableHash/nfcHash(of:bytesHash:)``.
///
///     var numbers = HashedNumbering<String>()
///     numbers.number(of: "ja", hash: StableHash.fnv1a("ja"))              // 0
///     numbers.number(of: "nein", hash: StableHash.fnv1a("nein"))          // 1
///     numbers.existingNumber(of: "ja", hash: StableHash.fnv1a("ja"))      // 0
struct HashedNumbering<Key: Equatable> {
    /// The keys, by number.
    private(set) var keys: [Key] = []
    private var slots = HashSlots()

    /// How many keys are numbered.
    var count: Int { keys.count }

    /// The number of `key`, whose hash is `hash`, numbering it if it is new.
    mutating func number(of key: Key, hash: UInt64) -> Int {
        let entry = slots.entry(of: hash) { [keys] in keys[$0] == key }
        if let known = slots.number(at: entry) { return known }
        slots.insert(keys.count, hash: hash, at: entry)
        keys.append(key)
        return keys.count - 1
    }

    /// The number of `key`, whose hash is `hash`, if it is numbered.
    func existingNumber(of key: Key, hash: UInt64) -> Int? {
        slots.number(at: slots.entry(of: hash) { keys[$0] == key })
    }
}

extension StableHash {
    /// The ``StableHash`` of the NFC form of `text`, so that strings Swift compares equal
    /// (canonically equivalent: `é` and `e` with U+0301) hash equal. Text with no scalar at or
    /// past U+0300 is its own NFC form (see `String.nfc`): `bytesHash`, the hash of its bytes
    /// when the caller has made it, is taken as it is.
    static func nfcHash(of text: String, bytesHash: UInt64? = nil) -> UInt64 {
        var text = text
        let isNFC = text.withUTF8 { bytes in
            for byte in bytes where byte >= 0xCC { return false }
            return true
        }
        return isNFC ? bytesHash ?? fnv1a(text) : fnv1a(text.nfc)
    }
}
