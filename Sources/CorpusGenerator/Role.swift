/// A role noun, for people: `Außenminister`/`Außenministerin`, and the short
/// noun a later sentence uses for the same person (`der Minister`).
public struct Role: Sendable, Hashable {
    /// What the role belongs to.
    public enum Scope: Sendable, Hashable {
        /// A country's office: `der polnische Außenminister`, `Außenministerin der Ukraine`.
        case country
        /// An organisation's office: `Sprecher des Roten Kreuzes`.
        case organisation
        /// A town's office: `Bürgermeisterin von Waldhausen`.
        case place
        /// No office: `der Politikwissenschaftler`.
        case none
    }

    /// The masculine noun: `Außenminister`.
    public var masculine: String
    /// The feminine noun: `Außenministerin`.
    public var feminine: String
    /// The short masculine noun a later mention uses: `Minister`.
    public var shortMasculine: String
    /// The short feminine noun a later mention uses: `Ministerin`.
    public var shortFeminine: String
    /// What the role belongs to.
    public var scope: Scope

    /// Creates a role.
    public init(_ masculine: String, _ feminine: String, short: String, _ shortFeminine: String, scope: Scope) {
        self.masculine = masculine
        self.feminine = feminine
        self.shortMasculine = short
        self.shortFeminine = shortFeminine
        self.scope = scope
    }

    /// The noun for a person: `Außenministerin` for a woman.
    public func noun(female: Bool) -> String { female ? feminine : masculine }

    /// The short noun with its article: `die Ministerin`.
    public func shortMention(female: Bool) -> String {
        female ? "die \(shortFeminine)" : "der \(shortMasculine)"
    }

    /// Every role, the most frequent in news first.
    public static let all: [Role] = [
        Role("Präsident", "Präsidentin", short: "Präsident", "Präsidentin", scope: .country),
        Role("Außenminister", "Außenministerin", short: "Minister", "Ministerin", scope: .country),
        Role("Sprecher", "Sprecherin", short: "Sprecher", "Sprecherin", scope: .organisation),
        Role("Regierungschef", "Regierungschefin", short: "Regierungschef", "Regierungschefin", scope: .country),
        Role("Verteidigungsminister", "Verteidigungsministerin", short: "Minister", "Ministerin", scope: .country),
        Role("Regierungssprecher", "Regierungssprecherin", short: "Sprecher", "Sprecherin", scope: .country),
        Role("Generalsekretär", "Generalsekretärin", short: "Generalsekretär", "Generalsekretärin", scope: .organisation),
        Role("Innenminister", "Innenministerin", short: "Minister", "Ministerin", scope: .country),
        Role("Bürgermeister", "Bürgermeisterin", short: "Bürgermeister", "Bürgermeisterin", scope: .place),
        Role("Botschafter", "Botschafterin", short: "Diplomat", "Diplomatin", scope: .country),
        Role("Politikwissenschaftler", "Politikwissenschaftlerin", short: "Experte", "Expertin", scope: .none),
        Role("Finanzminister", "Finanzministerin", short: "Minister", "Ministerin", scope: .country),
        Role("Oppositionsführer", "Oppositionsführerin", short: "Politiker", "Politikerin", scope: .country),
        Role("Direktor", "Direktorin", short: "Direktor", "Direktorin", scope: .organisation),
        Role("Ministerpräsident", "Ministerpräsidentin", short: "Regierungschef", "Regierungschefin", scope: .country),
        Role("Generalstabschef", "Generalstabschefin", short: "General", "Generalin", scope: .country),
        Role("Militärexperte", "Militärexpertin", short: "Experte", "Expertin", scope: .none),
        Role("Wirtschaftsminister", "Wirtschaftsministerin", short: "Minister", "Ministerin", scope: .country),
        Role("Vorsitzende", "Vorsitzende", short: "Vorsitzende", "Vorsitzende", scope: .organisation),
        Role("Gouverneur", "Gouverneurin", short: "Gouverneur", "Gouverneurin", scope: .place),
        Role("Ökonom", "Ökonomin", short: "Ökonom", "Ökonomin", scope: .none),
        Role("Gesundheitsminister", "Gesundheitsministerin", short: "Minister", "Ministerin", scope: .country),
        Role("Parlamentspräsident", "Parlamentspräsidentin", short: "Politiker", "Politikerin", scope: .country),
        Role("Analyst", "Analystin", short: "Analyst", "Analystin", scope: .organisation),
        Role("Umweltminister", "Umweltministerin", short: "Minister", "Ministerin", scope: .country),
        Role("Historiker", "Historikerin", short: "Historiker", "Historikerin", scope: .none),
        Role("Augenzeuge", "Augenzeugin", short: "Mann", "Frau", scope: .none),
    ]
}
