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

    /// Collects the days of `graph`, whose documents are `documents`,
    /// reaching the edges' ends and the documents by index.
    init(_ graph: Graph, documents: GraphDocuments) {
        let edgeDays = CalendarDay.edgeDays(of: graph) { documents.days[documents.ofEdge[$0]] }
        var nodeDays = graph.nodes.indices.map { node -> String? in
            var first: String?
            for document in documents.ofNodes[documents.nodeStarts[node]..<documents.nodeStarts[node + 1]] {
                if let day = documents.days[document], first.map({ day < $0 }) ?? true { first = day }
            }
            return first
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
