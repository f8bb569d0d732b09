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
    /// direct, indirect, attribution, denial, deployment, narration.
    var sentenceWeights: [Int] {
        switch self {
        case .security: [20, 18, 12, 8, 16, 26]
        case .diplomacy: [24, 24, 10, 12, 3, 27]
        case .domestic: [24, 22, 10, 8, 0, 36]
        case .economy: [20, 22, 18, 6, 0, 34]
        case .incident: [16, 14, 22, 6, 2, 40]
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
