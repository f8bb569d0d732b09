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

/// The day of each document that has one, found by its id in an
/// ``ExportSupport/IDTable`` (ids read where the graph stores them).
private struct DocumentDays {
    /// The ids of the documents with a day.
    private var ids: IDTable
    /// The day of each of ``ids``: that of the last document with the id, should the graph list an id twice.
    private var days: [String] = []

    init(_ documents: UnsafeBufferPointer<DocumentInfo>) {
        ids = IDTable(capacity: documents.count)
        for index in documents.indices {
            let document = documents.baseAddress! + index
            guard let day = CalendarDay.day(of: document.pointee.date) else { continue }
            let (number, isNew) = ids.add(document.pointer(to: \.id)!)
            if isNew { days.append(day) } else { days[number] = day }
        }
    }

    /// The day of the document whose id is stored at `id`, if it has one.
    func day(of id: UnsafePointer<String>) -> String? {
        ids.index(of: id).map { days[$0] }
    }
}
