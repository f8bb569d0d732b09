import NewsGraphModel

/// The order of edge ids (``NewsGraphModel/Graph/edgeIDs``) as strings sort,
/// for the RDF exports, whose subjects come sorted by IRI.
public enum EdgeIdentifiers {
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
        // Each key sits beside its index, so that comparing reads neighbouring memory.
        let keyed = ids.indices.map { position in
            var id = ids[position]
            return id.withUTF8 { bytes in
                var key: UInt64 = 0
                for index in shared..<(shared + 8) { key = key << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
                return (key: key, index: position)
            }
        }
        return keyed.sorted { $0.key != $1.key ? $0.key < $1.key : ids[$0.index] < ids[$1.index] }.map(\.index)
    }
}
