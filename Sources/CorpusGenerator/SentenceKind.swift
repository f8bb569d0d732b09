/// The kinds of sentence an article is made of, each with its patterns.
enum SentenceKind: CaseIterable {
    case directSpeech, indirectSpeech, attribution, denial, deployment, narration

    /// The patterns of this kind.
    var templates: [Template] {
        switch self {
        case .directSpeech: Phrasebook.directSpeech
        case .indirectSpeech: Phrasebook.indirectSpeech
        case .attribution: Phrasebook.attribution
        case .denial: Phrasebook.denial
        case .deployment: Phrasebook.deployment
        case .narration: Phrasebook.narration
        }
    }
}
