import NewsGraphModel

/// Edge ids that are unique within one export.
///
/// ``NewsGraphModel/Edge/id`` hashes what locates an edge; two edges that
/// differ only in their attributes would share it. The exports need unique
/// ids (GraphML, GEXF, one RDF node per edge), so repeats get `-2`, `-3`, ...
/// in export order, which keeps the result deterministic.
public enum EdgeIdentifiers {
    /// The id of each edge of `edges`, in the same order.
    public static func unique(for edges: [Edge]) -> [String] {
        var seen: [UInt64: Int] = [:]
        seen.reserveCapacity(edges.count)
        return edges.map { edge in
            let hash = edge.idHash
            let count = (seen[hash] ?? 0) + 1
            seen[hash] = count
            let base = Edge.id(forHash: hash)
            return count == 1 ? base : "\(base)-\(count)"
        }
    }
}
