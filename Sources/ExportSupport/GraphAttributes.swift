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
        var values = [String?](repeating: nil, count: nodeColumns.count)
        withUnsafePointer(to: node) { node in
            graph.documents.withUnsafeBufferPointer { documents in
                forEachValue(of: node, documents: documents) { column, value in values[column] = value.text }
            }
        }
        return values
    }

    /// An edge's values, aligned with ``edgeColumns``; absent ones are nil.
    public static func values(of edge: Edge) -> [String?] {
        var values = [String?](repeating: nil, count: edgeColumns.count)
        withUnsafePointer(to: edge) { edge in forEachValue(of: edge) { column, value in values[column] = value.text } }
        return values
    }

    /// Calls `body` with the index in ``nodeColumns`` and the value of every
    /// column the node has a value for, in column order: the same values as
    /// ``values(of:in:)``, without building their text. The node is read in
    /// place, and a Document node's article is found among the graph's
    /// `documents` (sorted by id) in place: copying either would retain
    /// every string it holds. Text is handed to `body` where it is stored
    /// (see ``AttributeValue``). Inlinable, so that each exporter's `body` is inlined into it.
    @inlinable
    public static func forEachValue(
        of node: UnsafePointer<Node>, documents: UnsafeBufferPointer<DocumentInfo>,
        _ body: (_ column: Int, _ value: AttributeValue) -> Void
    ) {
        body(0, .constant(node.pointee.type.rawValue))
        if !node.pointee.aliases.isEmpty { body(1, .joined(node.pointer(to: \.aliases)!)) }
        if !node.pointee.documents.isEmpty { body(2, .joined(node.pointer(to: \.documents)!)) }
        if node.pointee.text?.isEmpty == false { body(3, .presentText(node.pointer(to: \.text)!)) }
        body(4, .iri(id: node.pointer(to: \.id)!))
        if !node.pointee.roles.isEmpty { body(5, .joined(node.pointer(to: \.roles)!)) }
        guard node.pointee.type == .document, let found = article(of: node, in: documents) else { return }
        let article = documents.baseAddress! + found
        if article.pointee.url?.isEmpty == false { body(6, .presentText(article.pointer(to: \.url)!)) }
        if article.pointee.date?.isEmpty == false { body(7, .presentText(article.pointer(to: \.date)!)) }
        if article.pointee.outlet?.isEmpty == false { body(8, .presentText(article.pointer(to: \.outlet)!)) }
    }

    /// The index in `documents` of the article of a Document node: its first document.
    @usableFromInline
    static func article(of node: UnsafePointer<Node>, in documents: UnsafeBufferPointer<DocumentInfo>) -> Int? {
        guard let id = node.pointee.documents.first else { return nil }
        return Graph.index(of: id, in: documents)
    }

    /// Calls `body` with the index in ``edgeColumns`` and the value of every
    /// column the edge has a value for, in column order: the same values as
    /// ``values(of:)``, without building their text. Text is handed to `body`
    /// where it is stored (see ``AttributeValue``). Inlinable, so that
    /// each exporter's `body` is inlined into it.
    @inlinable
    public static func forEachValue(of edge: UnsafePointer<Edge>, _ body: (_ column: Int, _ value: AttributeValue) -> Void) {
        body(0, .constant(edge.pointee.type.rawValue))
        body(1, .text(edge.pointer(to: \.provenance.document)!))
        if !edge.pointee.provenance.evidence.isEmpty { body(2, .text(edge.pointer(to: \.provenance.evidence)!)) }
        body(3, .integer(edge.pointee.provenance.sentence.start))
        body(4, .integer(edge.pointee.provenance.sentence.end))
        span(edge.pointee.sourceSpan, column: 5, body)
        span(edge.pointee.cueSpan, column: 7, body)
        span(edge.pointee.contentSpan, column: 9, body)
        if let form = edge.pointee.form { body(11, .constant(form.rawValue)) }
        if let deployment = edge.pointee.deployment {
            // Optional inside an optional: read from a copy (deployments are few).
            withUnsafePointer(to: deployment) { deployment in
                if let quantity = deployment.pointee.quantity { body(12, .integer(quantity)) }
                body(13, .boolean(deployment.pointee.approximate))
                if deployment.pointee.unit?.isEmpty == false { body(14, .presentText(deployment.pointer(to: \.unit)!)) }
                if deployment.pointee.destination?.isEmpty == false {
                    body(15, .presentText(deployment.pointer(to: \.destination)!))
                }
                if deployment.pointee.claimedBy?.isEmpty == false { body(16, .presentText(deployment.pointer(to: \.claimedBy)!)) }
            }
        }
        if edge.pointee.provenance.date?.isEmpty == false { body(17, .presentText(edge.pointer(to: \.provenance.date)!)) }
        if !edge.pointee.rule.isEmpty { body(18, .text(edge.pointer(to: \.rule)!)) }
    }

    /// The start and end of `span`, when there is one, as columns `column` and `column + 1`.
    @inlinable
    static func span(_ span: Span?, column: Int, _ body: (Int, AttributeValue) -> Void) {
        guard let span else { return }
        body(column, .integer(span.start))
        body(column + 1, .integer(span.end))
    }
}
