import Foundation
import Testing
import TestSupport

@testable import Lexicons

@Suite struct WordListTests {
    /// A list file in a fresh folder, loaded as `WordList.load` reads it.
    static func load(_ text: String, lowercased: Bool) throws -> WordList {
        try load(Data(text.utf8), lowercased: lowercased)
    }

    static func load(_ data: Data, lowercased: Bool) throws -> WordList {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wordlist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try data.write(to: folder.appendingPathComponent("list.txt"))
        return try WordList.load("list.txt", from: folder, lowercased: lowercased)
    }

    /// What the lists were before: `Set` of the first column, lower-cased or not.
    static func reference(_ text: String, lowercased: Bool) -> Set<String> {
        let words = LexiconFile(name: "list.txt", text: text).firstColumn
        return Set(lowercased ? words.map { $0.lowercased() } : words)
    }

    static let texts = [
        "# comment\nAIX\nAachener\n\n  \nÄrzte\nStraße\nSTRASSE\nÜbung\r\nübung\nÜbung\n\tEinzug \t\nZ\tsecond field\n",
        "e\u{301}te\u{301}\nÉté\nCafé\nCafe\u{301}\nΣοφία\nİstanbul\nÆgir\n×\nÞorn\n#Kommentar\n  # eingerückt\n",
        "", "\n\n", "ein", "a\u{00A0}b\nc\n", "#\u{0301}x\ny\n",
    ]

    @Test func holdsWhatASetOfTheFirstColumnHolds() throws {
        let probes = [
            "AIX", "aix", "Aachener", "aachener", "Ärzte", "ärzte", "Straße", "straße", "STRASSE", "strasse", "Übung",
            "übung", "Einzug", "einzug", "Z", "z", "second field", "été", "e\u{301}te\u{301}", "Été", "été", "Café", "café",
            "cafe\u{301}", "Σοφία", "σοφία", "İstanbul", "i̇stanbul", "istanbul", "Ægir", "ægir", "×", "Þorn", "þorn",
            "#Kommentar", "# comment", "comment", "", " ", "a\u{00A0}b", "c", "#\u{0301}x", "y", "ein",
        ]
        for text in Self.texts {
            for lowercased in [false, true] {
                let list = try Self.load(text, lowercased: lowercased)
                let reference = Self.reference(text, lowercased: lowercased)
                #expect(list.count == reference.count, "\(text.debugDescription) \(lowercased)")
                for probe in probes + Array(reference) {
                    #expect(list.contains(probe) == reference.contains(probe), "\(probe.debugDescription) in \(text.debugDescription) \(lowercased)")
                }
            }
        }
    }

    @Test func readsTheOntologysListsAsTheirSetsWere() throws {
        for name in ["gazetteer/common-nouns.txt", "gazetteer/first-names.txt", "gazetteer/uninflected-words.txt"] {
            let data = try #require(FileManager.default.contents(atPath: ProjectPaths.ontology.appendingPathComponent(name).path))
            let text = try #require(String(data: data, encoding: .utf8))
            for lowercased in [false, true] {
                let list = try WordList.load(name, from: ProjectPaths.ontology, lowercased: lowercased)
                let reference = Self.reference(text, lowercased: lowercased)
                #expect(list.count == reference.count)
                #expect(reference.allSatisfy(list.contains))
            }
        }
    }

    @Test func turnsInvalidUTF8Down() {
        #expect(throws: LexiconError.self) { try Self.load(Data([0x41, 0x0A, 0xC3, 0x28, 0x0A]), lowercased: true) }
        // An overlong form, a surrogate, a scalar above U+10FFFF, a lone continuation byte, a cut sequence.
        for bad: [UInt8] in [[0xC0, 0x81], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82]] {
            let data = Data(Array("Wort\nLangesWortGenug\n".utf8) + bad + Array("\tzweites Feld\nEnde\n".utf8))
            #expect(throws: LexiconError.self) { try Self.load(data, lowercased: true) }
            #expect(throws: LexiconError.self) { try Self.load(data, lowercased: false) }
        }
    }

    /// The file lower-cased eight ASCII bytes at a time, Latin-1 capitals wherever they fall in a chunk.
    @Test func lowerCasesLatin1AsStringsDo() {
        let latin1 = String(String.UnicodeScalarView((0x20...0xFF).compactMap(Unicode.Scalar.init)))
        for prefix in ["", "A", "AB", "ABCDEFG", "ABCDEFGH"] {
            for text in [prefix + latin1, prefix + "ÄRZTE-ÜBUNGSPLATZ\nStraße\tÀÉÎ×Þ", prefix + "Ä", prefix] {
                let lowered = Array(text.utf8).withUnsafeBufferPointer(WordList.lowercasedLatin1)
                #expect(lowered == Array(text.lowercased().utf8), "\(text.debugDescription)")
            }
        }
    }

    /// Words of every length around the eight-byte chunks, at the file's end or not.
    @Test func lowerCasesWordsOfEveryLengthAsStrings() throws {
        let words = (1...30).map { length in String("ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{".prefix(length)) } + ["ÄRZTE-ÜBUNGSPLATZ", "Straße"]
        for text in [words.joined(separator: "\n"), words.joined(separator: "\n") + "\n", words.reversed().joined(separator: " \t x\n")] {
            let list = try Self.load(text, lowercased: true)
            let reference = Self.reference(text, lowercased: true)
            #expect(list.count == reference.count)
            #expect(reference.allSatisfy(list.contains), "\(text.debugDescription)")
            #expect(!words.filter { $0 != $0.lowercased() }.contains(where: list.contains))
        }
    }

    @Test func keepsWordsInsertedAndFromLiterals() {
        var list: WordList = ["Regierung", "été", "Regierung"]
        #expect(list.count == 2)
        list.insert("e\u{301}te\u{301}")
        list.insert("Minister")
        #expect(list.count == 3)
        #expect(list.contains("Regierung") && !list.contains("regierung") && list.contains("été") && list.contains("Minister"))
        #expect(!WordList().contains("") && !WordList().contains("x"))
        let many = WordList((0..<5_000).map { "wort\($0)" })
        #expect(many.count == 5_000 && many.contains("wort4999") && !many.contains("wort5000"))
    }

    @Test func findsListedSuffixesByScalars() {
        let list: WordList = ["minister", "übung", "straße", "rat"]
        func has(_ word: String, _ counts: ClosedRange<Int>) -> Bool {
            Array(word.utf8).withUnsafeBufferPointer { list.hasListedSuffix(of: $0, scalarCounts: counts) }
        }
        #expect(has("verteidigungsminister", 5...20))
        #expect(!has("verteidigungsminister", 1...7))
        #expect(has("nato-übung", 5...5) && !has("nato-übung", 6...9))
        #expect(has("hauptstraße", 3...8))
        #expect(has("stadtrat", 3...3) && !has("stadtrat", 4...8))
        #expect(!has("", 1...9) && !has("ministe", 1...9))
    }
}
