import NewsGraphModel

/// The data attributes that GraphML and GEXF both write for nodes and edges,
/// named as in the export contract. Each format adds its own visual ones
/// (labels, colours, sizes, weights) in its own way.
///
/// Values come as an array aligned with ``nodeColumns`` or ``edgeColumns``,
/// nil where a node or edge has no value:
///
///     for (column, value) in zip(GraphAttributes.edgeColumns, GraphAttributes.values(of: edge)) {
///         if let value { print(column.name, value) }
///     }
public enum GraphAttributes {
    /// Every shared node column, in declaration order: `type`, `aliases`
    /// and `documents` (joined by `|`), `text` (Statements), `iri`, `roles` (joined by `|`),
    /// and for Document nodes the article's `url`, `date` and `outlet`.
    public static let nodeColumns = [
        AttributeColumn("type", .string), AttributeColumn("aliases", .string), AttributeColumn("documents", .string),
        AttributeColumn("text", .string), AttributeColumn("iri", .string), AttributeColumn("roles", .string),
        AttributeColumn("url", .string), AttributeColumn("date", .string), AttributeColumn("outlet", .string),
    ]

    /// Every shared edge column, in declaration order: `type`, `document`,
    /// `evidence`, the offsets (`start`/`end` of the sentence, `sourceStart`
    /// ... `contentEnd`), `form`, the deployment's `quantity`, `approximate`,
    /// `unit`, `destination`, `claimedBy`, the article's `date`, and the `rule`.
    public static let edgeColumns = [
        AttributeColumn("type", .string), AttributeColumn("document", .string), AttributeColumn("evidence", .string),
        AttributeColumn("start", .int), AttributeColumn("end", .int),
        AttributeColumn("sourceStart", .int), AttributeColumn("sourceEnd", .int),
        AttributeColumn("cueStart", .int), AttributeColumn("cueEnd", .int),
        AttributeColumn("contentStart", .int), AttributeColumn("contentEnd", .int),
        AttributeColumn("form", .string), AttributeColumn("quantity", .long), AttributeColumn("approximate", .boolean),
        AttributeColumn("unit", .string), AttributeColumn("destination", .string), AttributeColumn("claimedBy", .string),
        AttributeColumn("date", .string), AttributeColumn("rule", .string),
    ]

    /// A node's values, aligned with ``nodeColumns``; empty ones are nil.
    /// The article's url, date and outlet come from `graph` for Document nodes.
    public static func values(of node: Node, in graph: Graph) -> [String?] {
        let article = node.type == .document ? node.documents.first.flatMap(graph.document(withID:)) : nil
        return [
            node.type.rawValue, joined(node.aliases), joined(node.documents), nonEmpty(node.text), node.iri,
            joined(node.roles), nonEmpty(article?.url), nonEmpty(article?.date), nonEmpty(article?.outlet),
        ]
    }

    /// An edge's values, aligned with ``edgeColumns``; absent ones are nil.
    public static func values(of edge: Edge) -> [String?] {
        let deployment = edge.deployment
        return [
            edge.type.rawValue, edge.provenance.document, nonEmpty(edge.provenance.evidence),
            String(edge.provenance.sentence.start), String(edge.provenance.sentence.end),
            edge.sourceSpan.map { String($0.start) }, edge.sourceSpan.map { String($0.end) },
            edge.cueSpan.map { String($0.start) }, edge.cueSpan.map { String($0.end) },
            edge.contentSpan.map { String($0.start) }, edge.contentSpan.map { String($0.end) },
            edge.form?.rawValue, deployment?.quantity.map { String($0) }, deployment.map { $0.approximate ? "true" : "false" },
            nonEmpty(deployment?.unit), nonEmpty(deployment?.destination), nonEmpty(deployment?.claimedBy),
            nonEmpty(edge.provenance.date), nonEmpty(edge.rule),
        ]
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private static func joined(_ items: [String]) -> String? {
        items.isEmpty ? nil : items.joined(separator: "|")
    }
}
