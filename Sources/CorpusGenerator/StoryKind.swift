/// What an article is about, which sets how often each ``SentenceKind`` comes up.
enum StoryKind: CaseIterable {
    case security, diplomacy, domestic, economy, incident

    /// How often each kind of story is written, in percent.
    var share: Int {
        switch self {
        case .security: 35
        case .diplomacy: 25
        case .domestic: 20
        case .economy: 10
        case .incident: 10
        }
    }

    /// Relative weights of the sentence kinds, in ``SentenceKind/allCases`` order:
    /// direct, indirect, attribution, denial, deployment, narration. About
    /// three sentences in ten carry speech, an attribution, a denial or a
    /// deployment: some 3 to 4 edges per kilobyte, as in German WikiNews
    /// (2.5 annotated quotations per kilobyte, before attributions and deployments).
    var sentenceWeights: [Int] {
        switch self {
        case .security: [8, 8, 5, 3, 7, 69]
        case .diplomacy: [10, 10, 4, 5, 1, 70]
        case .domestic: [10, 9, 4, 3, 0, 74]
        case .economy: [8, 9, 8, 2, 0, 73]
        case .incident: [6, 5, 9, 2, 1, 77]
        }
    }

    /// A kind of story, by its share.
    static func draw(using random: inout SplitMix64) -> StoryKind {
        weighted(allCases, weights: allCases.map(\.share), using: &random)
    }

    /// A kind of sentence for this story.
    func sentenceKind(using random: inout SplitMix64) -> SentenceKind {
        Self.weighted(SentenceKind.allCases, weights: sentenceWeights, using: &random)
    }

    private static func weighted<T>(_ items: [T], weights: [Int], using random: inout SplitMix64) -> T {
        var roll = random.int(below: weights.reduce(0, +))
        for (item, weight) in zip(items, weights) {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1]
    }
}
