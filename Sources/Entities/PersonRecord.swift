import NewsGraphModel

/// What a document says about one person: the fullest name, the roles and
/// affiliation written next to it, and the gender those tell.
public struct PersonRecord: Hashable, Sendable {
    /// The person's name in the document (gazetteer canonical or fullest form seen).
    public var name: String
    /// The name's parts, lower-cased, for surname-only and first-part matches.
    public var parts: [String]
    /// Role heads seen next to the name (`Präsident`, `Sprecherin`), each once, in the order first seen.
    /// (A list: a person has one or two, and a set's table cost more to make than they take to look through.)
    public var roles: [String]
    /// The country or body of the role (`Ukraine` for "der ukrainische Präsident").
    public var affiliation: String?
    /// The gender a role or title tells.
    public var gender: Gender

    /// Creates a record.
    public init(name: String, parts: [String], roles: [String] = [], affiliation: String? = nil, gender: Gender = .unknown) {
        self.name = name
        self.parts = parts
        self.roles = roles
        self.affiliation = affiliation
        self.gender = gender
    }

    /// Adds what another record of the person tells: its roles, and its affiliation and gender
    /// where this record has none.
    mutating func merge(_ other: PersonRecord) {
        for role in other.roles { add(role: role) }
        merge(role: nil, affiliation: other.affiliation, gender: other.gender)
    }

    /// Adds a role, and an affiliation and gender where this record has none.
    mutating func merge(role: String?, affiliation: String?, gender: Gender) {
        if let role { add(role: role) }
        self.affiliation = self.affiliation ?? affiliation
        if self.gender == .unknown { self.gender = gender }
    }

    /// Adds a role not yet among ``roles``.
    private mutating func add(role: String) {
        if !roles.contains(role) { roles.append(role) }
    }

    /// The entity reference of the person.
    public var entity: EntityRef { EntityRef(.person, name) }
}
