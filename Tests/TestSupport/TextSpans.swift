import NewsGraphModel

/// Code-point spans of substrings, for asserting exact offsets.
public enum TextSpans {
    /// The span of the `occurrence`-th (1-based) appearance of `needle` in `text`.
    public static func span(of needle: String, in text: String, occurrence: Int = 1) -> Span? {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - pattern.count) where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
            seen += 1
            if seen == occurrence { return Span(start: start, end: start + pattern.count) }
        }
        return nil
    }
}
