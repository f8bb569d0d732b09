/// The relation an edge states.
public enum EdgeType: String, CaseIterable, Hashable, Comparable, Sendable {
    /// An actor said, reported or confirmed a Statement.
    case asserts
    /// An actor rejected the claim a Statement holds.
    case denies
    /// An actor sends, moves or stations forces or personnel to a destination.
    case deploys

    public static func < (lhs: EdgeType, rhs: EdgeType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How the content of an `asserts` or `denies` edge is rendered in the text.
public enum SpeechForm: String, CaseIterable, Hashable, Sendable {
    /// Quoted words: `"Wir sehen ...", so Selenskyj.`
    case direct
    /// A reported clause after a verb of saying: `Er sagte, es gehe um ...`
    case indirect
    /// Attribution by a phrase: `laut X`, `X zufolge`, `nach Angaben von X`.
    case reported
    /// Subjunctive sentences that go on reporting a speaker named earlier.
    case freeIndirect = "free-indirect"
}
