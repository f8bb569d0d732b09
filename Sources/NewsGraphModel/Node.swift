/// One node of the graph: an entity, a Statement, an unnamed source or a document.
public struct Node: Hashable, Sendable, Identifiable {
    /// The node id, unique in the graph and stable across runs (see ``Identifier``).
    public var id: String
    /// What the node stands for.
    public var type: NodeType
    /// The canonical name; for Statements a short form of the content.
    public var label: String
    /// Every other surface form seen, sorted.
    public var aliases: [String]
    /// The ids of the documents that mention it, sorted.
    public var documents: [String]
    /// Statements: the full content text. Documents: the headline.
    public var text: String?
    /// Roles seen next to the name (`Präsident`, `Nato-Generalsekretär`), sorted.
    public var roles: [String]

    /// Creates a node.
    public init(
        id: String, type: NodeType, label: String, aliases: [String] = [], documents: [String] = [],
        text: String? = nil, roles: [String] = []
    ) {
        self.id = id
        self.type = type
        self.label = label
        self.aliases = aliases
        self.documents = documents
        self.text = text
        self.roles = roles
    }

    /// The node's IRI in the RDF export.
    public var iri: String { Identifier.iri(for: id) }
}
