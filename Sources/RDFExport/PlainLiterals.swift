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

    /// Tests the literals of `graph`, read in place (see ``RDFMapping/write(to:)``).
    init(_ graph: Graph) {
        (labels, texts) = graph.nodes.withUnsafeBufferPointer { nodes in
            let nodes = UnsafeMutableBufferPointer(mutating: nodes)
            return (
                nodes.indices.map { nodes[$0].label.withUTF8(Self.isPlain) },
                nodes.indices.map { nodes[$0].text?.withUTF8(Self.isPlain) ?? true }
            )
        }
        (evidence, rules) = graph.edges.withUnsafeBufferPointer { edges in
            let edges = UnsafeMutableBufferPointer(mutating: edges)
            return (
                edges.indices.map { edges[$0].provenance.evidence.withUTF8(Self.isPlain) },
                edges.indices.map { edges[$0].rule.withUTF8(Self.isPlain) }
            )
        }
    }

    /// Whether UTF-8 `text` holds no byte to escape.
    private static func isPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool { !RDFSyntax.needsEscaping(text) }
}
