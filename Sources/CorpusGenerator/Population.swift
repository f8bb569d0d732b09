/// Everyone and everything the news has written about so far, and who comes next.
///
/// People, organisations and places are each drawn from an ``ActorUrn``:
/// frequent actors come back again and again, and new ones keep appearing,
/// so the graph grows the way a real corpus's does. Organisations and places
/// start with the well-known ones and go on with made-up ones; people are
/// all made up, each with a name used by no one else.
struct Population: Sendable {
    private var people: [Person] = []
    private var organisations: [Organisation] = []
    private var places: [Place] = []
    private var personUrn = ActorUrn(strength: 60, discount: 0.62, recency: 0.35, recentWindow: 300)
    private var organisationUrn = ActorUrn(strength: 12, discount: 0.45, recency: 0.2, recentWindow: 200)
    private var placeUrn = ActorUrn(strength: 20, discount: 0.5, recency: 0.3, recentWindow: 200)
    private var usedNames: Set<String> = []
    private let countryTable = ZipfTable(count: Country.all.count, exponent: 1.05)
    private let roleTable = ZipfTable(count: Role.all.count, exponent: 0.8)

    /// How many distinct people have appeared.
    var personCount: Int { people.count }

    /// A country, by Zipf's law over ``Country/all``.
    func country(using random: inout SplitMix64) -> Country {
        Country.all[countryTable.draw(using: &random)]
    }

    /// A person: often a familiar one, sometimes someone new.
    mutating func person(using random: inout SplitMix64) -> Person {
        let (index, isNew) = personUrn.draw(using: &random)
        if isNew { people.append(newPerson(using: &random)) }
        return people[index]
    }

    /// An organisation: often a familiar one, sometimes a new one.
    mutating func organisation(using random: inout SplitMix64) -> Organisation {
        let (index, isNew) = organisationUrn.draw(using: &random)
        if isNew {
            let known = Organisation.wellKnown
            organisations.append(index < known.count ? known[index] : Organisation.made(from: index - known.count))
        }
        return organisations[index]
    }

    /// A place: often a familiar one, sometimes a new one.
    mutating func place(using random: inout SplitMix64) -> Place {
        let (index, isNew) = placeUrn.draw(using: &random)
        if isNew {
            let known = Place.wellKnown
            places.append(index < known.count ? known[index] : Place.made(from: index - known.count))
        }
        return places[index]
    }

    private mutating func newPerson(using random: inout SplitMix64) -> Person {
        let isFemale = random.chance(0.42)
        let role = Role.all[roleTable.draw(using: &random)]
        let affiliation: Person.Affiliation
        switch role.scope {
        case .country: affiliation = .country(country(using: &random))
        case .organisation: affiliation = .organisation(organisation(using: &random))
        case .place: affiliation = .place(townOrCity(using: &random))
        case .none: affiliation = .none
        }
        let firstNames = isFemale ? NamePool.femaleFirstNames : NamePool.maleFirstNames
        var firstName = random.pick(firstNames)
        var surname = self.surname(using: &random)
        var attempts = 0
        while usedNames.contains("\(firstName) \(surname)") {
            attempts += 1
            firstName = random.pick(firstNames)
            surname = attempts < 20 ? self.surname(using: &random) : "\(self.surname(using: &random))-\(surname)"
        }
        usedNames.insert("\(firstName) \(surname)")
        return Person(firstName: firstName, surname: surname, isFemale: isFemale, role: role, affiliation: affiliation)
    }

    private func surname(using random: inout SplitMix64) -> String {
        if random.chance(0.65) { return random.pick(NamePool.surnames) }
        return random.pick(NamePool.surnameStems) + random.pick(NamePool.surnameEndings)
    }

    /// A place named without article, for `Bürgermeister von X`.
    private mutating func townOrCity(using random: inout SplitMix64) -> Place {
        for _ in 0..<4 {
            let candidate = place(using: &random)
            if candidate.location == "in \(candidate.name)" { return candidate }
        }
        return Place.made(from: random.int(below: 5_000))
    }
}
