import NewsGraphModel

/// The namespaces, classes and properties the RDF export uses; the classes
/// and properties of `ng:` are defined in `Ontology/newsgraph.ttl`.
enum RDFVocabulary {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    static let dcterms = "http://purl.org/dc/terms/"
    static let schema = "https://schema.org/"
    static let prov = "http://www.w3.org/ns/prov#"

    /// Prefixes written in Turtle, in the order declared.
    static let prefixes: [(prefix: String, namespace: String)] = [
        ("ng", Identifier.ontologyNamespace), ("ngr", Identifier.resourceNamespace), ("rdf", rdf), ("rdfs", rdfs),
        ("xsd", xsd), ("skos", skos), ("dcterms", dcterms), ("schema", schema), ("prov", prov),
    ]

    static let type = RDFPredicate("rdf", rdf, "type")
    static let label = RDFPredicate("rdfs", rdfs, "label")
    static let altLabel = RDFPredicate("skos", skos, "altLabel")
    static let identifier = RDFPredicate("dcterms", dcterms, "identifier")
    static let title = RDFPredicate("dcterms", dcterms, "title")
    static let dctermsDate = RDFPredicate("dcterms", dcterms, "date")
    static let url = RDFPredicate("schema", schema, "url")
    static let publisher = RDFPredicate("schema", schema, "publisher")
    static let wasDerivedFrom = RDFPredicate("prov", prov, "wasDerivedFrom")

    static let xsdInteger = xsd + "integer"
    static let xsdBoolean = xsd + "boolean"
    static let xsdDate = xsd + "date"

    /// A term of the NewsGraph ontology.
    static func ng(_ local: String) -> RDFPredicate { RDFPredicate("ng", Identifier.ontologyNamespace, local) }

    static let agent = ng("agent")
    static let object = ng("object")
    static let document = ng("document")
    static let evidence = ng("evidence")
    static let sentenceStart = ng("sentenceStart")
    static let sentenceEnd = ng("sentenceEnd")
    static let sourceStart = ng("sourceStart")
    static let sourceEnd = ng("sourceEnd")
    static let cueStart = ng("cueStart")
    static let cueEnd = ng("cueEnd")
    static let contentStart = ng("contentStart")
    static let contentEnd = ng("contentEnd")
    static let form = ng("form")
    static let quantity = ng("quantity")
    static let approximate = ng("approximate")
    static let unit = ng("unit")
    static let destination = ng("destination")
    static let destinationName = ng("destinationName")
    static let claimedBy = ng("claimedBy")
    static let claimedByName = ng("claimedByName")
    static let date = ng("date")
    static let rule = ng("rule")
    static let text = ng("text")
    static let role = ng("role")
    static let mentionedIn = ng("mentionedIn")

    /// `ng:Document`.
    static let documentClass = ng(NodeType.document.rawValue)

    /// The class of nodes of `type` (`ng:Person`, `ng:UnnamedSource`).
    static func nodeClass(_ type: NodeType) -> RDFPredicate {
        switch type {
        case .person: person
        case .organization: organization
        case .country: country
        case .location: location
        case .statement: statement
        case .unnamedSource: unnamedSource
        case .document: documentClass
        }
    }

    private static let person = ng(NodeType.person.rawValue)
    private static let organization = ng(NodeType.organization.rawValue)
    private static let country = ng(NodeType.country.rawValue)
    private static let location = ng(NodeType.location.rawValue)
    private static let statement = ng(NodeType.statement.rawValue)
    private static let unnamedSource = ng(NodeType.unnamedSource.rawValue)

    /// The class of the relation node of an edge of `type`.
    static func relationClass(_ type: EdgeType) -> RDFPredicate {
        switch type {
        case .asserts: assertion
        case .denies: denial
        case .deploys: deployment
        }
    }

    private static let assertion = ng("Assertion")
    private static let denial = ng("Denial")
    private static let deployment = ng("Deployment")

    /// The direct property of an edge of `type` (`ng:asserts`).
    static func directProperty(_ type: EdgeType) -> RDFPredicate {
        switch type {
        case .asserts: asserts
        case .denies: denies
        case .deploys: deploys
        }
    }

    private static let asserts = ng("asserts")
    private static let denies = ng("denies")
    private static let deploys = ng("deploys")
}
