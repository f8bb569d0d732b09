/// Every triple of one subject, in the order they are written.
struct RDFDescription: Sendable {
    /// The subject's IRI.
    var subject: String
    /// Predicate IRIs and objects; repeats of a predicate are adjacent.
    var statements: [(predicate: String, object: RDFTerm)] = []

    /// Adds a triple.
    mutating func add(_ predicate: String, _ object: RDFTerm) {
        statements.append((predicate, object))
    }

    /// Adds a string literal when `text` is present and not empty.
    mutating func add(_ predicate: String, text: String?) {
        if let text, !text.isEmpty { add(predicate, .string(text)) }
    }
}
