/// Why a document is not valid (or not even well-formed), as libxml2 said it.
public struct XMLValidationError: Error, CustomStringConvertible {
    /// libxml2's messages, `line N: ...`, in the order reported.
    public var messages: [String]

    /// Creates an error from messages.
    public init(messages: [String]) {
        self.messages = messages
    }

    /// The messages, one a line.
    public var description: String { messages.joined(separator: "\n") }
}
