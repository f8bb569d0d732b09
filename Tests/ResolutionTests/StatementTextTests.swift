import NewsGraphModel
import Testing

@testable import Resolution

@Suite struct StatementTextTests {
    static let trimmable: Set<Character> = [
        "\"", "„", "“", "”", "»", "«", "‚", "‘", "’", "'", "›", "‹", ".", ",", ";", ":", " ",
    ]

    /// The definitions, by characters.
    static func cleaned(_ content: String) -> String {
        let collapsed = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var text = Substring(collapsed)
        while let first = text.first, trimmable.contains(first) { text = text.dropFirst() }
        while let last = text.last, trimmable.contains(last) { text = text.dropLast() }
        return String(text)
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    static let texts = [
        "„Wir sind bereit“, sagte er.", "  »Nein« –\tso\u{00A0}der\u{0085}Minister … ", "‚Über ÄRGER‘: 5 € und 3,5 %",
        "ÀÉÎÕÜ × ÷ ß ÿ Straße", "İstanbul ist groß", "e\u{301}té „ja“", "a\r\nb", "", " „“ ", "Ǆ ǅ ǆ Ⱥ ½ ² 3",
        "\u{2028}x\u{202F}y", "Zoë 😀 👍🏽", "...", "x.", "'quoted'",
        // Clean already, or all but one place.
        "Wir sind bereit", "Straße – 5 €", "x", "a  b", "a b ", " a b", "a\tb", "a\u{00A0}b", "a b\u{0085}", "„a“ b",
        "a „b“", "a b…", "a b.“", "ÄÖÜ",
    ]

    @Test func cleanedAsTheCharactersDefineIt() {
        for text in Self.texts {
            let cleaned = StatementResolution.cleaned(text)
            #expect(cleaned.text == Self.cleaned(text), "\(text.debugDescription)")
            #expect(cleaned.isSimple == SimpleText.isSimple(cleaned.text), "\(text.debugDescription)")
        }
    }

    @Test func cleanedAsTheCharactersDefineItAtEveryPlaceInLongText() {
        let line = "Die Regierung hat den Plan am Montag vorgelegt"
        for breaker in ["  ", "\t", " \t", "\n", "\u{0001}", "\u{00A0}", "ä", " „", "– "] {
            for offset in 0...line.count {
                var text = line
                text.insert(contentsOf: breaker, at: text.index(text.startIndex, offsetBy: offset))
                #expect(StatementResolution.cleaned(text).text == Self.cleaned(text), "\(text.debugDescription)")
            }
        }
    }

    @Test func wordsAsTheCharactersDefineThem() {
        for text in Self.texts { #expect(Set(StatementResolution.wordList(.init(text))) == Self.words(text), "\(text.debugDescription)") }
    }

    @Test func keyIsTheHashOfTheLowercasedText() {
        func expectKey(_ text: String) {
            #expect(
                StatementResolution.keyHash(.init(text)) == StableHash.fnv1a(text.lowercased()), "\(text.debugDescription)")
        }
        for text in Self.texts { expectKey(text) }
        // Every scalar of simple text, alone and between letters.
        let simple = (0..<0x300).compactMap(Unicode.Scalar.init) + (0x2010...0x20C0).compactMap(Unicode.Scalar.init)
        for scalar in simple {
            let long = "@Die REGIERUNG [hat] \(scalar)den Plan AM `Montag` vorgelegt\(scalar)"
            for text in [String(scalar), "A\(scalar)Ä", "\(scalar)Z", long] where SimpleText.isSimple(text) { expectKey(text) }
        }
    }

    @Test func cleanedAndKeyHashInOnePassAsStepByStep() {
        var texts = Self.texts
        // Every simple scalar (and a few others) alone, between letters and in long text.
        let scalars = (0..<0x300).compactMap(Unicode.Scalar.init) + (0x2010...0x20C0).compactMap(Unicode.Scalar.init)
            + ["\u{301}", "\u{130}", "😀"]
        for scalar in scalars {
            texts += [String(scalar), "A\(scalar)Ä", "\(scalar)Z", "@Die REGIERUNG [hat] \(scalar)den Plan AM Montag\(scalar)"]
        }
        // Two spaces and Latin-1 letters at every place of an eight-byte word.
        let line = "Die Regierung hat den Plan am Montag vorgelegt"
        for breaker in ["  ", "Ä", " ÿ", "\u{7F}"] {
            for offset in 0...line.count {
                var text = line
                text.insert(contentsOf: breaker, at: text.index(text.startIndex, offsetBy: offset))
                texts.append(text)
            }
        }
        for text in texts {
            let (cleaned, hash) = StatementResolution.cleanedAndKeyHash(text)
            let expected = StatementResolution.cleaned(text)
            #expect(cleaned.text == expected.text && cleaned.isSimple == expected.isSimple, "\(text.debugDescription)")
            #expect(hash == StatementResolution.keyHash(expected), "\(text.debugDescription)")
        }
    }

    /// The label by its definition, on characters.
    static func label(_ text: String) -> String {
        guard text.count > StatementResolution.labelLength else { return text }
        let head = text.prefix(StatementResolution.labelLength)
        return (head.lastIndex(of: " ").map { head[..<$0] } ?? head) + " …"
    }

    @Test func labelAsTheCharactersDefineIt() {
        let words = ["Wort", "Überraschung", "5 €", "„Zitat“", "Straße", "x", "ÄÖÜ"]
        var texts = Self.texts
        for length in [78, 79, 80, 81, 82, 120] {
            for word in words {
                var text = ""
                while text.count < length { text += text.isEmpty ? word : " " + word }
                texts.append(text)
                texts.append(String(text.prefix(length)))
                texts.append(String(repeating: word, count: length / word.count + 1))
            }
            texts.append(String(repeating: "e\u{301}", count: length))
            texts.append(String(repeating: "ab ", count: length / 3) + "😀 Ende")
        }
        for text in texts {
            #expect(StatementResolution.label(.init(text)) == Self.label(text), "\(text.debugDescription)")
        }
    }

    @Test func simpleText() {
        #expect(SimpleText.isSimple("„Wir sind bereit“ – sagte er … 5 €"))
        for text in ["e\u{301}", "a\r\nb", "İ", "Путин", "😀", "\u{2028}", "\u{202F}", "\u{205F}"] {
            #expect(!SimpleText.isSimple(text), "\(text.debugDescription)")
        }
    }

    @Test("Long text is read eight ASCII bytes at a time: a CR, a combining mark or İ anywhere is still found")
    func simpleLongText() {
        let ascii = "Die Regierung sagte, sie sei bereit"
        #expect(SimpleText.isSimple(ascii))
        #expect(SimpleText.isSimple(ascii + " – Straße über „Ölpreise“ € 1"))
        #expect(SimpleText.isSimple(""))
        for position in 0...ascii.utf8.count {
            let index = ascii.utf8.index(ascii.startIndex, offsetBy: position)
            for odd in ["\r", "e\u{301}", "İ", "Ж", "\u{2028}"] {
                let text = String(ascii[..<index]) + odd + String(ascii[index...])
                #expect(!SimpleText.isSimple(text), "\(text.debugDescription)")
            }
            for fine in ["\n", "\u{0C}", "ß", "\u{7F}", "\u{2013}"] {
                let text = String(ascii[..<index]) + fine + String(ascii[index...])
                #expect(SimpleText.isSimple(text), "\(text.debugDescription)")
            }
        }
    }
}
