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
        var edgeDays: [String?] = []
        var nodeDays: [String?] = []
        graph.documents.withUnsafeBufferPointer { documents in
            let documentDays = DocumentDays(documents)
            graph.edges.withUnsafeBufferPointer { edges in
                edgeDays = CalendarDay.edgeDays(of: graph) {
                    documentDays.day(of: (edges.baseAddress! + $0).pointer(to: \.provenance.document)!)
                }
            }
            nodeDays = graph.nodes.withUnsafeBufferPointer { nodes in
                nodes.indices.map { index -> String? in
                    var first: String?
                    (nodes.baseAddress! + index).pointee.documents.withUnsafeBufferPointer { ids in
                        for id in ids.indices {
                            if let day = documentDays.day(of: ids.baseAddress! + id), first.map({ day < $0 }) ?? true {
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

/// The day of each document that has one, found by its id in a table of
/// its own: by a digest of the id's UTF-8 (its length and its first and last
/// eight bytes), then by the id itself. No hashing of ids through `Hasher`,
/// which was most of the cost of looking up a node's documents, and no copy
/// of an id: ids are read where the graph stores them, so the table lives
/// only while the days are collected.
private struct DocumentDays {
    /// A document with a day.
    private struct Entry {
        let digest: UInt64
        let id: UnsafePointer<String>
        let day: String
    }

    /// The documents with a day, in the graph's order.
    private let entries: [Entry]
    /// Open addressing: for each slot, 1 + the index in ``entries`` of the
    /// entry there, or 0 for none. A power of two, at least twice as many as the entries.
    private let slots: [Int]
    /// How far the digest's mixed bits are shifted to give a slot (64 minus the slots' bit count).
    private let shift: UInt64

    init(_ documents: UnsafeBufferPointer<DocumentInfo>) {
        var entries: [Entry] = []
        for index in documents.indices {
            let document = documents.baseAddress! + index
            guard let day = CalendarDay.day(of: document.pointee.date) else { continue }
            let id = document.pointer(to: \.id)!
            entries.append(Entry(digest: Self.digest(of: id), id: id, day: day))
        }
        var bits: UInt64 = 1
        while 1 << bits < 2 * entries.count { bits += 1 }
        shift = 64 - bits
        var slots = [Int](repeating: 0, count: 1 << bits)
        for index in entries.indices {
            var slot = Self.slot(of: entries[index].digest, shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index + 1
        }
        self.entries = entries
        self.slots = slots
    }

    /// The day of the document whose id is stored at `id`, if it has one
    /// (of the last such document, should the graph list an id twice:
    /// entries with one id lie along one run of slots, in the graph's order).
    func day(of id: UnsafePointer<String>) -> String? {
        let digest = Self.digest(of: id)
        return entries.withUnsafeBufferPointer { entries in
            slots.withUnsafeBufferPointer { slots in
                var day: String?
                var slot = Self.slot(of: digest, shift: shift)
                while slots[slot] != 0 {
                    let entry = entries.baseAddress! + slots[slot] - 1
                    if entry.pointee.digest == digest, entry.pointee.id.pointee == id.pointee { day = entry.pointee.day }
                    slot = (slot + 1) & (slots.count - 1)
                }
                return day
            }
        }
    }

    /// The slot where the run of `digest` starts: the high bits of the digest
    /// mixed by a multiplication (ids that differ in one byte land apart).
    private static func slot(of digest: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The length and the first and last eight bytes of the UTF-8 of the text at `id`, mixed.
    private static func digest(of id: UnsafePointer<String>) -> UInt64 {
        let length = id.pointee.utf8.count
        var digest = UInt64(truncatingIfNeeded: length)
        _ = id.pointee.utf8.withContiguousStorageIfAvailable { bytes in
            if length >= 8 {
                digest ^= ByteWords.word(in: bytes, at: 0) &* 0x9E37_79B9_7F4A_7C15 ^ ByteWords.word(in: bytes, at: length - 8)
            } else {
                for byte in bytes { digest = digest << 8 | UInt64(byte) }
            }
        }
        return digest
    }
}
