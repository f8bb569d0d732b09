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
        return edges.indices.map { index in
            let hash = edges[index].idHash
            let count = (seen[hash] ?? 0) + 1
            seen[hash] = count
            let base = Edge.id(forHash: hash)
            return count == 1 ? base : "\(base)-\(count)"
        }
    }

    /// The indices of `ids` in the order of the ids (`String` order), as
    /// `ids.indices.sorted { ids[$0] < ids[$1] }` gives them.
    ///
    /// Ids share a prefix (`edge-`), so comparing them as strings means
    /// comparing it again and again; when every id is ASCII (where `String`
    /// order is byte order), the eight bytes after the shared prefix are
    /// compared as one integer first, and the strings only when those are equal.
    public static func order(of ids: [String]) -> [Int] {
        guard let first = ids.first else { return [] }
        var shared = first.utf8.count
        var ascii = true
        for id in ids {
            var id = id
            id.withUTF8 { bytes in
                ascii = ascii && !bytes.contains { $0 >= 0x80 }
                shared = min(shared, bytes.count)
                first.utf8.withContiguousStorageIfAvailable { first in
                    shared = zip(first.prefix(shared), bytes).prefix { $0 == $1 }.count
                }
            }
        }
        guard ascii else { return ids.indices.sorted { ids[$0] < ids[$1] } }
        let keys = ids.map { id in
            var id = id
            return id.withUTF8 { bytes in
                var key: UInt64 = 0
                for index in shared..<(shared + 8) { key = key << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
                return key
            }
        }
        return ids.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : ids[$0] < ids[$1] }
    }
}
