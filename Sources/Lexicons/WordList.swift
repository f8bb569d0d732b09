import Foundation

/// A set of words kept as the UTF-8 of their NFC forms in one buffer, and found by a hash of those bytes: filled from a file of a
/// hundred thousand lines without making a `String` a line, and asked by a
/// word's bytes without Swift's string hashing. Two words are the same
/// when Swift's `==` says so (canonically equivalent).
///
/// The hash is that of ``SuffixHashes``, taken from a word's last byte to its
/// first, so that a walk back from the end of a word meets the hash of each
/// of its suffixes on the way (``hasListedSuffix(of:scalarCounts:)``).
///
///     var nouns: WordList = ["Regierung", "été"]
///     nouns.contains("Regierung")      // true
///     nouns.contains("regierung")      // false
///     nouns.contains("e\u{301}te\u{301}")  // true: "été" in NFD
public struct WordList: Sendable, ExpressibleByArrayLiteral {
    /// The words' bytes (read from a file, the whole file with the words in place).
    private var bytes: [UInt8] = []
    /// Where each word kept lies in `bytes`. (A word kept twice is in the table once.)
    private var ranges: [Range<Int>] = []
    /// The hash of each word kept.
    private var hashes: [UInt64] = []
    /// The table, by open addressing: a word's index plus one, 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 16)
    /// How many different words are listed.
    public private(set) var count = 0

    /// An empty list.
    public init() {}

    /// A list of these words.
    public init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// A list of the words at `ranges` in `bytes` (UTF-8 in NFC).
    private init(bytes: [UInt8], ranges: [Range<Int>]) {
        self.bytes = bytes
        self.ranges = ranges
        let words = ranges.count
        hashes = bytes.withUnsafeBufferPointer { all in ranges.map { SuffixHashes.hash(UnsafeBufferPointer(rebasing: all[$0])) } }
        var tableSize = slots.count
        while tableSize < words * 2 { tableSize *= 2 }
        // The table is made large enough at once, and filled in one loop over the words (a word listed twice kept once).
        var table = [Int32](repeating: 0, count: tableSize)
        let mask = tableSize - 1
        let hashes = hashes
        bytes.withUnsafeBufferPointer { all in
            for index in 0..<words {
                let hash = hashes[index]
                var slot = Self.slot(of: hash, mask: mask)
                while true {
                    let held = Int(table[slot])
                    if held == 0 {
                        table[slot] = Int32(index + 1)
                        count += 1
                        break
                    }
                    if hashes[held - 1] == hash, Self.isWord(ranges[held - 1], in: all, sameAs: ranges[index]) { break }
                    slot = (slot + 1) & mask
                }
            }
        }
        slots = table
    }

    /// Whether two words of `bytes` have the same bytes.
    private static func isWord(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, sameAs other: Range<Int>) -> Bool {
        word.count == other.count && memcmp(bytes.baseAddress! + word.lowerBound, bytes.baseAddress! + other.lowerBound, word.count) == 0
    }

    /// Adds a word.
    public mutating func insert(_ word: String) {
        Self.withNFCBytes(of: word) { insert(normalized: $0) }
    }

    /// Whether the word is listed (compared as Swift compares strings).
    public func contains(_ word: String) -> Bool {
        Self.withNFCBytes(of: word) { slot(of: $0, hash: SuffixHashes.hash($0)).isListed }
    }

    /// Whether a suffix of `utf8` (UTF-8 in NFC) that starts at a scalar and
    /// is `scalarCounts` scalars long is listed.
    public func hasListedSuffix(of utf8: UnsafeBufferPointer<UInt8>, scalarCounts: ClosedRange<Int>) -> Bool {
        SuffixHashes.forEachSuffix(of: utf8, scalarCounts: scalarCounts) { start, hash in
            slot(of: UnsafeBufferPointer(rebasing: utf8[start...]), hash: hash).isListed
        }
    }

    /// Reads a list of one word a line: the first field of every row of a
    /// lexicon file (see ``LexiconFile``), lower-cased when asked.
    ///
    /// The lines of a file whose only white space is space, tab, LF and CR
    /// are read as bytes (checked to be UTF-8 on the way), and the words of
    /// scalars below U+0300 (below U+0100 to lower-case them, as
    /// ``Swift/String/lowercasedIfNeeded()`` does) are kept where they stand
    /// in the file's bytes, lower-cased in one pass over the whole file; other
    /// words go through `String`.
    public static func load(_ name: String, from folder: URL, lowercased: Bool = false) throws -> WordList {
        let data = try LexiconFile.contents(of: name, from: folder)
        var ranges: [Range<Int>] = []
        var others: [String] = []
        // The first byte of a scalar the bytes cannot keep: U+0100 to lower-case, else U+0300.
        let firstOther: UInt8 = lowercased ? 0xC4 : 0xCC
        let (plain, bytes) = data.withUnsafeBytes { raw in
            let file = raw.assumingMemoryBound(to: UInt8.self)
            ranges.reserveCapacity(file.count / 16)  // (a noun list's lines are some 13 bytes long)
            let plain = LexiconFile.forEachPlainRow(file) { line, firstFieldEnd in
                let field = LexiconFile.trimmed(file, line.lowerBound..<firstFieldEnd)
                guard !field.isEmpty else { return }
                if !file[field].contains(where: { $0 >= firstOther }) {
                    ranges.append(field)
                } else {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: file[field]), as: UTF8.self)
                    others.append(lowercased ? text.lowercased() : text)
                }
            }
            return (plain, plain && lowercased ? lowercasedLatin1(file) : Array(file))
        }
        guard plain else {
            let words = LexiconFile(name: name, text: try LexiconFile.text(of: data, name: name, from: folder)).firstColumn
            return WordList(lowercased ? words.map { $0.lowercased() } : words)
        }
        var list = WordList(bytes: bytes, ranges: ranges)
        for word in others { list.insert(word) }
        return list
    }

    /// UTF-8 with the capitals of U+0000–U+00FF lower-cased (ASCII and
    /// Latin-1 capitals are 0x20 below their small letters), ASCII eight
    /// bytes at a time; other scalars are left as they are.
    static func lowercasedLatin1(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: utf8.count) { target, count in
            let highBits: UInt64 = 0x8080_8080_8080_8080
            var index = 0
            var previous: UInt8 = 0
            while index < utf8.count {
                if index &+ 8 <= utf8.count, previous != 0xC3 {
                    let chunk = UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if chunk & highBits == 0 {
                        // Bytes of at most 0x7F do not carry: bit 7 of each sum tells whether the byte reached `A`, `[`.
                        let capitals = (chunk &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(chunk &+ 0x2525_2525_2525_2525) & highBits
                        UnsafeMutableRawPointer(target.baseAddress! + index).storeBytes(of: chunk | capitals &>> 2, as: UInt64.self)
                        index &+= 8
                        continue
                    }
                }
                let byte = utf8[index]
                let capital = previous == 0xC3 ? String.isLatin1Capital(second: byte) : String.isASCIICapital(byte)
                target[index] = capital ? byte &+ 0x20 : byte
                previous = byte
                index &+= 1
            }
            count = utf8.count
        }
    }

    /// Adds a word given as UTF-8 in NFC.
    private mutating func insert(normalized word: UnsafeBufferPointer<UInt8>) {
        ranges.append(bytes.count..<bytes.count + word.count)
        bytes.append(contentsOf: word)
        hashes.append(SuffixHashes.hash(word))
        placeIfNew(hashes.count - 1)
    }

    /// Puts word `index` into the table, unless an equal word is there.
    private mutating func placeIfNew(_ index: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let found = bytes.withUnsafeBufferPointer {
            self.slot(of: UnsafeBufferPointer(rebasing: $0[ranges[index]]), hash: hashes[index])
        }
        guard !found.isListed else { return }
        slots[found.slot] = Int32(index + 1)
        count += 1
    }

    /// Where a word given as UTF-8 in NFC, with its hash, is in the table,
    /// or the empty slot where it would go.
    private func slot(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, isListed: Bool) {
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, mask: mask)
        while true {
            let held = Int(slots[slot])
            if held == 0 { return (slot, false) }
            if hashes[held - 1] == hash, isWord(held - 1, word) { return (slot, true) }
            slot = (slot + 1) & mask
        }
    }

    /// Whether word `index` has these bytes.
    private func isWord(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = ranges[index]
        guard range.count == word.count else { return false }
        return bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[range]).elementsEqual(word) }
    }

    /// Doubles the table.
    private mutating func grow() {
        let old = slots
        slots = [Int32](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for held in old where held != 0 {
            var slot = Self.slot(of: hashes[Int(held) - 1], mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = held
        }
    }

    @inline(__always)
    private static func slot(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Calls `body` with the UTF-8 of a word's NFC form.
    private static func withNFCBytes<Result>(of word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // Scalars below U+0300 are in NFC (see `String.nfc`).
        let direct = word.utf8.withContiguousStorageIfAvailable { utf8 in utf8.contains { $0 >= 0xCC } ? nil : body(utf8) }
        if let direct, let result = direct { return result }
        var normalized = word.nfc
        return normalized.withUTF8(body)
    }
}
