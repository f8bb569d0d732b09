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
}
