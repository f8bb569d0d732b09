/// A role noun or title from `lexicons/roles.tsv`.
public struct RoleNoun: Hashable, Sendable {
    /// The role as a person's attribute (`Präsident`, `Sprecherin`).
    public var role: String
    /// Its gender (`Präsidentin` is feminine).
    public var gender: Gender
    /// Whether it is a title (`Dr.`, `Frau`) rather than a role.
    public var isTitle: Bool

    /// Creates a role noun.
    public init(role: String, gender: Gender, isTitle: Bool = false) {
        self.role = role
        self.gender = gender
        self.isTitle = isTitle
    }
}
