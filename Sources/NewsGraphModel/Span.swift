/// A half-open range of Unicode scalar (code point) offsets into a document's text.
///
/// Offsets count code points, not grapheme clusters or UTF-16 units, so that
/// they agree with Python's string indices:
///
///     let span = Span(start: 4, end: 9)   // text.unicodeScalars[4..<9]
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first code point of the span.
    public var start: Int
    /// The code point after the last one of the span.
    public var end: Int

    /// Creates a span; `end` is exclusive.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of code points covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one code point.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// The smallest span that covers both.
    public func union(_ other: Span) -> Span { Span(start: min(start, other.start), end: max(end, other.end)) }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
