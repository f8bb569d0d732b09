/// One verb of a verb lexicon.
public struct VerbEntry: Hashable, Sendable {
    /// The infinitive (`mitteilen`).
    public var lemma: String
    /// The separable particle's words, lower-cased (`mit`; `von sich`), empty when none.
    public var particle: [String]
    /// The frames it takes.
    public var frames: VerbFrames

    /// Creates an entry.
    public init(lemma: String, particle: [String], frames: VerbFrames) {
        self.lemma = lemma
        self.particle = particle
        self.frames = frames
    }
}
