import NewsGraphModel

/// Which of a graph's long literals hold no byte to escape: the labels and
/// texts of nodes, the evidence and rules of edges, most of the bytes of the
/// literals of an RDF export. Tested once with the shared mapping, so that
/// N-Triples and Turtle both copy a plain literal as it is instead of each
/// looking at every byte of it for escapes.
struct PlainLiterals {
    /// For each node, in graph order: whether its label, and its text, need no escaping.
    let labels: [Bool]
    let texts: [Bool]
    /// For each edge, in graph order: whether its evidence, and its rule, need no escaping.
    let evidence: [Bool]
    let rules: [Bool]

    /// Tests the literals of `graph`.
    init(_ graph: Graph) {
        (labels, texts) = graph.nodes.withUnsafeBufferPointer { nodes in  // read in place
            (nodes.indices.map { Self.isPlain(nodes[$0].label) }, nodes.indices.map { Self.isPlain(nodes[$0].text) })
        }
        (evidence, rules) = graph.edges.withUnsafeBufferPointer { edges in
            (
                edges.indices.map { Self.isPlain(edges[$0].provenance.evidence) },
                edges.indices.map { Self.isPlain(edges[$0].rule) }
            )
        }
    }

    /// Whether `text` (when there is one) holds no byte to escape.
    private static func isPlain(_ text: String?) -> Bool {
        guard var text else { return true }
        return text.withUTF8 { !RDFSyntax.needsEscaping($0) }
    }
}
