import Lexicons
import NewsGraphModel

/// One Statement node per proposition: contents are normalised (spaces,
/// surrounding quotes and punctuation, case), and within a document an
/// asserted and a denied content whose words cover 80 % of each other's, one
/// way or the other, become one Statement with the longer text.
enum StatementResolution {
    /// A Statement node: its id, short label and full text.
    struct Statement: Hashable, Sendable {
        /// The id, hashed on the analysis thread for the graph builder's table; its
        /// string is made by the builder, once a node.
        var id: HashedID
        var label: String
        var text: String

        /// The Statement of a chosen text, whose ``keyHash(_:)`` is `keyHash`.
        init(_ text: CheckedText, keyHash: UInt64) {
            id = HashedID(.statement, key: keyHash)
            label = StatementResolution.label(text)
            self.text = text.text
        }
    }

    /// The Statements of one document: one for each distinct text, and the text each edge points at.
    struct DocumentStatements: Sendable {
        /// The Statement of each distinct text, by the text's number: its own, or
        /// that of the text it stands under (see ``representatives(asserted:denied:of:)``).
        var byText: [Statement]
        /// The number of the text each edge points at, in edge order; nil for edges that point at an entity.
        var edgeTexts: [Int?]
    }

    /// A text and whether it is simple (``SimpleText``), checked once for
    /// the steps after cleaning, which each take a fast path on simple text.
    struct CheckedText {
        var text: String
        var isSimple: Bool

        /// `text`, checked.
        init(_ text: String) {
            self.init(text: text, isSimple: SimpleText.isSimple(text))
        }

        /// `text`, known to be simple or not.
        init(text: String, isSimple: Bool) {
            self.text = text
            self.isSimple = isSimple
        }
    }

    /// A cleaned content as the key of its number among a document's texts:
    /// equal to another exactly when their NFC forms are (as `NFCKey`), and
    /// made with the content's ``keyHash(_:)``. Simple text (``SimpleText``)
    /// is in NFC already, and its key hash is the NFC form's: neither the
    /// NFC form nor a hash of it is made again.
    struct ContentKey: Hashable {
        /// The content in NFC.
        let normalized: String
        /// ``keyHash(_:)`` of the content, for its Statement's id.
        let keyHash: UInt64
        /// ``keyHash(_:)`` of ``normalized``: equal NFC forms have equal hashes.
        let normalizedHash: UInt64

        /// The key of a cleaned content whose ``keyHash(_:)`` is `keyHash`.
        init(_ text: CheckedText, keyHash: UInt64) {
            self.keyHash = keyHash
            if text.isSimple {
                normalized = text.text
                normalizedHash = keyHash
            } else {
                normalized = text.text.nfc
                normalizedHash = StatementResolution.keyHash(CheckedText(normalized))
            }
        }

        static func == (lhs: ContentKey, rhs: ContentKey) -> Bool {
            lhs.normalizedHash == rhs.normalizedHash && lhs.normalized == rhs.normalized
        }

        func hash(into hasher: inout Hasher) { hasher.combine(normalizedHash) }
    }

    /// The share of one clause's words the other must hold for an asserted and a denied clause to be one.
    static let coverage = 0.8
    /// The longest label, in characters, before it is cut at a word.
    static let labelLength = 80

    /// The Statement each edge of one document points at. Each content is
    /// cleaned (contents seldom repeat within a document: cleaning a repeat
    /// again costs less than numbering every content); equal cleaned texts
    /// are one text, known by the number of the first, and each is made a
    /// Statement once (a text that stands under a later one is made that one's too).
    static func statements(of analysis: DocumentAnalysis) -> DocumentStatements {
        var textNumbers = KeyNumbers<ContentKey>(capacity: analysis.edges.count)
        // Room for every edge in each list, so that none grows while the edges are read.
        var texts: [CheckedText] = []
        texts.reserveCapacity(analysis.edges.count)
        var keyHashes: [UInt64] = []
        keyHashes.reserveCapacity(analysis.edges.count)
        var edgeTexts: [Int?] = []
        edgeTexts.reserveCapacity(analysis.edges.count)
        var asserted: [Int] = []
        asserted.reserveCapacity(analysis.edges.count)
        var denied: [Int] = []
        denied.reserveCapacity(analysis.edges.count)
        // The edges are read in place: a copy of each would retain and release all its strings.
        for index in analysis.edges.indices {
            guard case .statement(let content) = analysis.edges[index].target else {
                edgeTexts.append(nil)
                continue
            }
            let (cleaned, keyHash) = Self.cleanedAndKeyHash(content)
            let key = ContentKey(cleaned, keyHash: keyHash)
            let text: Int
            if let known = textNumbers.number(of: key) {
                text = known
            } else {
                text = textNumbers.add(key)
                texts.append(cleaned)
                keyHashes.append(key.keyHash)
            }
            edgeTexts.append(text)
            let type = analysis.edges[index].type
            if type == .asserts { asserted.append(text) }
            if type == .denies { denied.append(text) }
        }
        let representative = Self.representatives(asserted: asserted, denied: denied, of: texts)
        var statements: [Statement] = []
        statements.reserveCapacity(texts.count)
        for number in texts.indices {
            let chosen = representative[number] ?? number
            statements.append(chosen < number ? statements[chosen] : Statement(texts[chosen], keyHash: keyHashes[chosen]))
        }
        return DocumentStatements(byText: statements, edgeTexts: edgeTexts)
    }

    /// The text each asserted or denied text of one document stands under,
    /// by number in `texts` (distinct strings): a denied text and each
    /// asserted one it matches join; a group takes its longest text. Texts
    /// in no group are left out.
    static func representatives(asserted: [Int], denied: [Int], of texts: [CheckedText]) -> [Int: Int] {
        guard !asserted.isEmpty, !denied.isEmpty else { return [:] }
        let claims = distinctAscending(asserted)
        let denials = distinctAscending(denied)
        // The words of each text, numbered, in ascending order.
        let compared = distinctAscending(claims + denials)
        // About one word in six bytes: room enough that the table seldom grows.
        let wordCount = compared.reduce(0) { $0 + texts[$1].text.utf8.count } / 6
        var wordNumbers = WordNumbers(capacity: wordCount)
        // The distinct words of each compared text, ascending, one text's run after another in one array.
        var runs: [Int] = []
        runs.reserveCapacity(wordCount)
        var runOfText = [Range<Int>](repeating: 0..<0, count: texts.count)
        for text in compared {
            wordNumbers.numbered.removeAll(keepingCapacity: true)
            forEachWord(of: texts[text], into: &wordNumbers)
            wordNumbers.numbered.sort()
            let start = runs.count
            for number in wordNumbers.numbered where runs.count == start || runs.last != number { runs.append(number) }
            runOfText[text] = start..<runs.count
        }
        // Groups by union-find over the numbers; which text becomes a root does not matter.
        var parent = Array(texts.indices)
        var joined = [Bool](repeating: false, count: texts.count)
        func root(_ number: Int) -> Int {
            var current = number
            while parent[current] != current { current = parent[current] }
            return current
        }
        for denial in denials {
            for claim in claims
            where claim != denial && coverage(runs[runOfText[denial]], runs[runOfText[claim]]) >= coverage {
                parent[root(denial)] = root(claim)
                joined[denial] = true
                joined[claim] = true
            }
        }
        // The text with more words (ties: more characters, then the smaller string).
        func longer(_ lhs: Int, _ rhs: Int) -> Int {
            let l = (runOfText[lhs].count, texts[lhs].text.count)
            let r = (runOfText[rhs].count, texts[rhs].text.count)
            if l != r { return l > r ? lhs : rhs }
            return texts[lhs].text < texts[rhs].text ? lhs : rhs
        }
        var chosen: [Int: Int] = [:]
        for number in texts.indices where joined[number] {
            chosen[root(number)] = chosen[root(number)].map { longer($0, number) } ?? number
        }
        var representative: [Int: Int] = [:]
        for number in texts.indices where joined[number] { representative[number] = chosen[root(number)] }
        return representative
    }

    /// The distinct numbers among `numbers`, in ascending order.
    private static func distinctAscending(_ numbers: [Int]) -> [Int] {
        var distinct = numbers.sorted()
        var kept = 0
        for number in distinct where kept == 0 || distinct[kept - 1] != number {
            distinct[kept] = number
            kept += 1
        }
        distinct.removeLast(distinct.count - kept)
        return distinct
    }

    /// Characters trimmed off both ends of a content.
    private static let trimmable: Set<Character> = [
        "\"", "„", "“", "”", "»", "«", "‚", "‘", "’", "'", "›", "‹", ".", ",", ";", ":", " ",
    ]

    /// The content without surrounding spaces, quotation marks and punctuation, inner spaces collapsed.
    /// The cleaned text of simple content is simple: its scalars are the content's.
    static func cleaned(_ content: String) -> CheckedText {
        var content = content
        if content.withUTF8(SimpleText.isSimple) {
            let text = content.withUTF8 { isClean(simple: $0) ? nil : cleaned(simple: $0) }
            return CheckedText(text: text ?? content, isSimple: true)
        }
        let collapsed = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var text = Substring(collapsed)
        while let first = text.first, trimmable.contains(first) { text = text.dropFirst() }
        while let last = text.last, trimmable.contains(last) { text = text.dropLast() }
        return CheckedText(String(text))
    }

    /// ``cleaned(_:)`` of a content and the ``keyHash(_:)`` of that: in one pass over
    /// content that is its own cleaned text and all printable ASCII and Latin-1
    /// letters (most is, see ``keyHash(clean:)``), else step by step.
    static func cleanedAndKeyHash(_ content: String) -> (text: CheckedText, keyHash: UInt64) {
        var content = content
        if let hash = content.withUTF8(keyHash(clean:)) { return (CheckedText(text: content, isSimple: true), hash) }
        let text = cleaned(content)
        return (text, keyHash(text))
    }

    /// ``keyHash(_:)`` of content that is its own ``cleaned(_:)``, found with
    /// the check that it is: every scalar printable ASCII (U+0020 to U+007F)
    /// or U+00C0 to U+00FF (0xC3 and a byte; all simple, none white space), no
    /// trimmable scalar at either end and no two spaces in a row. Nil for
    /// other content (and for no content).
    private static func keyHash(clean bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !bytes.isEmpty, trimmableLength(bytes, startingAt: 0) == nil,
            trimmableLength(bytes, endingAt: bytes.count) == nil
        else { return nil }
        var hash = StableHash()
        var afterSpace = false
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if let spaces = printableASCIISpaces(word), let lowered = lowercasedASCII(word) {
                    if spaces & (spaces << 8) != 0 || afterSpace && spaces & 0x80 != 0 { return nil }
                    afterSpace = spaces >> 63 != 0
                    add(bytesOf: lowered, to: &hash)
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            switch byte {
            case 0x20:
                if afterSpace { return nil }
                afterSpace = true
                hash.add(byte: byte)
                index += 1
            case 0x21..<0x80:
                afterSpace = false
                hash.add(byte: (0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                index += 1
            case 0xC3 where index + 1 < bytes.count:
                afterSpace = false
                hash.add(byte: byte)
                hash.add(byte: lowercasedLatin1(second: bytes[index + 1]))
                index += 2
            default:
                return nil
            }
        }
        return hash.value
    }

    /// Whether simple text (``SimpleText``) is its own ``cleaned(_:)``: no
    /// trimmable scalar at either end (so no space either), and no white space but single spaces.
    private static func isClean(simple bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return true }
        guard trimmableLength(bytes, startingAt: 0) == nil, trimmableLength(bytes, endingAt: bytes.count) == nil
        else { return false }
        var afterSpace = false
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index < bytes.count {
            if index + 8 <= bytes.count,
                let spaces = printableASCIISpaces(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            {
                // Eight printable ASCII bytes: clean unless two spaces meet, within them or at their start.
                if spaces & (spaces << 8) != 0 || afterSpace && spaces & 0x80 != 0 { return false }
                afterSpace = spaces >> 63 != 0
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                if afterSpace { return false }
                afterSpace = true
                index += 1
                continue
            }
            afterSpace = false
            if (0x21..<0x80).contains(byte) {
                index += 1
                continue
            }
            let (isWhitespace, length) = SimpleText.whitespace(bytes, at: index)
            if isWhitespace { return false }
            index += length
        }
        return true
    }

    /// Where the spaces are among eight bytes (lowest first) that are all
    /// printable ASCII (U+0020 to U+007F): 0x80 in the byte of each space;
    /// nil when any byte is not such.
    private static func printableASCIISpaces(_ word: UInt64) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = 0x80 &* ones
        // A byte at or above 0x80, or one below 0x20 (its subtraction borrows into its high bit).
        guard (word | ((word &- 0x20 &* ones) & ~word)) & high == 0 else { return nil }
        let spaceless = word ^ (0x20 &* ones)
        // The high bit of each byte that is not zero, exactly (no carry leaves a byte).
        let nonzero = (((spaceless & ~high) &+ ~high) | spaceless) & high
        return ~nonzero & high
    }

    /// ``cleaned(_:)`` of simple text (``SimpleText``), on its bytes: the runs
    /// between white space are joined by one space, then trimmable scalars go from both ends.
    private static func cleaned(simple bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var runStart: Int?
        func endRun(at end: Int) {
            guard let start = runStart else { return }
            if !out.isEmpty { out.append(UInt8(ascii: " ")) }
            out.append(contentsOf: bytes[start..<end])
            runStart = nil
        }
        var index = 0
        while index < bytes.count {
            if (0x21..<0x80).contains(bytes[index]) {
                // The common case: ASCII that is no white space.
                if runStart == nil { runStart = index }
                index += 1
                continue
            }
            let (isWhitespace, length) = SimpleText.whitespace(bytes, at: index)
            if isWhitespace {
                endRun(at: index)
            } else if runStart == nil {
                runStart = index
            }
            index += length
        }
        endRun(at: bytes.count)
        var start = 0
        var end = out.count
        while start < end, let length = trimmableLength(out, startingAt: start) { start += length }
        while start < end, let length = trimmableLength(out, endingAt: end) { end -= length }
        return String(decoding: out[start..<end], as: UTF8.self)
    }

    /// ``trimmable`` in UTF-8.
    private static let trimmableBytes: [[UInt8]] = trimmable.map { Array(String($0).utf8) }
    /// For each ASCII byte, whether it is ``trimmable``.
    private static let trimmableASCII: [Bool] = (0..<0x80).map { byte in trimmableBytes.contains([UInt8(byte)]) }

    /// The length of the trimmable scalar that starts at `start`, if one does.
    private static func trimmableLength<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, startingAt start: Int
    ) -> Int? where Bytes.Index == Int {
        if bytes[start] < 0x80 { return trimmableASCII[Int(bytes[start])] ? 1 : nil }
        return trimmableBytes.first { start + $0.count <= bytes.count && bytes[start..<(start + $0.count)].elementsEqual($0) }?.count
    }

    /// The length of the trimmable scalar that ends at `end`, if one does.
    private static func trimmableLength<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, endingAt end: Int
    ) -> Int? where Bytes.Index == Int {
        if bytes[end - 1] < 0x80 { return trimmableASCII[Int(bytes[end - 1])] ? 1 : nil }
        return trimmableBytes.first { end - $0.count >= 0 && bytes[(end - $0.count)..<end].elementsEqual($0) }?.count
    }

    /// The hash (``StableHash``) of the identity of a content: the cleaned
    /// content case-folded (`lowercased()`), hashed as it is lower-cased.
    static func keyHash(_ text: CheckedText) -> UInt64 {
        var string = text.text
        let fast = text.isSimple ? string.withUTF8(lowercasedHash(simple:)) : nil
        return fast ?? StableHash.fnv1a(string.lowercased())
    }

    /// The hash of `lowercased()` of simple text (``SimpleText``) when every
    /// scalar is ASCII, Latin-1 or simple punctuation (U+2010 and up, none
    /// cased): `A`–`Z` and `À`–`Þ` (but `×`) move to lower case by range, all
    /// other bytes stay. Nil at any other scalar (Latin Extended).
    private static func lowercasedHash(simple bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash = StableHash()
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index < bytes.count {
            if index + 8 <= bytes.count, let lowered = lowercasedASCII(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                add(bytesOf: lowered, to: &hash)
                index += 8
                continue
            }
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x41...0x5A:
                hash.add(byte: byte + 0x20)
            case ..<0xC3, 0xE2:
                // ASCII, the lead byte of U+0080–U+00BF or of punctuation, and the bytes that follow one.
                hash.add(byte: byte)
            case 0xC3:
                hash.add(byte: byte)
                if index < bytes.count {
                    hash.add(byte: lowercasedLatin1(second: bytes[index]))
                    index += 1
                }
            default:
                return nil
            }
        }
        return hash.value
    }

    /// Adds the eight bytes of `word` to `hash`, the lowest first.
    private static func add(bytesOf word: UInt64, to hash: inout StableHash) {
        for shift in stride(from: 0, to: 64, by: 8) { hash.add(byte: UInt8(truncatingIfNeeded: word >> shift)) }
    }

    /// The second byte of the lower case of the scalar whose UTF-8 is 0xC3 and
    /// `second` (U+00C0 to U+00FF): `À`–`Þ` (but `×`) move 0x20 up, the others stay.
    private static func lowercasedLatin1(second: UInt8) -> UInt8 {
        (0x80...0x9E).contains(second) && second != 0x97 ? second + 0x20 : second
    }

    /// Eight ASCII bytes (lowest first) with `A`–`Z` moved to lower case; nil when any byte is not ASCII.
    private static func lowercasedASCII(_ word: UInt64) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = 0x80 &* ones
        guard word & high == 0 else { return nil }
        // The high bit of each byte at or above `A`, and of each above `Z` (no carry leaves a byte).
        let fromA = word &+ (0x80 - 0x41) &* ones
        let pastZ = word &+ (0x80 - 0x5B) &* ones
        return word | ((fromA ^ pastZ) & high) >> 2
    }

    /// A short label: the text, or its first words up to ``labelLength`` characters and `…`.
    static func label(_ checked: CheckedText) -> String {
        var text = checked.text
        // A character has at least one byte: few enough bytes need no count of characters.
        guard text.utf8.count > labelLength else { return text }
        if checked.isSimple { return text.withUTF8(label(simple:)) }
        guard text.count > labelLength else { return text }
        let head = text.prefix(labelLength)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut + " …"
    }

    /// ``label(_:)`` of simple text (``SimpleText``), on its bytes: each scalar is a character.
    private static func label(simple bytes: UnsafeBufferPointer<UInt8>) -> String {
        var end = 0
        var characters = 0
        while end < bytes.count, characters < labelLength {
            end += 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            characters += 1
        }
        guard end < bytes.count else { return String(decoding: bytes, as: UTF8.self) }
        let cut = bytes[..<end].lastIndex(of: UInt8(ascii: " ")) ?? end
        return String(decoding: bytes[..<cut], as: UTF8.self) + " …"
    }

    /// The words of a text, as the scorer compares them: case-folded,
    /// punctuation dropped; in order, repeats included.
    static func wordList(_ text: CheckedText) -> [String] {
        var list = WordList()
        forEachWord(of: text, into: &list)
        return list.words
    }

    /// Words collected as strings, for ``wordList(_:)``.
    private struct WordList: WordSink {
        var words: [String] = []
        var word: [UInt8] = []

        mutating func append(_ byte: UInt8) { word.append(byte) }

        mutating func endWord() {
            guard !word.isEmpty else { return }
            words.append(String(decoding: word, as: UTF8.self))
            word.removeAll(keepingCapacity: true)
        }
    }

    /// Hands each word of ``wordList(_:)`` to `sink`, in order, as the UTF-8 bytes of its NFC form.
    static func forEachWord(of checked: CheckedText, into sink: inout some WordSink) {
        var text = checked.text
        guard !checked.isSimple else { return text.withUTF8 { forEachWord(simple: $0, into: &sink) } }
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            for byte in String(word).nfc.utf8 { sink.append(byte) }
            sink.endWord()
        }
    }

    /// ``forEachWord(of:into:)`` of simple text (``SimpleText``, whose words are
    /// in NFC), on its bytes: split at scalars whose lower case is neither
    /// alphabetic nor numeric. ASCII and Latin-1 letters are told and lower-cased by range.
    private static func forEachWord(simple bytes: UnsafeBufferPointer<UInt8>, into sink: inout some WordSink) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                    sink.append(byte)
                } else if (0x41...0x5A).contains(byte) {
                    sink.append(byte + 0x20)
                } else {
                    sink.endWord()
                }
                index += 1
                continue
            }
            let length = byte < 0xE0 ? 2 : 3
            if byte == 0xE2 {
                // Simple scalars of three bytes are punctuation and currency signs.
                sink.endWord()
                index += length
                continue
            }
            if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] != 0x97, bytes[index + 1] != 0xB7 {
                // À–Þ lower-case to à–þ; ß–ÿ are lower case.
                let second = bytes[index + 1]
                sink.append(byte)
                sink.append(second < 0x9F ? second + 0x20 : second)
                index += length
                continue
            }
            var decoder = UTF8()
            var iterator = UnsafeBufferPointer(rebasing: bytes[index..<min(index + length, bytes.count)]).makeIterator()
            index += length
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
                sink.endWord()
                continue
            }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
            if lower.properties.isAlphabetic || lower.properties.numericType != nil {
                for byte in String(lower).utf8 { sink.append(byte) }
            } else {
                sink.endWord()
            }
        }
        sink.endWord()
    }

    /// How much of the smaller of two word sets (ascending word numbers) the larger covers:
    /// the larger of the two coverages.
    private static func coverage(_ left: ArraySlice<Int>, _ right: ArraySlice<Int>) -> Double {
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        var shared = 0
        var (l, r) = (left.startIndex, right.startIndex)
        while l < left.endIndex, r < right.endIndex {
            if left[l] == right[r] {
                shared += 1
                l += 1
                r += 1
            } else if left[l] < right[r] {
                l += 1
            } else {
                r += 1
            }
        }
        return max(Double(shared) / Double(left.count), Double(shared) / Double(right.count))
    }
}
