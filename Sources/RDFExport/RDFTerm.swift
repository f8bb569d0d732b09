/// The object of a triple.
enum RDFTerm: Hashable, Sendable {
    /// A resource of the export, by id: `<https://w3id.org/newsgraph/id/ID>`.
    case resource(String)
    /// Any other resource, by absolute IRI (already valid: no characters to escape).
    case iri(String)
    /// A plain string literal (`xsd:string`).
    case string(String)
    /// An `xsd:integer`.
    case integer(Int)
    /// An `xsd:boolean`.
    case boolean(Bool)
    /// An `xsd:date` (`YYYY-MM-DD`, checked by the caller).
    case date(String)
}
