import NewsGraphModel

/// The order of edge ids (``NewsGraphModel/Graph/edgeIDs``) as strings sort,
/// for the RDF exports, whose subjects come sorted by IRI (and of other ids
/// that share a prefix: the documents' resource ids).
public enum EdgeIdentifiers {
    /// The indices of `ids` in the order of the ids (`String` order), as
    /// `ids.indices.sorted { ids[$0] < ids[$1] }` gives them.
    ///
    /// Ids share a prefix (`edge-`), so comparing them as strings means
    /// comparing it again and again; when every id is ASCII (where `String`
    /// order is byte order), the ids are ordered by the eight bytes after the
    /// shared prefix, read as one integer, with a radix sort (``RadixSort``),
    /// and the strings are compared only where those are equal.
    public static func order(of ids: [String]) -> [Int] {
        guard var first = ids.first else { return [] }
        var shared = first.utf8.count
        var ascii = true
        // The ids are read in place through pointers, without a copy (and
        // reference count) of each; mutable only for `String.withUTF8`, which
        // changes nothing of a native string (see ``PlainTexts``).
        first.withUTF8 { first in
            for index in ids.indices {
                ids.readInPlace(index) { bytes in
                    var common = 0
                    let limit = min(shared, bytes.count)
                    while common < limit, first[common] == bytes[common] { common += 1 }
                    shared = common
                    ascii = ascii && isASCII(bytes)
                }
            }
        }
        guard ascii else { return ids.indices.sorted { ids[$0] < ids[$1] } }
        let keys = ids.indices.map { position in
            ids.readInPlace(position) { bytes in
                guard bytes.count < shared + 8 else { return ByteWords.word(in: bytes, at: shared).bigEndian }
                var key: UInt64 = 0
                for index in shared..<(shared + 8) { key = key << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
                return key
            }
        }
        var order = RadixSort.order(of: keys)
        // Ids whose keys are equal (rare): ordered as strings, run by run.
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
            if end - start > 1 { order[start..<end].sort { ids[$0] < ids[$1] } }
            start = end
        }
        return order
    }

    /// Whether every byte is below 0x80, tested a word at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            if ByteWords.word(in: bytes, at: index) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        return bytes[index...].allSatisfy { $0 < 0x80 }
    }
}

extension [String] {
    /// Calls `body` with the UTF-8 of the string at `index`, read where it is.
    fileprivate func readInPlace<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeBufferPointer { strings in
            UnsafeMutablePointer(mutating: strings.baseAddress! + index).pointee.withUTF8(body)
        }
    }
}
