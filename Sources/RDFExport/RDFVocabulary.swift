import NewsGraphModel

/// The namespaces, classes and properties the RDF export uses; the classes
/// and properties of `ng:` are defined in `Ontology/newsgraph.ttl`.
///
/// The terms are properties of the one ``shared`` vocabulary rather than
/// static constants: the exports read a term for every triple, and reading a
/// property of an object at hand costs no check that a constant is made.
final class RDFVocabulary: Sendable {
    /// The vocabulary.
    static let shared = RDFVocabulary()

    private init() {}

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

    let type = RDFPredicate("rdf", RDFVocabulary.rdf, "type")
    let label = RDFPredicate("rdfs", RDFVocabulary.rdfs, "label")
    let altLabel = RDFPredicate("skos", RDFVocabulary.skos, "altLabel")
    let identifier = RDFPredicate("dcterms", RDFVocabulary.dcterms, "identifier")
    let title = RDFPredicate("dcterms", RDFVocabulary.dcterms, "title")
    let dctermsDate = RDFPredicate("dcterms", RDFVocabulary.dcterms, "date")
    let url = RDFPredicate("schema", RDFVocabulary.schema, "url")
    let publisher = RDFPredicate("schema", RDFVocabulary.schema, "publisher")
    let wasDerivedFrom = RDFPredicate("prov", RDFVocabulary.prov, "wasDerivedFrom")

    static let xsdInteger = xsd + "integer"
    static let xsdBoolean = xsd + "boolean"
    static let xsdDate = xsd + "date"

    /// A term of the NewsGraph ontology.
    static func ng(_ local: String) -> RDFPredicate { RDFPredicate("ng", Identifier.ontologyNamespace, local) }

    let agent = RDFVocabulary.ng("agent")
    let object = RDFVocabulary.ng("object")
    let document = RDFVocabulary.ng("document")
    let evidence = RDFVocabulary.ng("evidence")
    let sentenceStart = RDFVocabulary.ng("sentenceStart")
    let sentenceEnd = RDFVocabulary.ng("sentenceEnd")
    let sourceStart = RDFVocabulary.ng("sourceStart")
    let sourceEnd = RDFVocabulary.ng("sourceEnd")
    let cueStart = RDFVocabulary.ng("cueStart")
    let cueEnd = RDFVocabulary.ng("cueEnd")
    let contentStart = RDFVocabulary.ng("contentStart")
    let contentEnd = RDFVocabulary.ng("contentEnd")
    let form = RDFVocabulary.ng("form")
    let quantity = RDFVocabulary.ng("quantity")
    let approximate = RDFVocabulary.ng("approximate")
    let unit = RDFVocabulary.ng("unit")
    let destination = RDFVocabulary.ng("destination")
    let destinationName = RDFVocabulary.ng("destinationName")
    let claimedBy = RDFVocabulary.ng("claimedBy")
    let claimedByName = RDFVocabulary.ng("claimedByName")
    let date = RDFVocabulary.ng("date")
    let rule = RDFVocabulary.ng("rule")
    let text = RDFVocabulary.ng("text")
    let role = RDFVocabulary.ng("role")
    let mentionedIn = RDFVocabulary.ng("mentionedIn")

    /// `ng:Document`.
    let documentClass = RDFVocabulary.ng(NodeType.document.rawValue)

    /// The class of nodes of `type` (`ng:Person`, `ng:UnnamedSource`).
    func nodeClass(_ type: NodeType) -> RDFPredicate {
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

    private let person = RDFVocabulary.ng(NodeType.person.rawValue)
    private let organization = RDFVocabulary.ng(NodeType.organization.rawValue)
    private let country = RDFVocabulary.ng(NodeType.country.rawValue)
    private let location = RDFVocabulary.ng(NodeType.location.rawValue)
    private let statement = RDFVocabulary.ng(NodeType.statement.rawValue)
    private let unnamedSource = RDFVocabulary.ng(NodeType.unnamedSource.rawValue)

    /// The class of the relation node of an edge of `type`.
    func relationClass(_ type: EdgeType) -> RDFPredicate {
        switch type {
        case .asserts: assertion
        case .denies: denial
        case .deploys: deployment
        }
    }

    private let assertion = RDFVocabulary.ng("Assertion")
    private let denial = RDFVocabulary.ng("Denial")
    private let deployment = RDFVocabulary.ng("Deployment")

    /// The direct property of an edge of `type` (`ng:asserts`).
    func directProperty(_ type: EdgeType) -> RDFPredicate {
        switch type {
        case .asserts: asserts
        case .denies: denies
        case .deploys: deploys
        }
    }

    private let asserts = RDFVocabulary.ng("asserts")
    private let denies = RDFVocabulary.ng("denies")
    private let deploys = RDFVocabulary.ng("deploys")
}
