/// The serialisation both RDF exporters share: walk the subjects of a
/// ``RDFMapping`` in order and append each description's text to one byte buffer.
enum RDFWriter {
    /// The bytes of `prologue` followed by every description as `render` writes it.
    static func write(
        _ mapping: RDFMapping, prologue: String, render: (RDFDescription, inout [UInt8]) -> Void
    ) -> [UInt8] {
        var out: [UInt8] = Array(prologue.utf8)
        for (iri, subject) in mapping.subjects() {
            render(mapping.description(of: subject, iri: iri), &out)
        }
        return out
    }
}
