import ExportSupport
import NewsGraphModel

/// The documents of an RDF export: every document listed in the graph or
/// referred to by a node or edge, sorted by resource id, and which of them
/// each node and edge refers to, by index, so that writing looks no id up.
struct RDFDocuments {
    /// The documents, sorted by resource id; those only referred to have nothing but their id.
    let infos: [DocumentInfo]
    /// The resource id of each of ``infos`` (see ``RDFMapping/documentID(_:)``).
    let resources: [String]
    /// ``resources`` as bytes, for writing.
    let resourceBytes: ResourceTable
    /// The calendar day of each of ``infos``, when its date starts with one.
    let days: [String?]
    /// The URL of each of ``infos`` as an IRI, when it has one that makes one (``RDFSyntax/iri(fromURL:)``).
    let urlIRIs: [String?]
    /// The index in ``infos`` of each edge's document, in the order of the graph's edges.
    let ofEdge: [Int]
    /// The indices in ``infos`` of the documents of every node, node after
    /// node: those of node `n` are `ofNodes[nodeStarts[n]..<nodeStarts[n + 1]]`.
    let ofNodes: [Int]
    /// Where each node's run in ``ofNodes`` starts, and the end of the last.
    let nodeStarts: [Int]

    /// Sorts the documents of a graph, `documents`, by resource id.
    init(_ documents: GraphDocuments) {
        let found = documents.infos
        let resources = found.map { RDFMapping.documentID($0.id) }
        // Resource ids share a prefix, as edge ids do: ordered the same way.
        let order = EdgeIdentifiers.order(of: resources)
        var rank = [Int](repeating: 0, count: found.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        infos = order.map { found[$0] }
        self.resources = order.map { resources[$0] }
        resourceBytes = ResourceTable(self.resources)
        days = infos.map { CalendarDay.day(of: $0.date) }
        urlIRIs = infos.map { $0.url.flatMap(RDFSyntax.iri(fromURL:)) }
        ofEdge = documents.ofEdge.map { rank[$0] }
        ofNodes = documents.ofNodes.map { rank[$0] }
        nodeStarts = documents.nodeStarts
    }
}
