import Foundation
import Testing

@testable import CorpusGenerator

@Suite("Generated articles")
struct CorpusGeneratorTests {
    /// The first 400 articles of seed 7, made once.
    static let sample: [GeneratedArticle] = Array(CorpusGenerator(seed: 7).prefix(400))

    @Test("The same seed gives the same corpus; another seed another one")
    func determinism() {
        let again = Array(CorpusGenerator(seed: 7).prefix(400))
        #expect(again == Self.sample)
        let other = Array(CorpusGenerator(seed: 8).prefix(20))
        #expect(other.map(\.body) != Self.sample.prefix(20).map(\.body))
    }

    @Test("The corpus of a seed is fixed: these bytes must not change unnoticed")
    func fixedDigest() {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for article in CorpusGenerator(seed: 1).prefix(50) {
            for byte in article.jsonLine.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        #expect(String(hash, radix: 16) == CorpusGeneratorTests.seedOneDigest)
    }

    /// FNV-1a of the JSON lines of the first 50 articles of seed 1. Update it
    /// (and say so in Benchmarks/README.md) when the generator changes on purpose.
    static let seedOneDigest = "ad31472cc8475ebc"

    @Test("Ids count up, dates advance a day every 24 articles")
    func idsAndDates() {
        #expect(Self.sample[0].id == "gen-000001")
        #expect(Self.sample[399].id == "gen-000400")
        #expect(Self.sample[0].fileName == "gen-000001.txt")
        #expect(Self.sample[0].date == "2019-01-01")
        #expect(Self.sample[23].date == "2019-01-01")
        #expect(Self.sample[24].date == "2019-01-02")
        #expect(Set(Self.sample.map(\.id)).count == Self.sample.count)
    }

    @Test("Articles have the shape of news: headline, paragraphs of finished sentences")
    func shape() {
        for article in Self.sample {
            #expect(!article.title.isEmpty && !article.title.contains("\n"))
            #expect(article.paragraphs.count >= 3)
            #expect(article.plainText.hasPrefix(article.title + "\n\n"))
            for paragraph in article.paragraphs {
                #expect(!paragraph.contains("\n"))
                #expect(paragraph.first?.isUppercase == true || paragraph.first == "„")
                #expect([".", "“", "?"].contains(paragraph.last), "\(paragraph)")
            }
            let text = article.plainText
            #expect(!text.contains("{") && !text.contains("}"))
            #expect(!text.contains("  ") && !text.contains(" ,") && !text.contains(" ."))
            #expect(text.filter { $0 == "„" }.count == text.filter { $0 == "“" }.count)
        }
        let bytes = Self.sample.map { $0.body.utf8.count }
        let average = bytes.reduce(0, +) / bytes.count
        #expect((1_000...2_400).contains(average))
        #expect(Set(bytes).count > 300)
    }

    @Test("Every kind of sentence the extractor reads comes up")
    func variety() {
        let text = Self.sample.map(\.body).joined(separator: "\n")
        for cue in [
            "“, sagte", "„", "“, so ", ", es gehe um", "Laut ", " zufolge ", "Nach Angaben ", "wies zurück, dass",
            "bestritt, dass", "dementierte, dass", " Soldaten ", " schickt ", " sei ", "mitteilte",
        ] {
            #expect(text.contains(cue), "no \(cue)")
        }
        #expect(text.range(of: #"\d{1,3}\.\d{3} "#, options: .regularExpression) != nil)
        #expect(text.contains("Präsident") && text.contains("Außenministerin"))
    }

    @Test("People recur and new ones keep coming")
    func population() {
        var generator = CorpusGenerator(seed: 7)
        for _ in 0..<200 { _ = generator.article() }
        let early = generator.peopleCount
        for _ in 0..<1_800 { _ = generator.article() }
        let late = generator.peopleCount
        #expect(early > 100)
        #expect(late > 2 * early && late < 10 * early)
    }

    @Test("A JSON line holds the article's fields")
    func jsonLine() throws {
        let article = Self.sample[3]
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(article.jsonLine.utf8)) as? [String: String])
        #expect(object == ["id": article.id, "title": article.title, "date": article.date, "text": article.body])
        #expect(JSONString.quoted("a\"b\\c\nd\u{1}") == #""a\"b\\c\nd\u0001""#)
    }
}
