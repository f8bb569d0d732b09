import Entities
import NewsGraphModel

/// Who a report is from: a noun phrase still to resolve, or a referent already resolved.
enum SpeakerSlot: Hashable, Sendable {
    /// A phrase (or the phrases of a coordination: `Moskau und Pjöngjang`).
    case phrases([NounPhrase])
    /// A referent taken over from an earlier report (free-indirect continuation).
    case referent(Referent)
    /// The speaker of the last report before this token, named here by an
    /// anaphoric adverb (`demnach`) at this span.
    case previous(token: Int, span: Span)
    /// No speaker is named (`es hieß`, `wurde mitgeteilt`): an unnamed source with this description.
    case impersonal(String)
}
