/// Makes German news articles without end, the same ones for the same seed.
///
/// Each article is a story of one kind (security, diplomacy, domestic
/// politics, economy, an incident) about one to four people, two countries,
/// a place and an organisation: a headline, then paragraphs of direct and
/// indirect speech, attributions (`laut X`, `nach Angaben von X`), denials,
/// troop deployments and narration, in varied order. People, organisations
/// and places are drawn from ``ActorUrn``s, so frequent actors keep coming
/// back while new ones keep appearing, as in a real corpus. Everything is
/// written from the generator's own patterns.
///
/// The articles come one after another, each depending on those before it
/// (who has been in the news), so the first 1,000 articles of a 100,000
/// article corpus are the 1,000 article corpus of the same seed.
///
/// ```swift
/// var generator = CorpusGenerator(seed: 42)
/// for article in generator.prefix(3) { print(article.plainText) }
/// ```
public struct CorpusGenerator: Sendable, Sequence, IteratorProtocol {
    /// How many articles are dated the same day.
    public static let articlesPerDay = 24
    /// The date of the first articles: 2019-01-01, in days since 1970-01-01.
    public static let firstDay = 17_897

    /// The seed.
    public let seed: UInt64
    /// How many articles have been made so far.
    public private(set) var count = 0
    /// How many distinct people the articles so far have named.
    public var peopleCount: Int { population.personCount }

    private var random: SplitMix64
    private var population = Population()

    /// Creates a generator; equal seeds give equal corpora.
    public init(seed: UInt64) {
        self.seed = seed
        random = SplitMix64(seed: seed)
    }

    /// The next article; never nil.
    public mutating func next() -> GeneratedArticle? {
        article()
    }

    /// The next article.
    public mutating func article() -> GeneratedArticle {
        count += 1
        let kind = StoryKind.draw(using: &random)
        var story = newStory()
        let title = story.sentence(random.pick(Phrasebook.headlines), using: &random)
        let speakers = Self.speakerTables[story.people.count - 1]
        var sentences: [String] = []
        for _ in 0..<random.int(in: 10...32) {
            story.speaker = speakers.draw(using: &random)
            sentences.append(story.sentence(random.pick(kind.sentenceKind(using: &random).templates), using: &random))
        }
        var paragraphs: [String] = []
        var rest = sentences[...]
        while !rest.isEmpty {
            let size = paragraphs.isEmpty ? random.int(in: 1...2) : random.int(in: 1...4)
            paragraphs.append(rest.prefix(size).joined(separator: " "))
            rest = rest.dropFirst(size)
        }
        let number = String(count)
        return GeneratedArticle(
            id: "gen-" + String(repeating: "0", count: Swift.max(0, 6 - number.count)) + number, title: title,
            date: CalendarDay.iso(daysSince1970: Self.firstDay + (count - 1) / Self.articlesPerDay),
            paragraphs: paragraphs)
    }

    /// One to four people, mostly two or three, their home country, another country, a place and an organisation.
    private mutating func newStory() -> Story {
        let castSize = [1, 2, 2, 2, 3, 3, 3, 4, 4, 1][random.int(below: 10)]
        var people: [Person] = []
        for _ in 0..<castSize {
            for _ in 0..<4 {
                let person = population.person(using: &random)
                if !people.contains(person) {
                    people.append(person)
                    break
                }
            }
        }
        let home = people.lazy.compactMap(\.country).first ?? population.country(using: &random)
        var other = population.country(using: &random)
        for _ in 0..<8 where other == home { other = population.country(using: &random) }
        if other == home { other = Country.all[((Country.all.firstIndex(of: home) ?? 0) + 1) % Country.all.count] }
        return Story(
            people: people, home: home, other: other, place: population.place(using: &random),
            organisation: population.organisation(using: &random))
    }

    /// Who speaks: the main person most, by Zipf's law, for casts of one to four.
    private static let speakerTables = (1...4).map { ZipfTable(count: $0, exponent: 1.2) }
}
