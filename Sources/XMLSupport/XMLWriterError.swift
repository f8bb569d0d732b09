/// A failure of libxml2's writer (out of memory, or use after ``XMLWriter/finish()``).
public struct XMLWriterError: Error, CustomStringConvertible {
    /// The call that failed.
    public var operation: String

    /// `XML writer failed in <operation>`.
    public var description: String { "XML writer failed in \(operation)" }
}
