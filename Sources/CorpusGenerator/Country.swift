/// A country, with the forms German news needs: `Polen`/`die Ukraine` as
/// subject, `Polens`/`der Ukraine` after a noun, `nach Polen`/`in die Ukraine`
/// as a destination, and its capital and adjective.
public struct Country: Sendable, Hashable {
    /// How the name takes an article: none (`Polen`), feminine (`die Ukraine`),
    /// masculine (`der Iran`) or plural (`die USA`).
    public enum Article: Sendable, Hashable {
        case none, feminine, masculine, plural
    }

    /// The name without article: `Polen`, `Ukraine`.
    public var name: String
    /// Its article.
    public var article: Article
    /// The adjective stem: `polnisch`.
    public var adjective: String
    /// The capital, for metonymy (`Warschau dementierte, ...`).
    public var capital: String

    /// Creates a country.
    public init(name: String, article: Article, adjective: String, capital: String) {
        self.name = name
        self.article = article
        self.adjective = adjective
        self.capital = capital
    }

    /// Whether verbs take the plural (`die USA schicken`).
    public var isPlural: Bool { article == .plural }

    /// Nominative: `Polen`, `die Ukraine`, `der Iran`, `die USA`.
    public var nominative: String {
        switch article {
        case .none: name
        case .feminine, .plural: "die \(name)"
        case .masculine: "der \(name)"
        }
    }

    /// Accusative: `Polen`, `die Ukraine`, `den Iran`, `die USA`.
    public var accusative: String {
        article == .masculine ? "den \(name)" : nominative
    }

    /// Dative: `Polen`, `der Ukraine`, `dem Iran`, `den USA`.
    public var dative: String {
        switch article {
        case .none: name
        case .feminine: "der \(name)"
        case .masculine: "dem \(name)"
        case .plural: "den \(name)"
        }
    }

    /// Genitive after a noun: `Polens`, `der Ukraine`, `des Iran`, `der USA`.
    public var genitive: String {
        switch article {
        case .none: name.hasSuffix("s") ? "von \(name)" : "\(name)s"
        case .feminine, .plural: "der \(name)"
        case .masculine: "des \(name)"
        }
    }

    /// Where to: `nach Polen`, `in die Ukraine`, `in den Iran`, `in die USA`.
    public var destination: String {
        article == .none ? "nach \(name)" : "in \(accusative)"
    }

    /// Where: `in Polen`, `in der Ukraine`, `im Iran`, `in den USA`.
    public var location: String {
        article == .masculine ? "im \(name)" : "in \(dative)"
    }

    /// The adjective after a definite article in the nominative: `polnische`.
    public var adjectiveE: String { adjective + "e" }

    /// Every country the generator writes about, the most newsworthy first.
    public static let all: [Country] = rows.map { Country(name: $0.0, article: $0.1, adjective: $0.2, capital: $0.3) }

    private static let rows: [(String, Article, String, String)] = [
        ("USA", .plural, "amerikanisch", "Washington"), ("Russland", .none, "russisch", "Moskau"),
        ("Ukraine", .feminine, "ukrainisch", "Kiew"), ("Deutschland", .none, "deutsch", "Berlin"),
        ("China", .none, "chinesisch", "Peking"), ("Frankreich", .none, "französisch", "Paris"),
        ("Israel", .none, "israelisch", "Jerusalem"), ("Großbritannien", .none, "britisch", "London"),
        ("Polen", .none, "polnisch", "Warschau"), ("Türkei", .feminine, "türkisch", "Ankara"),
        ("Iran", .masculine, "iranisch", "Teheran"), ("Nordkorea", .none, "nordkoreanisch", "Pjöngjang"),
        ("Italien", .none, "italienisch", "Rom"), ("Südkorea", .none, "südkoreanisch", "Seoul"),
        ("Japan", .none, "japanisch", "Tokio"), ("Spanien", .none, "spanisch", "Madrid"),
        ("Indien", .none, "indisch", "Neu-Delhi"), ("Österreich", .none, "österreichisch", "Wien"),
        ("Syrien", .none, "syrisch", "Damaskus"), ("Schweiz", .feminine, "schweizerisch", "Bern"),
        ("Niederlande", .plural, "niederländisch", "Den Haag"), ("Belarus", .none, "belarussisch", "Minsk"),
        ("Ungarn", .none, "ungarisch", "Budapest"), ("Brasilien", .none, "brasilianisch", "Brasília"),
        ("Ägypten", .none, "ägyptisch", "Kairo"), ("Schweden", .none, "schwedisch", "Stockholm"),
        ("Finnland", .none, "finnisch", "Helsinki"), ("Belgien", .none, "belgisch", "Brüssel"),
        ("Tschechien", .none, "tschechisch", "Prag"), ("Griechenland", .none, "griechisch", "Athen"),
        ("Irak", .masculine, "irakisch", "Bagdad"), ("Libanon", .masculine, "libanesisch", "Beirut"),
        ("Saudi-Arabien", .none, "saudi-arabisch", "Riad"), ("Katar", .none, "katarisch", "Doha"),
        ("Afghanistan", .none, "afghanisch", "Kabul"), ("Pakistan", .none, "pakistanisch", "Islamabad"),
        ("Kanada", .none, "kanadisch", "Ottawa"), ("Mexiko", .none, "mexikanisch", "Mexiko-Stadt"),
        ("Norwegen", .none, "norwegisch", "Oslo"), ("Dänemark", .none, "dänisch", "Kopenhagen"),
        ("Rumänien", .none, "rumänisch", "Bukarest"), ("Serbien", .none, "serbisch", "Belgrad"),
        ("Litauen", .none, "litauisch", "Vilnius"), ("Lettland", .none, "lettisch", "Riga"),
        ("Estland", .none, "estnisch", "Tallinn"), ("Georgien", .none, "georgisch", "Tiflis"),
        ("Armenien", .none, "armenisch", "Eriwan"), ("Aserbaidschan", .none, "aserbaidschanisch", "Baku"),
        ("Kasachstan", .none, "kasachisch", "Astana"), ("Jordanien", .none, "jordanisch", "Amman"),
        ("Jemen", .masculine, "jemenitisch", "Sanaa"), ("Sudan", .masculine, "sudanesisch", "Khartum"),
        ("Argentinien", .none, "argentinisch", "Buenos Aires"), ("Kolumbien", .none, "kolumbianisch", "Bogotá"),
        ("Venezuela", .none, "venezolanisch", "Caracas"), ("Südafrika", .none, "südafrikanisch", "Pretoria"),
        ("Nigeria", .none, "nigerianisch", "Abuja"), ("Kenia", .none, "kenianisch", "Nairobi"),
        ("Äthiopien", .none, "äthiopisch", "Addis Abeba"), ("Mali", .none, "malisch", "Bamako"),
        ("Australien", .none, "australisch", "Canberra"), ("Indonesien", .none, "indonesisch", "Jakarta"),
        ("Vietnam", .none, "vietnamesisch", "Hanoi"), ("Philippinen", .plural, "philippinisch", "Manila"),
        ("Taiwan", .none, "taiwanisch", "Taipeh"), ("Thailand", .none, "thailändisch", "Bangkok"),
    ]
}
