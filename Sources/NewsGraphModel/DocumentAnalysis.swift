/// An entity as one document names it, before cross-document resolution.
public struct EntityRef: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The entity's type.
    public var type: NodeType
    /// The name the document's analysis settled on (gazetteer name or fullest form seen).
    public var name: String

    /// Creates a reference.
    public init(_ type: NodeType, _ name: String) {
        self.type = type
        self.name = name
    }

    public static func < (lhs: EntityRef, rhs: EntityRef) -> Bool { (lhs.type, lhs.name) < (rhs.type, rhs.name) }

    public var description: String { "\(type.rawValue) \(name)" }
}

/// One place in a document's text that refers to an entity.
public struct Mention: Hashable, Sendable {
    /// What it refers to.
    public var entity: EntityRef
    /// The text as written (`Selenskyjs`, `der Präsident`, `er`).
    public var surface: String
    /// Where it is.
    public var span: Span
    /// A role written next to the name (`Außenminister`), when there is one.
    public var role: String?
    /// Whether the surface is a name (not a role noun or pronoun): names become aliases.
    public var isName: Bool
    /// The rule or lexicon entry that found it, for `newsgraph explain`.
    public var rule: String

    /// Creates a mention.
    public init(entity: EntityRef, surface: String, span: Span, role: String? = nil, isName: Bool = true, rule: String) {
        self.entity = entity
        self.surface = surface
        self.span = span
        self.role = role
        self.isName = isName
        self.rule = rule
    }
}

/// What an extracted edge points at.
public enum EdgeTarget: Hashable, Sendable {
    /// A Statement with this content (asserts, denies; deploys with no destination).
    case statement(String)
    /// An entity (a deployment's destination).
    case entity(EntityRef)
}

/// An edge as extraction read it from one document, with document-level names.
public struct ExtractedEdge: Hashable, Sendable {
    /// The relation.
    public var type: EdgeType
    /// The actor.
    public var source: EntityRef
    /// The Statement or destination.
    public var target: EdgeTarget
    /// The sentence (or sentences) it was read from, and their offsets.
    public var evidence: String
    public var sentence: Span
    /// Offsets of the source mention, the cue and the content.
    public var sourceSpan: Span?
    public var cueSpan: Span?
    public var contentSpan: Span?
    /// How the content is rendered (asserts, denies).
    public var form: SpeechForm?
    /// Deployment attributes; `destination` and `claimedBy` hold document-level names.
    public var deployment: Deployment?
    /// The rule or lexicon entry behind it.
    public var rule: String

    /// Creates an extracted edge. (Inlinable: built in the caller's place, not in a temporary copied out and
    /// destroyed.)
    @inlinable
    public init(
        type: EdgeType, source: EntityRef, target: EdgeTarget, evidence: String, sentence: Span,
        sourceSpan: Span? = nil, cueSpan: Span? = nil, contentSpan: Span? = nil, form: SpeechForm? = nil,
        deployment: Deployment? = nil, rule: String
    ) {
        self.type = type
        self.source = source
        self.target = target
        self.evidence = evidence
        self.sentence = sentence
        self.sourceSpan = sourceSpan
        self.cueSpan = cueSpan
        self.contentSpan = contentSpan
        self.form = form
        self.deployment = deployment
        self.rule = rule
    }
}

/// Everything extraction found in one document: the input to resolution.
public struct DocumentAnalysis: Hashable, Sendable {
    /// The document.
    public var document: DocumentInfo
    /// Every entity mention, in text order.
    public var mentions: [Mention]
    /// Every edge, in text order.
    public var edges: [ExtractedEdge]

    /// Creates an analysis.
    public init(document: DocumentInfo, mentions: [Mention] = [], edges: [ExtractedEdge] = []) {
        self.document = document
        self.mentions = mentions
        self.edges = edges
    }
}
