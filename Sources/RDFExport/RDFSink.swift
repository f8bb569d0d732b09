/// Where ``RDFMapping`` sends triples: one subject at a time, its
/// predicates in a fixed order with repeats adjacent. Objects come typed and
/// borrowed from the graph, so that no term is built on the way; resource
/// ids (from a ``ResourceTable``) and literals (read in place from the
/// graph's strings) come as UTF-8 bytes.
protocol RDFSink {
    /// Starts the triples of the resource with id `id` (its IRI is the resource namespace followed by the id).
    mutating func begin(subject id: ResourceID)
    /// Adds a triple of the current subject whose object is the resource with id `id`.
    mutating func add(_ predicate: RDFPredicate, resource id: ResourceID)
    /// Adds a triple whose object is a term of the vocabulary (a class).
    mutating func add(_ predicate: RDFPredicate, term: RDFPredicate)
    /// Adds a triple whose object is any other IRI (already valid: no characters to escape).
    mutating func add(_ predicate: RDFPredicate, iri: String)
    /// Adds a triple whose object is a plain string literal (`xsd:string`) of UTF-8 `string`.
    mutating func add(_ predicate: RDFPredicate, string: UnsafeBufferPointer<UInt8>)
    /// Adds a triple whose object is a string literal known to hold no byte to escape (see ``ExportSupport/PlainTexts``).
    mutating func add(_ predicate: RDFPredicate, unescaped string: UnsafeBufferPointer<UInt8>)
    /// Adds a triple whose object is an `xsd:integer`.
    mutating func add(_ predicate: RDFPredicate, integer: Int)
    /// Adds a triple whose object is an `xsd:boolean`.
    mutating func add(_ predicate: RDFPredicate, boolean: Bool)
    /// Adds a triple whose object is an `xsd:date` (`YYYY-MM-DD`, checked by the caller).
    mutating func add(_ predicate: RDFPredicate, date day: String)
    /// Ends the current subject.
    mutating func end()
}

extension RDFSink {
    /// Adds a triple of the current subject whose object is the resource with id `id`.
    mutating func add(_ predicate: RDFPredicate, resource id: String) {
        var id = id
        id.withUTF8 { add(predicate, resource: ResourceID($0)) }
    }

    /// Adds a plain string literal.
    mutating func add(_ predicate: RDFPredicate, string: String) {
        var string = string
        string.withUTF8 { add(predicate, string: $0) }
    }

    /// Adds a string literal when `text` is present and not empty.
    mutating func add(_ predicate: RDFPredicate, text: String?) {
        if let text, !text.isEmpty { add(predicate, string: text) }
    }

    /// Adds a string literal of UTF-8 `text` when it is not empty.
    mutating func add(_ predicate: RDFPredicate, text: UnsafeBufferPointer<UInt8>) {
        if !text.isEmpty { add(predicate, string: text) }
    }

    /// Adds a string literal, copied as it is when `plain` (it holds no byte to escape).
    mutating func add(_ predicate: RDFPredicate, string: UnsafeBufferPointer<UInt8>, plain: Bool) {
        if plain { add(predicate, unescaped: string) } else { add(predicate, string: string) }
    }
}
