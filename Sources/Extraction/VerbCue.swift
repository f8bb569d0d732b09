/// A verb of a lexicon found in a sentence, with its particle.
///
/// It holds its lexicon and the entry's index there, not a copy of the entry
/// (a copy retains the entry's strings and sets, which every thread shares).
struct VerbCue: Sendable {
    /// The lexicon the verb is in.
    let verbs: VerbLexicon
    /// The index of the entry matched in ``verbs``.
    var entryIndex: Int
    /// The entry matched.
    var entry: VerbEntry { verbs.entries[entryIndex] }
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
