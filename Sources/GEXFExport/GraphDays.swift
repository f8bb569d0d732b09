import ExportSupport
import NewsGraphModel

/// The calendar days that drive GEXF's timeline: an edge's day is its
/// article's date; a node's first day is the earliest day of its edges and
/// of the documents that mention it. Only real `YYYY-MM-DD` days count
/// (``ExportSupport/CalendarDay``).
struct GraphDays {
    /// The day of each edge, in the order of the graph's edges.
    let edgeDays: [String?]
    /// The first day of each node, in the order of the graph's nodes.
    let nodeDays: [String?]

    /// Collects the days of `graph`, reaching the edges' ends by index.
    init(_ graph: Graph) {
        var documentDays: [DocumentKey: String] = [:]
        for document in graph.documents {
            if let day = CalendarDay.day(of: document.date) { documentDays[DocumentKey(document.id)] = day }
        }
        let edgeDays = CalendarDay.edgeDays(of: graph) { documentDays[DocumentKey(graph.edges[$0].provenance.document)] }
        // Nodes are read in place: `map` would copy each, retaining every string it holds.
        var nodeDays = graph.nodes.withUnsafeBufferPointer { nodes in
            nodes.indices.map { index -> String? in
                var first: String?
                for document in nodes[index].documents {
                    if let day = documentDays[DocumentKey(document)], first.map({ day < $0 }) ?? true { first = day }
                }
                return first
            }
        }
        func see(_ day: String, at end: Int?) {
            guard let end else { return }
            if let known = nodeDays[end], known <= day { return }
            nodeDays[end] = day
        }
        for index in graph.edges.indices {
            guard let day = edgeDays[index] else { continue }
            see(day, at: graph.sourceIndices[index])
            see(day, at: graph.targetIndices[index])
        }
        self.edgeDays = edgeDays
        self.nodeDays = nodeDays
    }
}

/// A document id as a dictionary key, hashed by a digest of its UTF-8 (its
/// length and its first and last eight bytes) instead of by all of it through
/// `String`'s hashing, which was most of the cost of looking up a node's documents.
/// Equal keys are equal ids; ids with the same digest only share a bucket.
private struct DocumentKey: Hashable {
    let id: String

    init(_ id: String) { self.id = id }

    static func == (left: DocumentKey, right: DocumentKey) -> Bool { left.id == right.id }

    func hash(into hasher: inout Hasher) {
        let length = id.utf8.count
        var digest = UInt64(truncatingIfNeeded: length)
        _ = id.utf8.withContiguousStorageIfAvailable { bytes in
            if length >= 8 {
                digest ^= ByteWords.word(in: bytes, at: 0) &* 0x9E37_79B9_7F4A_7C15 ^ ByteWords.word(in: bytes, at: length - 8)
            } else {
                for byte in bytes { digest = digest << 8 | UInt64(byte) }
            }
        }
        hasher.combine(digest)
    }
}
