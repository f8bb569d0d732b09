/// A verb of a lexicon found in a sentence, with its particle.
///
/// It holds what the rules ask of its entry (lemma, frames, object prepositions),
/// not the entry itself nor its lexicon: a copy of a cue then retains no object
/// every thread shares (lemmas are short strings, most verbs take any object).
struct VerbCue: Sendable {
    /// The matched entry's infinitive (``VerbEntry/lemma``).
    let lemma: String
    /// The frames the matched entry takes.
    let frames: VerbFrames
    /// The prepositions one of which the matched entry's object must hold to be content
    /// (``VerbEntry/objectPrepositions``).
    let objectPrepositions: Set<String>
    /// The verb's token.
    var verb: Int
    /// The particle's tokens, when the verb is separable and split (`teilte ... mit`, `bekannt gegeben`).
    var particle: Range<Int>?
    /// Whether the verb form is finite (not a participle or infinitive).
    var isFinite: Bool
    /// Whether the verb form is a past participle (with `werden`: a passive).
    var isParticiple: Bool

    /// A cue of entry `entryIndex` of `verbs`.
    init(verbs: VerbLexicon, entryIndex: Int, verb: Int, particle: Range<Int>?, isFinite: Bool, isParticiple: Bool) {
        lemma = verbs.entries[entryIndex].lemma
        frames = verbs.entries[entryIndex].frames
        objectPrepositions = verbs.entries[entryIndex].objectPrepositions
        self.verb = verb
        self.particle = particle
        self.isFinite = isFinite
        self.isParticiple = isParticiple
    }

    /// The last token of the cue (the particle when split after the verb).
    var lastToken: Int { max(verb, particle.map { $0.upperBound - 1 } ?? verb) }
}
