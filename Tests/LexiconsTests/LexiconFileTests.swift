import Foundation
import Testing
import TestSupport
@testable import Lexicons

@Suite struct LexiconFileTests {
    @Test func parsesTabSeparatedRowsAndSkipsComments() {
        let file = LexiconFile(name: "t.tsv", text: "# comment\nsagen\tspeech\n\n  \ndementieren\tdenial\textra \n")
        #expect(file.rows == [["sagen", "speech"], ["dementieren", "denial", "extra"]])
        #expect(file.firstColumn == ["sagen", "dementieren"])
    }

    @Test func locatesTheCheckoutsOntologyFolder() throws {
        let folder = try #require(OntologyDirectory.locate())
        #expect(folder.standardizedFileURL.path == ProjectPaths.ontology.standardizedFileURL.path)
    }

    @Test func turnsBytesThatAreNotUTF8Down() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for bad: [UInt8] in [[0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82]] {
            try Data(Array("sagen\tspeech\n".utf8) + bad + Array("\tx\n".utf8)).write(to: folder.appendingPathComponent("t.tsv"))
            #expect(throws: LexiconError.notUTF8(folder.appendingPathComponent("t.tsv").path)) {
                try LexiconFile.load("t.tsv", from: folder)
            }
        }
        try Data("sagen\tspeech\nüber\t„Wort“\n".utf8).write(to: folder.appendingPathComponent("t.tsv"))
        #expect(try LexiconFile.load("t.tsv", from: folder).rows == [["sagen", "speech"], ["über", "„Wort“"]])
    }

    @Test func reportsAMissingFileByPath() {
        #expect(throws: LexiconError.unreadable(ProjectPaths.ontology.appendingPathComponent("nope.tsv").path)) {
            try LexiconFile.load("nope.tsv", from: ProjectPaths.ontology)
        }
    }

    /// The rows read from a text's bytes.
    static func plainRows(_ text: String) -> [[String]]? {
        var text = text
        return text.withUTF8(LexiconFile.plainRows)
    }

    @Test func readsBytesAsTheCharacterSplitDoes() throws {
        let texts = [
            "a\tb\r\nc\t \t d \r# x\n\t#y\tz\n\n\r\n  \t\nüber\t„Wort“ – 5 €\tend",
            "\t\t\n#\n x \t", "", "\n\n", "one",
        ]
        for text in texts { #expect(Self.plainRows(text) == LexiconFile.rows(text)) }
        // Other white space and newlines, and `#` with a combining mark, go by characters.
        for text in ["a\u{00A0}\tb", "a\u{2028}b", "a\u{0085}b", "a\u{000B}b", "#\u{0301}x\ty", "x\u{3000}"] {
            #expect(Self.plainRows(text) == nil)
            #expect(LexiconFile(name: "t.tsv", text: text).rows == LexiconFile.rows(text))
        }
        for name in ["gazetteer/common-nouns.txt", "gazetteer/countries.tsv", "lexicons/speech-verbs.tsv"] {
            let data = try #require(FileManager.default.contents(atPath: ProjectPaths.ontology.appendingPathComponent(name).path))
            let text = try #require(String(data: data, encoding: .utf8))
            #expect(Self.plainRows(text) == LexiconFile.rows(text))
        }
    }
}

@Suite struct LexiconAlternativesTests {
    @Test func splitsAtBarsAndTrimsAsFoundationDoes() {
        let fields = [
            "Nato | NATO||", "", " | ", "\tKiew|Kyjiw ", "a\u{00A0}|\u{2003}b\u{3000}", "Straße|Über\u{0301}", " \u{301}x", "|x|",
            "\u{00A0} \u{00A0}Kyjiw\u{00A0}\t\u{00A0}|Köln", "\u{00A0}", "\u{00A0}|\u{00A0}", "a\u{00A0}b|ß|Ärzte \t", "|\u{301}x|y",
            "x\u{00A0}", "\u{00A0}\u{00A0}x", "Ä|ß|\u{00A0}Ö",
        ]
        for field in fields {
            let reference = field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(LexiconFile.alternatives(field) == reference, "\(field.debugDescription)")
        }
    }
}
