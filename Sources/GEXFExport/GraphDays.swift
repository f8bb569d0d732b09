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
    /// Documents, nodes and edges and their ids are read in place: copying
    /// one would retain every string it holds.
    init(_ graph: Graph) {
        var documentDays: [DocumentKey: String] = [:]
        var edgeDays: [String?] = []
        var nodeDays: [String?] = []
        graph.documents.withUnsafeBufferPointer { documents in
            for index in documents.indices {
                let document = documents.baseAddress! + index
                if let day = CalendarDay.day(of: document.pointee.date) {
                    documentDays[DocumentKey(document.pointer(to: \.id)!)] = day
                }
            }
            graph.edges.withUnsafeBufferPointer { edges in
                edgeDays = CalendarDay.edgeDays(of: graph) {
                    documentDays[DocumentKey((edges.baseAddress! + $0).pointer(to: \.provenance.document)!)]
                }
            }
            nodeDays = graph.nodes.withUnsafeBufferPointer { nodes in
                nodes.indices.map { index -> String? in
                    var first: String?
                    (nodes.baseAddress! + index).pointee.documents.withUnsafeBufferPointer { ids in
                        for id in ids.indices {
                            if let day = documentDays[DocumentKey(ids.baseAddress! + id)], first.map({ day < $0 }) ?? true {
                                first = day
                            }
                        }
                    }
                    return first
                }
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

/// A document id as a dictionary key, read where the graph stores it (keys
/// live only while the days are collected), and hashed by a digest of its
/// UTF-8 (its length and its first and last eight bytes) instead of by all
/// of it through `String`'s hashing, which was most of the cost of looking
/// up a node's documents. Equal keys are equal ids; ids with the same digest only share a bucket.
private struct DocumentKey: Hashable {
    /// Where the id is stored.
    let id: UnsafePointer<String>

    init(_ id: UnsafePointer<String>) { self.id = id }

    static func == (left: DocumentKey, right: DocumentKey) -> Bool { left.id.pointee == right.id.pointee }

    func hash(into hasher: inout Hasher) {
        let length = id.pointee.utf8.count
        var digest = UInt64(truncatingIfNeeded: length)
        _ = id.pointee.utf8.withContiguousStorageIfAvailable { bytes in
            if length >= 8 {
                digest ^= ByteWords.word(in: bytes, at: 0) &* 0x9E37_79B9_7F4A_7C15 ^ ByteWords.word(in: bytes, at: length - 8)
            } else {
                for byte in bytes { digest = digest << 8 | UInt64(byte) }
            }
        }
        hasher.combine(digest)
    }
}
