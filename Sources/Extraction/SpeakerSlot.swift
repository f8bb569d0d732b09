import Entities

/// Who a report is from: a noun phrase still to resolve, or a referent already resolved.
enum SpeakerSlot: Hashable, Sendable {
    /// A phrase (or the phrases of a coordination: `Moskau und Pjöngjang`).
    case phrases([NounPhrase])
    /// A referent taken over from an earlier report (free-indirect continuation).
    case referent(Referent)
}
