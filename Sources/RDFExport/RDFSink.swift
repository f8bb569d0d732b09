/// Where ``RDFMapping`` sends triples: one subject at a time, its
/// predicates in a fixed order with repeats adjacent.
protocol RDFSink {
    /// Starts the triples of the subject with this IRI.
    mutating func begin(subject: String)
    /// Adds a triple of the current subject.
    mutating func add(_ predicate: RDFPredicate, _ object: RDFTerm)
    /// Ends the current subject.
    mutating func end()
}

extension RDFSink {
    /// Adds a string literal when `text` is present and not empty.
    mutating func add(_ predicate: RDFPredicate, text: String?) {
        if let text, !text.isEmpty { add(predicate, .string(text)) }
    }
}
