import NewsGraphModel

/// Numbers distinct words, each given byte by byte as the UTF-8 of its NFC
/// form: equal bytes, equal number, counting from 0 in the order first
/// given. A word's bytes go straight into the one buffer that keeps the
/// words, hashed (FNV-1a) as they come, and are taken back out when the word
/// is known: no array or string is made for a word.
///
///     var numbers = WordNumbers(capacity: 8)
///     for word in ["nein", "ja", "nein"] {
///         for byte in word.utf8 { numbers.append(byte) }
///         numbers.endWord()
///     }
///     numbers.numbered   // [0, 1, 0]
struct WordNumbers: WordSink {
    /// The numbers of the words ended, in order; the caller empties it when it likes.
    var numbered: [Int] = []
    /// The numbered words, one after the other, then the bytes of the word being read.
    private var bytes: [UInt8] = []
    /// Where the word being read starts in ``bytes``.
    private var wordStart = 0
    /// The hash of the word being read, so far.
    private var wordHash = StableHash()
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

    /// Adds a byte to the word being read.
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
        wordHash.add(byte: byte)
    }

    /// Ends the word being read and puts its number on ``numbered``, numbering it if it is new;
    /// a word of no bytes is none.
    mutating func endWord() {
        guard bytes.count > wordStart else { return }
        let hash = wordHash.value
        wordHash = StableHash()
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let number = slots[slot]
            if hashes[number] == hash, isWordBeingRead(number) {
                bytes.removeLast(bytes.count - wordStart)
                numbered.append(number)
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = ranges.count
        ranges.append(wordStart..<bytes.count)
        wordStart = bytes.count
        hashes.append(hash)
        slots[slot] = number
        if ranges.count * 2 > slots.count { grow() }
        numbered.append(number)
    }

    /// Whether the bytes of the word being read are those of numbered word `number`.
    private func isWordBeingRead(_ number: Int) -> Bool {
        let range = ranges[number]
        guard range.count == bytes.count - wordStart else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            for offset in 0..<range.count where bytes[range.lowerBound + offset] != bytes[wordStart + offset] {
                return false
            }
            return true
        }
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

/// Where ``StatementResolution/forEachWord(of:into:)`` puts the words of a
/// text: byte by byte, each word then ended.
protocol WordSink {
    /// Adds a byte to the word being read.
    mutating func append(_ byte: UInt8)
    /// Ends the word being read (a word of no bytes is none).
    mutating func endWord()
}
