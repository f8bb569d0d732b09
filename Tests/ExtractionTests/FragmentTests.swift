import Extraction
import Foundation
import TestSupport
import NewsGraphModel
import Testing

/// Fragments of sentences, as crawlers and broken pages deliver them, go through every rule without a
/// trap (found by feeding shuffled and cut WikiNews-like text through the command; the sentences
/// here are our own).
@Suite struct FragmentTests {
    @Test(arguments: [
        "genannt. Abzug",  // a participle of a verb of saying opens the text
        "Wie zu wurde bestätigt -",  // `wie` opens a sentence whose verb is impersonal
        "bestätigt",
        "Wie",
        "„",
        ", sagte",
        "Laut",
        "zufolge.",
        "nach denen",
        "Er sagte: „",
        "wies zurück, da",
        "Will",
    ])
    func fragmentsAreAnalysedWithoutATrap(_ text: String) {
        let analysis = Fixture.analyze(text)
        let length = text.unicodeScalars.count
        for edge in analysis.edges {
            for span in [edge.sourceSpan, edge.cueSpan, edge.contentSpan].compactMap({ $0 }) {
                #expect(0 <= span.start && span.start <= span.end && span.end <= length, "\(span) in \(text)")
            }
        }
    }

    @Test func shuffledWordsOfTheExampleCorpusAreAnalysedWithoutATrap() throws {
        let folder = ProjectPaths.seeds
        var words: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            words += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: " ").map(String.init)
        }
        let marks = ["„", "“", ",", ";", ":", "–", ".", "(", ")", "»", "«", "\n", "dass", "sei", "laut", "zufolge", "wie", "so"]
        var generator = SplitMix(seed: 2026)
        for _ in 0..<150 {
            let count = Int(generator.next() % 120) + 1
            let text = (0..<count).map { _ in
                generator.next() % 4 == 0 ? marks[Int(generator.next() % UInt64(marks.count))] : words[Int(generator.next() % UInt64(words.count))]
            }.joined(separator: " ")
            let length = text.unicodeScalars.count
            for edge in Fixture.analyze(text).edges {
                for span in [edge.sourceSpan, edge.cueSpan, edge.contentSpan].compactMap({ $0 }) {
                    #expect(0 <= span.start && span.start <= span.end && span.end <= length)
                }
            }
        }
    }
}

/// A small seeded random number generator, so that the shuffles are the same on every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
