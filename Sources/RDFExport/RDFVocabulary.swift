import NewsGraphModel

/// The namespaces, classes and properties the RDF export uses; the classes
/// and properties of `ng:` are defined in `Ontology/newsgraph.ttl`.
enum RDFVocabulary {
    /// Prefixes written in Turtle, in the order declared.
    static let prefixes: [(prefix: String, namespace: String)] = [
        ("ng", Identifier.ontologyNamespace),
        ("ngr", Identifier.resourceNamespace),
        ("rdf", rdf),
        ("rdfs", rdfs),
        ("xsd", xsd),
        ("skos", skos),
        ("dcterms", dcterms),
        ("schema", schema),
        ("prov", prov),
    ]

    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    static let dcterms = "http://purl.org/dc/terms/"
    static let schema = "https://schema.org/"
    static let prov = "http://www.w3.org/ns/prov#"

    static let type = rdf + "type"
    static let label = rdfs + "label"
    static let altLabel = skos + "altLabel"
    static let identifier = dcterms + "identifier"
    static let title = dcterms + "title"
    static let dateTerm = dcterms + "date"
    static let url = schema + "url"
    static let publisher = schema + "publisher"
    static let wasDerivedFrom = prov + "wasDerivedFrom"

    static let integer = xsd + "integer"
    static let boolean = xsd + "boolean"
    static let date = xsd + "date"

    /// A term of the NewsGraph ontology.
    static func ng(_ name: String) -> String { Identifier.ontologyNamespace + name }

    /// The class of nodes of `type` (`ng:Person`, `ng:UnnamedSource`).
    static func nodeClass(_ type: NodeType) -> String { ng(type.rawValue) }

    /// The class of the relation node of an edge of `type`.
    static func relationClass(_ type: EdgeType) -> String {
        switch type {
        case .asserts: ng("Assertion")
        case .denies: ng("Denial")
        case .deploys: ng("Deployment")
        }
    }

    /// The direct property of an edge of `type` (`ng:asserts`).
    static func directProperty(_ type: EdgeType) -> String { ng(type.rawValue) }
}
