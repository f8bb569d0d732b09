import Entities

/// Reads the number of a deployment before its unit noun: digits with
/// thousands dots (`11.000` → 11000), number words (`vier`), multipliers
/// (`3 Tausend`), and hedges that make it approximate (`etwa`, `mehr als`).
struct QuantityReader {
    let table: TokenTable
    /// The rule lexicons each token's word is in (see ``RuleWords``): the number words are looked up only where it says so.
    let wordKinds: [RuleWords.Kinds]
    /// The lexicon's number words (see ``ExtractionLexicon/numberWords``): a reader holds them, not a copy of the whole lexicon.
    let numberWords: [String: (value: Int, isMultiplier: Bool)]
    /// The lexicon's quantity hedges.
    let hedges: [[String]]

    /// The quantity written before token `unit` (skipping adjectives), with whether it is hedged, or nil.
    func quantity(before unit: Int, floor: Int, isModifier: (Int) -> Bool) -> (value: Int, approximate: Bool, start: Int)? {
        var index = unit - 1
        while index >= floor, isModifier(index), table.tokens[index].kind != .number, numberWord(at: index) == nil {
            index -= 1
        }
        guard index >= floor else { return nil }
        var value: Int
        var start = index
        if let (multiplier, isMultiplier) = numberWord(at: index), isMultiplier {
            guard index - 1 >= floor, let base = number(at: index - 1) else { return nil }
            value = base * multiplier
            start = index - 1
        } else if let found = number(at: index) {
            value = found
        } else {
            return nil
        }
        return (value, hedge(before: start, floor: floor), start)
    }

    /// The value of a number token or number word.
    func number(at index: Int) -> Int? {
        let token = table.tokens[index]
        if token.kind == .number {
            // (ASCII text, as numbers almost always are, read by bytes: each byte is a character there.)
            let text = table.text.string(token)
            let utf8 = text.utf8
            if utf8.allSatisfy({ $0 < 0x80 }) {
                guard !utf8.contains(UInt8(ascii: ",")) else { return nil }
                return Int(String(decoding: utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self))
            }
            let digits = text.filter { $0 != "." }
            guard !digits.contains(",") else { return nil }
            return Int(digits)
        }
        if let (value, isMultiplier) = numberWord(at: index), !isMultiplier { return value }
        return nil
    }

    /// The number word at token `index`, if it is one. (A word is looked up only when its kinds hold
    /// ``RuleWords/Kinds/numberWord``: most words before a unit are none, and each lookup hashed the word.
    /// A token that is no word has no kinds and is looked up.)
    func numberWord(at index: Int) -> (value: Int, isMultiplier: Bool)? {
        if table.isWord(index), !wordKinds[index].contains(.numberWord) { return nil }
        return numberWords[table.lower[index]]
    }

    /// Whether a hedge (`etwa`, `rund`, `mehr als`, `bis zu`) ends right before token `index`.
    func hedge(before index: Int, floor: Int) -> Bool {
        hedges.contains { words in
            let start = index - words.count
            guard start >= floor else { return false }
            return words.indices.allSatisfy { table.lower[start + $0] == words[$0] }
        }
    }
}
