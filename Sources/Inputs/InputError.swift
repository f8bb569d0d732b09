/// Why an input could not be read: which input, and what is wrong with it.
///
/// Its description is one line naming both, ready to print:
/// `corpus/a.jsonl:3: field "text" is a number, expected a string`.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input: a path, `PATH:LINE` for a JSON line, or `stdin`.
    public var origin: String
    /// What is wrong, in a few words.
    public var reason: String

    /// Creates an error for `origin`.
    public init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }

    /// `ORIGIN: REASON`.
    public var description: String { "\(origin): \(reason)" }
}
