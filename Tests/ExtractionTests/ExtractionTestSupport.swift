import Extraction
import NewsGraphModel

/// One extractor for all tests (the lexicons are read once).
enum Fixture {
    static let extractor = Extractor()

    /// The analysis of a text as a document `test.txt`.
    static func analyze(_ text: String) -> DocumentAnalysis {
        extractor.analyze(document: DocumentInfo(id: "test.txt"), text: text)
    }

    /// The edges of a given type.
    static func edges(_ text: String, _ type: EdgeType) -> [ExtractedEdge] {
        analyze(text).edges.filter { $0.type == type }
    }

    /// The Statement text an edge points at.
    static func statement(_ edge: ExtractedEdge) -> String? {
        if case .statement(let text) = edge.target { return text }
        return nil
    }
}
