/// Where an edge was read from: the document and the sentence.
public struct Provenance: Hashable, Sendable {
    /// The document id.
    public var document: String
    /// The sentence the edge was read from, verbatim.
    public var evidence: String
    /// The offsets of that sentence (or sentences) in the document text.
    public var sentence: Span
    /// The article's date (ISO 8601), when known.
    public var date: String?

    /// Creates a provenance record (inlinable, so that callers in other modules build it in place).
    @inlinable
    public init(document: String, evidence: String, sentence: Span, date: String? = nil) {
        self.document = document
        self.evidence = evidence
        self.sentence = sentence
        self.date = date
    }
}

/// The attributes of a `deploys` edge.
public struct Deployment: Hashable, Sendable {
    /// The number of troops or units, when stated (`11.000` → 11000).
    public var quantity: Int?
    /// Whether the number is hedged (`etwa`, `rund`, `mehr als`).
    public var approximate: Bool
    /// The head noun of what is sent: Soldaten, Infanteristen, Brigaden.
    public var unit: String?
    /// The canonical name of the destination, when stated.
    public var destination: String?
    /// The canonical name of who reported the deployment, when it is reported speech.
    public var claimedBy: String?

    /// Creates deployment attributes.
    public init(
        quantity: Int? = nil, approximate: Bool = false, unit: String? = nil, destination: String? = nil,
        claimedBy: String? = nil
    ) {
        self.quantity = quantity
        self.approximate = approximate
        self.unit = unit
        self.destination = destination
        self.claimedBy = claimedBy
    }
}

/// A typed, attributed edge. Parallel edges are allowed: each occurrence in
/// the text is its own edge with its own provenance.
public struct Edge: Hashable, Sendable {
    /// The id of the source node (the actor).
    public var source: String
    /// The id of the target node (a Statement, or a deployment's destination).
    public var target: String
    /// The relation.
    public var type: EdgeType
    /// Where it was read from.
    public var provenance: Provenance
    /// The mention of the source actor (name, role noun or pronoun).
    public var sourceSpan: Span?
    /// The cue: the verb, preposition or colon that marks the relation.
    public var cueSpan: Span?
    /// `asserts`/`denies`: the statement's content in the text.
    public var contentSpan: Span?
    /// `asserts`/`denies`: how the content is rendered.
    public var form: SpeechForm?
    /// `deploys`: quantity, unit, destination, claimant.
    public var deployment: Deployment?
    /// The rule or lexicon entry that produced the edge, for `newsgraph explain`.
    public var rule: String

    /// Creates an edge (inlinable, so that callers in other modules build it in place, not copy it in).
    @inlinable
    public init(
        source: String, target: String, type: EdgeType, provenance: Provenance, sourceSpan: Span? = nil,
        cueSpan: Span? = nil, contentSpan: Span? = nil, form: SpeechForm? = nil, deployment: Deployment? = nil,
        rule: String = ""
    ) {
        self.source = source
        self.target = target
        self.type = type
        self.provenance = provenance
        self.sourceSpan = sourceSpan
        self.cueSpan = cueSpan
        self.contentSpan = contentSpan
        self.form = form
        self.deployment = deployment
        self.rule = rule
    }

    /// A stable id for the edge, derived from its content, for RDF and GEXF:
    /// `edge-` and ``idHash`` in hexadecimal.
    public var id: String { Self.id(forHash: idHash) }

    /// The hash behind ``id``: FNV-1a of type, source, target, document and
    /// the spans of sentence, source, cue and content (`start..<end`),
    /// joined by `|`. Two edges have the same id exactly when they have the same hash.
    public var idHash: UInt64 {
        var hash = StableHash()
        hash.add(type.rawValue)
        hash.add(byte: UInt8(ascii: "|"))
        hash.add(source)
        hash.add(byte: UInt8(ascii: "|"))
        hash.add(target)
        hash.add(byte: UInt8(ascii: "|"))
        hash.add(provenance.document)
        hash.add(byte: UInt8(ascii: "|"))
        Self.add(provenance.sentence, to: &hash)
        Self.add(optional: sourceSpan, to: &hash)
        Self.add(optional: cueSpan, to: &hash)
        Self.add(optional: contentSpan, to: &hash)
        return hash.value
    }

    /// The id of an edge whose ``idHash`` is `hash`.
    public static func id(forHash hash: UInt64) -> String { StableHash.hex(hash, after: "edge-") }

    /// Adds `|` and a span, or `|` alone for none.
    private static func add(optional span: Span?, to hash: inout StableHash) {
        hash.add(byte: UInt8(ascii: "|"))
        if let span { add(span, to: &hash) }
    }

    /// Adds a span as its description writes it: `start..<end`.
    private static func add(_ span: Span, to hash: inout StableHash) {
        hash.add(span.start)
        hash.add("..<")
        hash.add(span.end)
    }

    /// The order edges are exported in: by document, then position, then kind.
    public static func exportOrder(_ lhs: Edge, _ rhs: Edge) -> Bool {
        let l = (lhs.provenance.document, lhs.provenance.sentence.start, lhs.cueSpan?.start ?? -1, lhs.type.rawValue)
        let r = (rhs.provenance.document, rhs.provenance.sentence.start, rhs.cueSpan?.start ?? -1, rhs.type.rawValue)
        if l != r { return l < r }
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        return lhs.id < rhs.id
    }
}
