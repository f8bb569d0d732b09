/// What a deployment sends, from `military-units.tsv`.
public struct UnitNoun: Hashable, Sendable {
    /// The unit as the edge's attribute (`Soldaten`, `Brigaden`).
    public var unit: String
    /// Whether it is a formation whose size may be given (`vier Brigaden mit 12.000 Soldaten`).
    public var isFormation: Bool

    /// Creates a unit noun.
    public init(unit: String, isFormation: Bool) {
        self.unit = unit
        self.isFormation = isFormation
    }
}
