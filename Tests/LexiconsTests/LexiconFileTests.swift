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

    @Test func reportsAMissingFileByPath() {
        #expect(throws: LexiconError.unreadable(ProjectPaths.ontology.appendingPathComponent("nope.tsv").path)) {
            try LexiconFile.load("nope.tsv", from: ProjectPaths.ontology)
        }
    }

    @Test func readsBytesAsTheCharacterSplitDoes() throws {
        let texts = [
            "a\tb\r\nc\t \t d \r# x\n\t#y\tz\n\n\r\n  \t\nüber\t„Wort“ – 5 €\tend",
            "\t\t\n#\n x \t", "", "\n\n", "one",
        ]
        for text in texts { #expect(LexiconFile.plainRows(text) == LexiconFile.rows(text)) }
        // Other white space and newlines, and `#` with a combining mark, go by characters.
        for text in ["a\u{00A0}\tb", "a\u{2028}b", "a\u{0085}b", "a\u{000B}b", "#\u{0301}x\ty", "x\u{3000}"] {
            #expect(LexiconFile.plainRows(text) == nil)
            #expect(LexiconFile(name: "t.tsv", text: text).rows == LexiconFile.rows(text))
        }
        for name in ["gazetteer/common-nouns.txt", "gazetteer/countries.tsv", "lexicons/speech-verbs.tsv"] {
            let data = try #require(FileManager.default.contents(atPath: ProjectPaths.ontology.appendingPathComponent(name).path))
            let text = try #require(String(data: data, encoding: .utf8))
            #expect(LexiconFile.plainRows(text) == LexiconFile.rows(text))
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
