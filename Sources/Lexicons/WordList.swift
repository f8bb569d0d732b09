import Foundation

/// A set of words kept as the UTF-8 of their NFC forms, back to back in one
/// buffer, and found by a hash of those bytes: filled from a file of a
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
    /// The words' bytes, back to back.
    private var bytes: [UInt8] = []
    /// Where each word kept in `bytes` starts, and, last, where the last one
    /// ends. (A word kept twice is in the table once.)
    private var starts: [Int] = [0]
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

    /// A list of the words kept back to back in `bytes` (UTF-8 in NFC), word `i` from `starts[i]` to `starts[i + 1]`.
    private init(bytes: [UInt8], starts: [Int]) {
        self.bytes = bytes
        self.starts = starts
        let words = starts.count - 1
        hashes = bytes.withUnsafeBufferPointer { all in
            (0..<words).map { SuffixHashes.hash(UnsafeBufferPointer(rebasing: all[starts[$0]..<starts[$0 + 1]])) }
        }
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
                    if hashes[held - 1] == hash, Self.isWord(held - 1, in: all, starts: starts, sameAs: index) { break }
                    slot = (slot + 1) & mask
                }
            }
        }
        slots = table
    }

    /// Whether words `index` and `other` of `bytes` (see ``starts``) have the same bytes.
    private static func isWord(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, starts: [Int], sameAs other: Int) -> Bool {
        let count = starts[index + 1] - starts[index]
        return starts[other + 1] - starts[other] == count
            && memcmp(bytes.baseAddress! + starts[index], bytes.baseAddress! + starts[other], count) == 0
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
    /// are read as bytes (checked to be UTF-8 on the way), and a word of
    /// scalars below U+0300 (below U+0100 to lower-case it, as
    /// ``Swift/String/lowercasedIfNeeded()`` does; ASCII eight bytes at a time)
    /// is copied as bytes; other words go through `String`.
    public static func load(_ name: String, from folder: URL, lowercased: Bool = false) throws -> WordList {
        let data = try LexiconFile.contents(of: name, from: folder)
        var starts = [0]
        var others: [String] = []
        var plain = true
        let bytes = data.withUnsafeBytes { raw in
            let file = raw.assumingMemoryBound(to: UInt8.self)
            // Eight bytes to spare: words are copied eight bytes at a time.
            return [UInt8](unsafeUninitializedCapacity: file.count + 8) { buffer, end in
                plain = LexiconFile.forEachPlainRow(file) { line, firstFieldEnd in
                    let field = LexiconFile.trimmed(file, line.lowerBound..<firstFieldEnd)
                    guard !field.isEmpty else { return }
                    if copy(file, field, lowercased: lowercased, to: buffer.baseAddress! + end) {
                        end += field.count
                        starts.append(end)
                    } else {
                        let text = String(decoding: UnsafeBufferPointer(rebasing: file[field]), as: UTF8.self)
                        others.append(lowercased ? text.lowercased() : text)
                    }
                }
            }
        }
        guard plain else {
            let words = LexiconFile(name: name, text: try LexiconFile.text(of: data, name: name, from: folder)).firstColumn
            return WordList(lowercased ? words.map { $0.lowercased() } : words)
        }
        var list = WordList(bytes: bytes, starts: starts)
        for word in others { list.insert(word) }
        return list
    }

    /// Copies the UTF-8 of the word at `range` in `file` to `target`, which
    /// has room for eight bytes more, lower-cased when asked, if that can be
    /// done byte by byte and gives UTF-8 in NFC: when its scalars are below
    /// U+0300 (in NFC), and, to lower-case it, below U+0100 (ASCII and Latin-1
    /// capitals are 0x20 below their small letters). False for any other word.
    private static func copy(
        _ file: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased: Bool, to target: UnsafeMutablePointer<UInt8>
    ) -> Bool {
        let word = UnsafeBufferPointer(rebasing: file[range])
        guard lowercased else {
            guard !word.contains(where: { $0 >= 0xCC }) else { return false }
            target.initialize(from: word.baseAddress!, count: word.count)
            return true
        }
        if copyLowercasedASCII(file, range, to: target) { return true }
        var previous: UInt8 = 0
        for index in word.indices {
            let byte = word[index]
            guard byte < 0xC4 else { return false }
            let capital = previous == 0xC3 ? String.isLatin1Capital(second: byte) : String.isASCIICapital(byte)
            target[index] = capital ? byte + 0x20 : byte
            previous = byte
        }
        return true
    }

    /// Copies the ASCII word at `range` in `file` to `target` lower-cased,
    /// eight bytes at a time (the last eight overlapping the ones before, or,
    /// for a shorter word, reaching past it: those bytes are written, not
    /// counted). False, having written to `target`, when a byte of the word is
    /// not ASCII or a short word ends less than eight bytes before the file does.
    @inline(__always)
    private static func copyLowercasedASCII(
        _ file: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to target: UnsafeMutablePointer<UInt8>
    ) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let count = range.count
        let wordBytes: UInt64 = count >= 8 ? ~0 : (1 &<< (8 &* UInt64(count))) &- 1
        var offset = 0
        while true {
            let at = count >= 8 ? min(offset, count &- 8) : 0
            guard range.lowerBound &+ at &+ 8 <= file.count else { return false }
            let chunk = UnsafeRawPointer(file.baseAddress! + (range.lowerBound &+ at)).loadUnaligned(as: UInt64.self)
            guard chunk & wordBytes & highBits == 0 else { return false }
            // Bytes of at most 0x7F do not carry (a carry from a byte past a short word only reaches bytes past it).
            let capitals = (chunk &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(chunk &+ 0x2525_2525_2525_2525) & highBits
            UnsafeMutableRawPointer(target + at).storeBytes(of: chunk | capitals &>> 2, as: UInt64.self)
            offset = at &+ 8
            if offset >= count { return true }
        }
    }

    /// Adds a word given as UTF-8 in NFC.
    private mutating func insert(normalized word: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        hashes.append(SuffixHashes.hash(word))
        placeIfNew(hashes.count - 1)
    }

    /// Puts word `index` into the table, unless an equal word is there.
    private mutating func placeIfNew(_ index: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let found = bytes.withUnsafeBufferPointer {
            self.slot(of: UnsafeBufferPointer(rebasing: $0[starts[index]..<starts[index + 1]]), hash: hashes[index])
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
        let start = starts[index]
        guard starts[index + 1] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[start..<start + word.count]).elementsEqual(word) }
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
