/// A body noun from `lexicons/institutions.tsv` (`Geheimdienst`, `Verteidigungsministerium`).
public struct Institution: Hashable, Sendable {
    /// The canonical noun that synonyms fold into (`Nachrichtendienst` → `Geheimdienst`).
    public var canonical: String
    /// Its gender, for the adjective ending of the name (`Südkoreanischer Geheimdienst`).
    public var gender: Gender

    /// Creates an institution noun.
    public init(canonical: String, gender: Gender) {
        self.canonical = canonical
        self.gender = gender
    }
}
