/// The kind of thing a node stands for.
///
/// The raw values are the names the exports use (`type` in GraphML, the
/// class name in RDF).
public enum NodeType: String, CaseIterable, Hashable, Comparable, Sendable {
    /// A named human.
    case person = "Person"
    /// A named body: alliance, ministry, agency, army, company, news outlet, party.
    case organization = "Organization"
    /// A state or state-like polity.
    case country = "Country"
    /// A place that does not act: region, city as a place, front, border.
    case location = "Location"
    /// What someone said or denied: the content of reported speech.
    case statement = "Statement"
    /// A speaker the text does not name (`eine Quelle`, `ein Sprecher`); never merged across documents.
    case unnamedSource = "UnnamedSource"
    /// A news article the graph was read from.
    case document = "Document"

    /// Whether nodes of this type are named real-world entities.
    public var isEntity: Bool {
        switch self {
        case .person, .organization, .country, .location: true
        case .statement, .unnamedSource, .document: false
        }
    }

    /// Whether nodes of this type can be the source of `asserts` or `denies`.
    public var canSpeak: Bool {
        switch self {
        case .person, .organization, .country, .unnamedSource: true
        case .location, .statement, .document: false
        }
    }

    /// The lower-case word used in node ids and IRIs (`person`, `unnamed-source`).
    public var pathComponent: String { String(idPrefix.dropLast()) }

    /// ``pathComponent`` followed by `-`: how the id of a node of this type starts
    /// (a literal, so that an id is not preceded by joining two strings).
    public var idPrefix: String {
        switch self {
        case .person: "person-"
        case .organization: "organization-"
        case .country: "country-"
        case .location: "location-"
        case .statement: "statement-"
        case .unnamedSource: "unnamed-source-"
        case .document: "document-"
        }
    }

    public static func < (lhs: NodeType, rhs: NodeType) -> Bool { lhs.rawValue < rhs.rawValue }
}
