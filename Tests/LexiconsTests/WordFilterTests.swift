import Testing

@testable import Lexicons

@Suite struct WordFilterTests {
    /// No word equal to a listed one (as Swift compares strings, in any normalisation) is turned away.
    @Test func letsEveryListedWordThrough() {
        let listed = ["sagte", "übung", "straße", "e\u{301}té", "été", "ﬁnal", "", "x", "mitteilen"]
        let filter = WordFilter(listed)
        let set = WordSet(Set(listed))
        let asked = listed + ["\u{E9}t\u{E9}", "e\u{301}te\u{301}", "u\u{308}bung", "Sagte", "sagten", "haus", "final", "ü"]
        for word in asked {
            let listedAlike = listed.contains(word)
            if listedAlike { #expect(filter.mayContain(word), "\(word)") }
            #expect(set.contains(word) == listedAlike, "\(word)")
        }
    }

    @Test func mapsListedWordsOnly() {
        let map = WordMap(["kim jong un": 1, "été": 2, "nato": 3])
        #expect(map["kim jong un"] == 1)
        #expect(map["e\u{301}te\u{301}"] == 2)
        #expect(map["nato"] == 3 && map["Nato"] == nil && map["kim"] == nil)
    }

    /// Most words not listed are turned away (the point of the filter).
    @Test func turnsMostOtherWordsAway() {
        let filter = WordFilter((0..<500).map { "wort\($0)" })
        let others = (0..<10_000).map { "anderes\($0)" }
        let letThrough = others.filter(filter.mayContain).count
        #expect(letThrough < 500)
        #expect(!WordFilter().mayContain("haus"))
        #expect(WordFilter().mayContain("e\u{301}"))  // not in NFC: left to the set
    }
}

@Suite struct StringCaseTests {
    /// `lowercasedIfNeeded()` is `lowercased()` for every scalar up to U+024F, alone and in words.
    @Test func agreesWithLowercased() {
        var samples = ["", "straße", "Straße", "über", "ÜBER", "déjà", "İstanbul", "ΣΟΦΊΑ", "a\u{0301}", "µ", "ÿ", "÷", "x\r\ny", "MÜLLER", "Übung", "ÄÖÜß", "Ärger-Ökonomie", "ÀÞ×ÐØ"]
        for value in 0...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            samples.append(String(scalar))
            samples.append("ab" + String(scalar) + "z")
        }
        for sample in samples {
            #expect(sample.lowercasedIfNeeded() == sample.lowercased(), "\(sample.unicodeScalars.map(\.value))")
            #expect(Array(sample.lowercasedIfNeeded().utf8) == Array(sample.lowercased().utf8))
        }
    }

    @Test func nfcComposesOnlyWhatCanChange() {
        #expect(Array("Nordkore\u{0301}a".nfc.utf8) == Array("Nordkoréa".utf8))
        #expect("Nordkorea".nfc == "Nordkorea")
        #expect(Array("Ä".nfc.utf8) == [0xC3, 0x84])
    }

    @Test func findsAnASCIICharacterAsTheUTF8ViewDoes() {
        let words = ["Nato-Partner", "faz.net", "Übung", "", "Verteidigungs-ministerium-Sprecherin", "Bu\u{0308}rger-Meister"]
        for word in words {
            for byte in [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "r")] {
                #expect(word.containsASCII(byte) == word.utf8.contains(byte))
            }
        }
        #expect("Nato-Partner".containsASCII(UInt8(ascii: "-")))
        #expect(!"Übung".containsASCII(UInt8(ascii: "-")))
    }
}

@Suite struct BitTableTests {
    @Test func setsAndTestsSingleBits() {
        var table = BitTable(count: 130)
        #expect(!(0..<130).contains { table.contains($0) })
        for bit in [0, 63, 64, 129] { table.insert(bit) }
        #expect((0..<130).filter { table.contains($0) } == [0, 63, 64, 129])
    }
}
