import ExportSupport
import NewsGraphModel

/// The calendar days that drive GEXF's timeline: an edge's day is its
/// article's date; a node's first day is the earliest day of its edges and
/// of the documents that mention it. Only real `YYYY-MM-DD` days count
/// (``ExportSupport/CalendarDay``).
struct GraphDays {
    private let documentDays: [String: String]
    private var firstDays: [String: String] = [:]

    /// Collects the days of `graph`.
    init(_ graph: Graph) {
        var documentDays: [String: String] = [:]
        for document in graph.documents {
            if let day = CalendarDay.day(of: document.date) { documentDays[document.id] = day }
        }
        self.documentDays = documentDays
        for edge in graph.edges {
            guard let day = day(of: edge) else { continue }
            for end in [edge.source, edge.target] {
                if let known = firstDays[end], known <= day { continue }
                firstDays[end] = day
            }
        }
    }

    /// The day of an edge: its provenance date, else its document's date.
    func day(of edge: Edge) -> String? {
        CalendarDay.day(of: edge.provenance.date) ?? documentDays[edge.provenance.document]
    }

    /// The first day a node is seen, if any.
    func firstDay(of node: Node) -> String? {
        var first = firstDays[node.id]
        for document in node.documents {
            if let day = documentDays[document], first.map({ day < $0 }) ?? true { first = day }
        }
        return first
    }
}
