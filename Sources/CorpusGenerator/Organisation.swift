/// An organisation, with its forms in three cases:
/// `die NATO` / `der NATO` / `der NATO`, `das Rote Kreuz` / `des Roten Kreuzes` / `dem Roten Kreuz`.
///
/// A name without article takes `von` in the genitive: `von Greenpeace`.
public struct Organisation: Sendable, Hashable {
    /// Nominative, with its article: `die NATO`.
    public var nominative: String
    /// Genitive after a noun: `der NATO`, `von Greenpeace`.
    public var genitive: String
    /// Dative: `der NATO`, after `laut`, `mit`.
    public var dative: String
    /// Whether verbs take the plural (`die Vereinten Nationen teilten mit`).
    public var isPlural: Bool

    /// Creates an organisation from its three forms.
    public init(nominative: String, genitive: String, dative: String, isPlural: Bool = false) {
        self.nominative = nominative
        self.genitive = genitive
        self.dative = dative
        self.isPlural = isPlural
    }

    /// The well-known organisations, the most newsworthy first; the urn's
    /// first actors are these, later ones are made up (see ``made(from:)``).
    public static let wellKnown: [Organisation] = [
        "die NATO|der NATO|der NATO", "die EU|der EU|der EU",
        "die Vereinten Nationen|der Vereinten Nationen|den Vereinten Nationen|p", "der Kreml|des Kremls|dem Kreml",
        "das Rote Kreuz|des Roten Kreuzes|dem Roten Kreuz", "das Pentagon|des Pentagons|dem Pentagon",
        "die Europäische Kommission|der Europäischen Kommission|der Europäischen Kommission",
        "das Weiße Haus|des Weißen Hauses|dem Weißen Haus",
        "die Nachrichtenagentur Reuters|der Nachrichtenagentur Reuters|der Nachrichtenagentur Reuters",
        "die Deutsche Presse-Agentur|der Deutschen Presse-Agentur|der Deutschen Presse-Agentur",
        "die Bundeswehr|der Bundeswehr|der Bundeswehr",
        "die Internationale Atomenergiebehörde|der Internationalen Atomenergiebehörde|der Internationalen Atomenergiebehörde",
        "die Weltgesundheitsorganisation|der Weltgesundheitsorganisation|der Weltgesundheitsorganisation",
        "Amnesty International|von Amnesty International|Amnesty International",
        "der Internationale Währungsfonds|des Internationalen Währungsfonds|dem Internationalen Währungsfonds",
        "die Weltbank|der Weltbank|der Weltbank", "die OSZE|der OSZE|der OSZE",
        "die Nachrichtenagentur AFP|der Nachrichtenagentur AFP|der Nachrichtenagentur AFP",
        "Human Rights Watch|von Human Rights Watch|Human Rights Watch",
        "die Europäische Zentralbank|der Europäischen Zentralbank|der Europäischen Zentralbank",
        "die Afrikanische Union|der Afrikanischen Union|der Afrikanischen Union",
        "die Arabische Liga|der Arabischen Liga|der Arabischen Liga",
        "der Internationale Strafgerichtshof|des Internationalen Strafgerichtshofs|dem Internationalen Strafgerichtshof",
        "die Nachrichtenagentur Interfax|der Nachrichtenagentur Interfax|der Nachrichtenagentur Interfax",
        "das Kinderhilfswerk Unicef|des Kinderhilfswerks Unicef|dem Kinderhilfswerk Unicef",
        "Ärzte ohne Grenzen|von Ärzte ohne Grenzen|Ärzte ohne Grenzen", "Greenpeace|von Greenpeace|Greenpeace",
        "die Welthandelsorganisation|der Welthandelsorganisation|der Welthandelsorganisation",
        "das Statistische Bundesamt|des Statistischen Bundesamts|dem Statistischen Bundesamt",
        "der Deutsche Gewerkschaftsbund|des Deutschen Gewerkschaftsbunds|dem Deutschen Gewerkschaftsbund",
        "die Gewerkschaft Verdi|der Gewerkschaft Verdi|der Gewerkschaft Verdi",
        "die Associated Press|der Associated Press|der Associated Press",
    ].map { line in
        let parts = line.split(separator: "|").map(String.init)
        return Organisation(nominative: parts[0], genitive: parts[1], dative: parts[2], isPlural: parts.count > 3)
    }

    /// A made-up organisation: `das Leipziger Institut für Friedensforschung`,
    /// `der Polnische Verband der Landwirte`, `die Stiftung für Klimaschutz`.
    /// Different numbers give different names until the combinations run out.
    public static func made(from number: Int) -> Organisation {
        var rest = number
        func next(_ count: Int) -> Int {
            defer { rest /= count }
            return rest % count
        }
        let head = heads[next(heads.count)]
        let complement = complements[next(complements.count)]
        let qualifier = next(cityAdjectives.count + Country.all.count + 1)
        let adjective: String?
        let inflects: Bool
        if qualifier == 0 {
            adjective = nil
            inflects = false
        } else if qualifier <= cityAdjectives.count {
            adjective = cityAdjectives[qualifier - 1]
            inflects = false
        } else {
            let stem = Country.all[qualifier - 1 - cityAdjectives.count].adjective
            adjective = stem.prefix(1).uppercased() + stem.dropFirst()
            inflects = true
        }
        func phrase(_ article: String, _ ending: String, _ noun: String) -> String {
            let adjectiveWord = adjective.map { inflects ? "\($0)\(ending) " : "\($0) " } ?? ""
            return "\(article) \(adjectiveWord)\(noun) \(complement)"
        }
        switch head.gender {
        case .masculine:
            return Organisation(
                nominative: phrase("der", "e", head.noun), genitive: phrase("des", "en", head.genitive),
                dative: phrase("dem", "en", head.noun))
        case .feminine:
            return Organisation(
                nominative: phrase("die", "e", head.noun), genitive: phrase("der", "en", head.noun),
                dative: phrase("der", "en", head.noun))
        case .neuter:
            return Organisation(
                nominative: phrase("das", "e", head.noun), genitive: phrase("des", "en", head.genitive),
                dative: phrase("dem", "en", head.noun))
        }
    }

    private enum Gender { case masculine, feminine, neuter }

    private static let heads: [(noun: String, genitive: String, gender: Gender)] = [
        ("Institut", "Instituts", .neuter), ("Verband", "Verbands", .masculine), ("Stiftung", "Stiftung", .feminine),
        ("Zentrum", "Zentrums", .neuter), ("Gewerkschaft", "Gewerkschaft", .feminine), ("Rat", "Rats", .masculine),
        ("Bündnis", "Bündnisses", .neuter), ("Initiative", "Initiative", .feminine), ("Forum", "Forums", .neuter),
        ("Vereinigung", "Vereinigung", .feminine), ("Netzwerk", "Netzwerks", .neuter), ("Verein", "Vereins", .masculine),
        ("Gesellschaft", "Gesellschaft", .feminine), ("Kammer", "Kammer", .feminine), ("Behörde", "Behörde", .feminine),
        ("Bund", "Bunds", .masculine), ("Komitee", "Komitees", .neuter),
    ]

    private static let complements = [
        "für Friedensforschung", "für Wirtschaftsforschung", "der Landwirte", "für Menschenrechte", "für Energiepolitik",
        "der Kommunen", "für Migration", "der Ärzte", "für Sicherheitspolitik", "der Lehrerinnen und Lehrer",
        "für Verbraucherschutz", "für Klimaschutz", "der Automobilindustrie", "für Katastrophenhilfe",
        "der Reedereien", "für Digitales", "für Pressefreiheit", "der Spediteure", "für Wohnungsbau",
        "der Pflegekräfte", "für Osteuropastudien", "der Binnenschiffer", "für Konfliktforschung", "der Bäcker",
        "für Meeresschutz", "der Mieter", "für Entwicklungshilfe", "der Zeitungsverleger", "für Cybersicherheit",
        "der Bergleute", "für Rüstungskontrolle", "der Hebammen",
    ]

    private static let cityAdjectives = [
        "Berliner", "Hamburger", "Münchner", "Kölner", "Frankfurter", "Leipziger", "Dresdner", "Stuttgarter",
        "Bremer", "Wiener", "Zürcher", "Kieler", "Mainzer", "Potsdamer", "Rostocker",
    ]
}
