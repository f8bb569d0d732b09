import ExportSupport
import Foundation
import NewsGraphModel

/// The triples of one graph, worked out once for every RDF format written of
/// it: N-Triples and Turtle written side by side share one table of subjects
/// (sorted ids, each node's direct edges, the documents) instead of each
/// building its own. Whichever exporter comes first builds it; the other waits.
///
///     let triples = SharedTriples()
///     try NTriplesExporter(sharing: triples).write(graph, to: ntURL)
///     try TurtleExporter(sharing: triples).write(graph, to: ttlURL)   // the same graph
///
/// One instance serves one graph: the exporters that share it must be given the same graph.
public final class SharedTriples: @unchecked Sendable {
    private let lock = NSLock()
    private var mapping: RDFMapping?
    /// The plain texts of the graph, which the mapping uses, shared with the
    /// other exporters of the graph (``ExportSupport/PlainTexts``).
    public let plainTexts: SharedPlainTexts
    /// The documents of the graph, which the mapping starts from, shared with
    /// the other exporters of the graph (``ExportSupport/GraphDocuments``).
    public let documents: SharedGraphDocuments

    /// Creates an empty store; the triples are worked out on first use, with
    /// the plain texts of `plainTexts` and the documents of `documents` (stores of their own by default).
    public init(plainTexts: SharedPlainTexts = SharedPlainTexts(), documents: SharedGraphDocuments = SharedGraphDocuments()) {
        self.plainTexts = plainTexts
        self.documents = documents
    }

    /// The mapping of `graph`, built on the first call.
    func mapping(of graph: Graph) -> RDFMapping {
        lock.withLock {
            if let mapping { return mapping }
            let made = RDFMapping(graph, documents: documents.of(graph))
            mapping = made
            return made
        }
    }
}
