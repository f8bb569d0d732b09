import NewsGraphModel

/// Numbers distinct words, each given as the UTF-8 bytes of its NFC form:
/// equal bytes, equal number, counting from 0 in the order first given. The
/// words are kept in one buffer and found by their FNV-1a hash, so no string
/// is made for a word.
///
///     var numbers = WordNumbers(capacity: 8)
///     numbers.number(of: Array("nein".utf8))   // 0
///     numbers.number(of: Array("ja".utf8))     // 1
///     numbers.number(of: Array("nein".utf8))   // 0
struct WordNumbers {
    private var bytes: [UInt8] = []
    /// Where each numbered word lies in ``bytes``.
    private var ranges: [Range<Int>] = []
    /// The hash of each numbered word.
    private var hashes: [UInt64] = []
    /// The number in each slot of an open-addressed table (-1: empty), at least twice as many slots as numbers.
    private var slots: [Int]

    /// A numbering with room for about `capacity` words (of about six bytes) before its storage grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        bytes.reserveCapacity(capacity * 6)
        ranges.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// The number of a word, numbering it if it is new.
    mutating func number(of word: [UInt8]) -> Int {
        var hash = StableHash()
        for byte in word { hash.add(byte: byte) }
        var slot = Int(truncatingIfNeeded: hash.value) & (slots.count - 1)
        while slots[slot] >= 0 {
            let number = slots[slot]
            if hashes[number] == hash.value, bytes[ranges[number]].elementsEqual(word) { return number }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = ranges.count
        bytes.append(contentsOf: word)
        ranges.append((bytes.count - word.count)..<bytes.count)
        hashes.append(hash.value)
        slots[slot] = number
        if ranges.count * 2 > slots.count { grow() }
        return number
    }

    /// Doubles the table and puts every number back in.
    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = number
        }
    }
}
