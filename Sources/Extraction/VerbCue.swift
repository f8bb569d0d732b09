/// A verb of a lexicon found in a sentence, with its particle.
struct VerbCue: Hashable, Sendable {
    /// The entry matched.
    var entry: VerbEntry
    /// The verb's token.
    var verb: Int
    /// The particle's tokens, when the verb is separable and split (`teilte ... mit`, `bekannt gegeben`).
    var particle: Range<Int>?
    /// Whether the verb form is finite (not a participle or infinitive).
    var isFinite: Bool
    /// Whether the verb form is a past participle (with `werden`: a passive).
    var isParticiple = false

    /// The last token of the cue (the particle when split after the verb).
    var lastToken: Int { max(verb, particle.map { $0.upperBound - 1 } ?? verb) }
}
