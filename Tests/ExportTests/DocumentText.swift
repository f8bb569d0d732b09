import NewsGraphModel

/// A test document's text, with spans found by searching it (in code points).
struct DocumentText: Sendable {
    /// The document id.
    var id: String
    /// The full text.
    var text: String

    /// The code-point span of the first `needle` at or after `offset`, or an
    /// empty span at 0 when it is missing (``RealisticGraphTests`` checks every span).
    func span(_ needle: String, from offset: Int = 0) -> Span {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return Span(start: 0, end: 0) }
        for start in offset...(haystack.count - pattern.count) where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
            return Span(start: start, end: start + pattern.count)
        }
        return Span(start: 0, end: 0)
    }

    /// The text of a span.
    func text(of span: Span) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: Array(text.unicodeScalars)[span.start..<span.end])
        return String(scalars)
    }
}
