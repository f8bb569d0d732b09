/// A place that is not a country: a city, a region, a sea, a village.
public struct Place: Sendable, Hashable {
    /// The name as a label: `Charkiw`, `Gazastreifen`.
    public var name: String
    /// Where: `in Charkiw`, `im Gazastreifen`, `auf der Krim`.
    public var location: String
    /// Where to: `nach Charkiw`, `in den Gazastreifen`, `auf die Krim`.
    public var destination: String

    /// Creates a place from its forms.
    public init(name: String, location: String, destination: String) {
        self.name = name
        self.location = location
        self.destination = destination
    }

    /// A place without article: `in X`, `nach X`.
    public init(bare name: String) {
        self.init(name: name, location: "in \(name)", destination: "nach \(name)")
    }

    /// The well-known places, the most newsworthy first; later places are made up (``made(from:)``).
    public static let wellKnown: [Place] = [
        "Charkiw", "Gazastreifen|im Gazastreifen|in den Gazastreifen", "Region Kursk|in der Region Kursk|in die Region Kursk",
        "Donbass|im Donbass|in den Donbass", "Odessa", "Krim|auf der Krim|auf die Krim", "Hamburg", "München",
        "Westjordanland|im Westjordanland|ins Westjordanland", "Cherson", "Köln", "Aleppo", "Saporischschja",
        "Ostsee|in der Ostsee|in die Ostsee", "Frankfurt am Main", "Leipzig", "Mossul", "Darfur",
        "Koreanische Halbinsel|auf der Koreanischen Halbinsel|auf die Koreanische Halbinsel", "Stuttgart",
        "Schwarzes Meer|im Schwarzen Meer|ins Schwarze Meer", "Dresden", "Idlib", "Rostock", "Kaschmir",
        "Sahelzone|in der Sahelzone|in die Sahelzone", "Hannover", "Bergkarabach", "Nürnberg", "Tigray",
        "Südchinesisches Meer|im Südchinesischen Meer|ins Südchinesische Meer", "Bremen", "Kiel", "Magdeburg",
        "Erfurt", "Potsdam", "Mainz", "Saarbrücken", "Lwiw", "Danzig", "Krakau", "Marseille", "Lyon", "Mailand",
        "Neapel", "Barcelona", "Istanbul", "Izmir", "Basra", "Haifa", "Tel Aviv", "Sankt Petersburg", "Belgorod",
    ].map { line in
        let parts = line.split(separator: "|").map(String.init)
        return parts.count == 3 ? Place(name: parts[0], location: parts[1], destination: parts[2]) : Place(bare: line)
    }

    /// A made-up town (`Waldhausen`, `Kronsdorf`); different numbers give
    /// different names until the combinations run out.
    public static func made(from number: Int) -> Place {
        let stem = stems[number % stems.count]
        let ending = endings[(number / stems.count) % endings.count]
        let prefix = number / (stems.count * endings.count) % (prefixes.count + 1)
        let town = stem + ending
        return Place(bare: prefix == 0 ? town : "\(prefixes[prefix - 1]) \(town)")
    }

    private static let stems = [
        "Wald", "Kron", "Eichen", "Lin", "Ross", "Hagen", "Wester", "Oster", "Brun", "Falken", "Mar", "Tann",
        "Birken", "Stein", "Holz", "Mühl", "Wolfs", "Bären", "Kirch", "Sand", "Lauen", "Rosen", "Hasel", "Erlen",
    ]
    private static let endings = [
        "hausen", "dorf", "heim", "stadt", "burg", "ingen", "feld", "berg", "au", "bach", "rode", "hagen", "itz",
        "ow", "kirchen", "brück",
    ]
    private static let prefixes = ["Groß", "Klein", "Neu", "Alt", "Ober", "Nieder", "Bad"]
}
