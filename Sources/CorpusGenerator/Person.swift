/// A made-up person in the news: name, sex (for role nouns and pronouns),
/// role and what the role belongs to.
public struct Person: Sendable, Hashable {
    /// What a person's role belongs to.
    public enum Affiliation: Sendable, Hashable {
        case country(Country)
        case organisation(Organisation)
        case place(Place)
        case none
    }

    /// `Anna`.
    public var firstName: String
    /// `Berger`.
    public var surname: String
    /// Whether role nouns and pronouns are feminine.
    public var isFemale: Bool
    /// The role noun.
    public var role: Role
    /// What the role belongs to.
    public var affiliation: Affiliation

    /// Creates a person.
    public init(firstName: String, surname: String, isFemale: Bool, role: Role, affiliation: Affiliation) {
        self.firstName = firstName
        self.surname = surname
        self.isFemale = isFemale
        self.role = role
        self.affiliation = affiliation
    }

    /// `Anna Berger`.
    public var fullName: String { "\(firstName) \(surname)" }

    /// `Außenministerin`.
    public var roleNoun: String { role.noun(female: isFemale) }

    /// The subject pronoun: `er`, `sie`.
    public var pronoun: String { isFemale ? "sie" : "er" }

    /// The country the person stands for, when the role is a country's.
    public var country: Country? {
        if case .country(let country) = affiliation { country } else { nil }
    }
}
