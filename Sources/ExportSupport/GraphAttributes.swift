import NewsGraphModel

/// The data attributes that GraphML and GEXF both write for nodes and edges,
/// named as in the export contract. Each format adds its own visual ones
/// (labels, colours, sizes, weights) in its own way.
///
///     for item in GraphAttributes.values(of: edge) { print(item.column.name, item.value) }
public enum GraphAttributes {
    /// `type`: the node type.
    public static let nodeType = AttributeColumn("type", .string)
    /// `aliases`: other surface forms, joined by `|`.
    public static let aliases = AttributeColumn("aliases", .string)
    /// `documents`: ids of the mentioning documents, joined by `|`.
    public static let documents = AttributeColumn("documents", .string)
    /// `text`: a Statement's full content.
    public static let text = AttributeColumn("text", .string)
    /// `iri`: the node's IRI in the RDF export.
    public static let iri = AttributeColumn("iri", .string)
    /// `roles`: roles seen next to the name, joined by `|`.
    public static let roles = AttributeColumn("roles", .string)

    /// `type`: the edge type.
    public static let edgeType = AttributeColumn("type", .string)
    /// `document`: the document id.
    public static let document = AttributeColumn("document", .string)
    /// `evidence`: the sentence the edge was read from.
    public static let evidence = AttributeColumn("evidence", .string)
    /// `start`: where the sentence starts.
    public static let start = AttributeColumn("start", .int)
    /// `end`: where the sentence ends (exclusive).
    public static let end = AttributeColumn("end", .int)
    /// `sourceStart`: where the source mention starts.
    public static let sourceStart = AttributeColumn("sourceStart", .int)
    /// `sourceEnd`: where the source mention ends.
    public static let sourceEnd = AttributeColumn("sourceEnd", .int)
    /// `cueStart`: where the cue starts.
    public static let cueStart = AttributeColumn("cueStart", .int)
    /// `cueEnd`: where the cue ends.
    public static let cueEnd = AttributeColumn("cueEnd", .int)
    /// `contentStart`: where the content starts.
    public static let contentStart = AttributeColumn("contentStart", .int)
    /// `contentEnd`: where the content ends.
    public static let contentEnd = AttributeColumn("contentEnd", .int)
    /// `form`: how speech is rendered.
    public static let form = AttributeColumn("form", .string)
    /// `quantity`: the number deployed.
    public static let quantity = AttributeColumn("quantity", .long)
    /// `approximate`: whether that number is hedged.
    public static let approximate = AttributeColumn("approximate", .boolean)
    /// `unit`: what is deployed.
    public static let unit = AttributeColumn("unit", .string)
    /// `destination`: the destination's canonical name.
    public static let destination = AttributeColumn("destination", .string)
    /// `claimedBy`: the canonical name of who reported the deployment.
    public static let claimedBy = AttributeColumn("claimedBy", .string)
    /// `date`: the article's date.
    public static let date = AttributeColumn("date", .string)
    /// `rule`: the rule that produced the edge.
    public static let rule = AttributeColumn("rule", .string)

    /// Every shared node column, in declaration order.
    public static let nodeColumns = [nodeType, aliases, documents, text, iri, roles]

    /// Every shared edge column, in declaration order.
    public static let edgeColumns = [
        edgeType, document, evidence, start, end, sourceStart, sourceEnd, cueStart, cueEnd, contentStart, contentEnd,
        form, quantity, approximate, unit, destination, claimedBy, date, rule,
    ]

    /// The values a node has, in column order; empty ones are left out.
    public static func values(of node: Node) -> [AttributeValue] {
        var values = [AttributeValue(nodeType, node.type.rawValue)]
        values.appendList(aliases, node.aliases)
        values.appendList(documents, node.documents)
        values.appendText(text, node.text)
        values.append(AttributeValue(iri, node.iri))
        values.appendList(roles, node.roles)
        return values
    }

    /// The values an edge has, in column order; absent ones are left out.
    public static func values(of edge: Edge) -> [AttributeValue] {
        var values = [AttributeValue(edgeType, edge.type.rawValue)]
        values.reserveCapacity(edgeColumns.count)
        values.append(AttributeValue(document, edge.provenance.document))
        values.appendText(evidence, edge.provenance.evidence)
        values.appendSpan(start, end, edge.provenance.sentence)
        values.appendSpan(sourceStart, sourceEnd, edge.sourceSpan)
        values.appendSpan(cueStart, cueEnd, edge.cueSpan)
        values.appendSpan(contentStart, contentEnd, edge.contentSpan)
        values.appendText(form, edge.form?.rawValue)
        if let deployment = edge.deployment {
            if let number = deployment.quantity { values.append(AttributeValue(quantity, String(number))) }
            values.append(AttributeValue(approximate, deployment.approximate ? "true" : "false"))
            values.appendText(unit, deployment.unit)
            values.appendText(destination, deployment.destination)
            values.appendText(claimedBy, deployment.claimedBy)
        }
        values.appendText(date, edge.provenance.date)
        values.appendText(rule, edge.rule)
        return values
    }
}

extension [AttributeValue] {
    fileprivate mutating func appendText(_ column: AttributeColumn, _ text: String?) {
        if let text, !text.isEmpty { append(AttributeValue(column, text)) }
    }

    fileprivate mutating func appendList(_ column: AttributeColumn, _ items: [String]) {
        if !items.isEmpty { append(AttributeValue(column, items.joined(separator: "|"))) }
    }

    fileprivate mutating func appendSpan(_ startColumn: AttributeColumn, _ endColumn: AttributeColumn, _ span: Span?) {
        guard let span else { return }
        append(AttributeValue(startColumn, String(span.start)))
        append(AttributeValue(endColumn, String(span.end)))
    }
}
