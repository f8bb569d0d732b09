/// One verb of a verb lexicon.
public struct VerbEntry: Hashable, Sendable {
    /// The infinitive (`mitteilen`).
    public var lemma: String
    /// The separable particle's words, lower-cased (`mit`; `von sich`), empty when none.
    public var particle: [String]
    /// The frames it takes.
    public var frames: VerbFrames
    /// Prepositions one of which its object must hold to be content (`sprechen von|über`), empty when any object is.
    public var objectPrepositions: Set<String>

    /// Creates an entry.
    public init(lemma: String, particle: [String], frames: VerbFrames, objectPrepositions: Set<String> = []) {
        self.lemma = lemma
        self.particle = particle
        self.frames = frames
        self.objectPrepositions = objectPrepositions
    }
}
