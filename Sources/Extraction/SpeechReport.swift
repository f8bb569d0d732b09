import Entities
import NewsGraphModel

/// A piece of reported speech or denial found by a rule, before its speaker is resolved.
struct SpeechReport: Sendable {
    /// `asserts` or `denies`.
    var type: EdgeType
    /// The speaker.
    var speaker: SpeakerSlot
    /// The cue's span (verb and particle, preposition, colon), when there is one.
    var cue: Span?
    /// The content's pieces, in order, as the statement's text is read from them (quotation marks left out).
    var pieces: [Span]
    /// The content's offsets for the edge (a quotation with its marks).
    var contentSpan: Span
    /// How the content is rendered.
    var form: SpeechForm
    /// The rule, for `newsgraph explain`.
    var rule: RuleName
    /// The tokens the report covers (frame and content), so later rules leave them alone.
    var tokens: Range<Int>
    /// The resolved speakers, once resolved.
    var referents: [Referent] = []
    /// Whether the report is quoted words inside another report (see ``DocumentExtraction/findNestedQuotations()``).
    var isQuotedWords = false
}
