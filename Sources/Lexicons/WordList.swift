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
        slots = [Int32](repeating: 0, count: tableSize)
        for index in 0..<words { placeIfNew(index) }
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
    /// are read as bytes, and a word of scalars below U+0300 (below U+0100 to
    /// lower-case it, as ``Swift/String/lowercasedIfNeeded()`` does, byte by
    /// byte) is copied as bytes; other words go through `String`.
    public static func load(_ name: String, from folder: URL, lowercased: Bool = false) throws -> WordList {
        var text = try LexiconFile.text(of: name, from: folder)
        var starts = [0]
        var others: [String] = []
        var plain = true
        let bytes = text.withUTF8 { file in
            [UInt8](unsafeUninitializedCapacity: file.count) { buffer, end in
                plain = LexiconFile.forEachPlainRow(file) { line, firstFieldEnd in
                    let field = LexiconFile.trimmed(file, line.lowerBound..<firstFieldEnd)
                    guard !field.isEmpty else { return }
                    let word = UnsafeBufferPointer(rebasing: file[field])
                    if copy(word, lowercased: lowercased, to: UnsafeMutableBufferPointer(rebasing: buffer[end...])) {
                        end += word.count
                        starts.append(end)
                    } else {
                        let text = String(decoding: word, as: UTF8.self)
                        others.append(lowercased ? text.lowercased() : text)
                    }
                }
            }
        }
        guard plain else {
            let words = LexiconFile(name: name, text: text).firstColumn
            return WordList(lowercased ? words.map { $0.lowercased() } : words)
        }
        var list = WordList(bytes: bytes, starts: starts)
        for word in others { list.insert(word) }
        return list
    }

    /// Copies the UTF-8 of a word to `target`, lower-cased when asked, if
    /// that can be done byte by byte and gives UTF-8 in NFC: when its scalars
    /// are below U+0300 (in NFC), and, to lower-case it, below U+0100 (ASCII
    /// and Latin-1 capitals are 0x20 below their small letters). False for
    /// any other word.
    private static func copy(_ word: UnsafeBufferPointer<UInt8>, lowercased: Bool, to target: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard lowercased else {
            guard !word.contains(where: { $0 >= 0xCC }) else { return false }
            _ = target.initialize(from: word)
            return true
        }
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
