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
        var documentDays: [String: String] = [:]
        for document in graph.documents {
            if let day = CalendarDay.day(of: document.date) { documentDays[document.id] = day }
        }
        // Edges and nodes are read in place: `map` would copy each, retaining every string it holds.
        // Edges come by document, so most have the date of the edge before: its day is reused.
        var previous: (date: String?, day: String?) = (nil, nil)
        let edgeDays = graph.edges.withUnsafeBufferPointer { edges in
            edges.indices.map { index in
                let edge = edges.baseAddress! + index
                if edge.pointee.provenance.date != previous.date {
                    previous = (edge.pointee.provenance.date, CalendarDay.day(of: edge.pointee.provenance.date))
                }
                return previous.day ?? documentDays[edge.pointee.provenance.document]
            }
        }
        var nodeDays = graph.nodes.withUnsafeBufferPointer { nodes in
            nodes.indices.map { index -> String? in
                var first: String?
                for document in nodes[index].documents {
                    if let day = documentDays[document], first.map({ day < $0 }) ?? true { first = day }
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
