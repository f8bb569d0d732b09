/// One article being written: its cast (people, two countries, a place, an
/// organisation), who has been introduced already, and the filling of
/// ``Template``s with all of it.
///
/// The first time the text names a person it gives the full name with the
/// role (`der polnische Außenminister Jan Nowak`, `Anna Berger, Sprecherin
/// der NATO,`); later sentences use the surname, the role noun
/// (`der Minister`) or, right after the person was the subject, a pronoun.
struct Story {
    /// The people in the story, the main one first.
    let people: [Person]
    /// The country the story is about, and another one it involves.
    let home: Country
    let other: Country
    /// Where it happens.
    let place: Place
    /// An organisation that reports, warns or is quoted.
    let organisation: Organisation
    /// Who speaks in the sentence being written (an index into `people`).
    var speaker = 0

    private var introduced: Set<Int> = []
    private var lastSubject: Int?
    private var lastQuoteIsQuestion = false
    private var sentenceHasSubject = false

    init(people: [Person], home: Country, other: Country, place: Place, organisation: Organisation) {
        precondition(!people.isEmpty, "a story needs at least one person")
        self.people = people
        self.home = home
        self.other = other
        self.place = place
        self.organisation = organisation
    }

    /// One sentence (or more) from `template`, its first letter capitalised.
    mutating func sentence(_ template: Template, using random: inout SplitMix64) -> String {
        sentenceHasSubject = false
        let text = fill(template, using: &random)
        lastSubject = sentenceHasSubject ? speaker : nil
        return Self.capitalized(text)
    }

    private mutating func fill(_ template: Template, using random: inout SplitMix64) -> String {
        var result = ""
        for (position, segment) in template.segments.enumerated() {
            switch segment {
            case .text(let text):
                result += text
            case .slot(.subject, let capitalized):
                let (phrase, apposition) = subject(using: &random)
                result += capitalized ? Self.capitalized(phrase) : phrase
                if apposition, case .text(let next)? = template.segments[safe: position + 1],
                    !next.hasPrefix("."), !next.hasPrefix(",")
                {
                    result += ","
                }
            case .slot(let slot, let capitalized):
                let value = self.value(of: slot, using: &random)
                result += capitalized ? Self.capitalized(value) : value
            }
        }
        return result
    }

    private mutating func value(of slot: Slot, using random: inout SplitMix64) -> String {
        switch slot {
        case .country(let which, let form): form.of(which == .home ? home : other)
        case .agree(let agreement, let singular, let plural):
            switch agreement {
            case .home: home.isPlural ? plural : singular
            case .other: other.isPlural ? plural : singular
            case .organisation: organisation.isPlural ? plural : singular
            }
        case .organisation(let form):
            switch form {
            case .nominative: organisation.nominative
            case .genitive: organisation.genitive
            case .dative: organisation.dative
            }
        case .place(let form):
            switch form {
            case .name: place.name
            case .location: place.location
            case .destination: place.destination
            }
        case .subject: subject(using: &random).phrase
        case .name: name(of: speaker, using: &random)
        case .surname: people[speaker].surname
        case .otherName:
            if people.count > 1 {
                name(of: (speaker + 1 + random.int(below: people.count - 1)) % people.count, using: &random)
            } else {
                organisation.dative
            }
        case .pool(let pool): value(of: pool, using: &random)
        }
    }

    private mutating func value(of pool: Slot.Pool, using random: inout SplitMix64) -> String {
        switch pool {
        case .topic: return random.pick(Phrasebook.topics)
        case .state: return random.pick(Phrasebook.states)
        case .talks: return random.pick(Phrasebook.talks)
        case .suffered: return random.pick(Phrasebook.suffered)
        case .goods: return random.pick(Phrasebook.goods)
        case .danger: return random.pick(Phrasebook.dangers)
        case .event: return random.pick(Phrasebook.events)
        case .agreement: return random.pick(Phrasebook.agreements)
        case .weekday: return random.pick(Phrasebook.weekdays)
        case .month: return random.pick(Phrasebook.months)
        case .year: return String(random.int(in: 1998...2023))
        case .sayVerb: return random.pick(Phrasebook.sayVerbs)
        case .quoteVerb: return lastQuoteIsQuestion ? "fragte" : random.pick(Phrasebook.quoteVerbs)
        case .troops: return Self.troops(using: &random)
        case .people: return Self.peopleCount(using: &random)
        case .small: return random.pick(Phrasebook.numberWords)
        case .percent:
            return random.chance(0.3)
                ? GermanNumber.tenths(random.int(in: 1...35) * 10 + 5) : String(random.int(in: 1...35))
        case .money: return Self.money(using: &random)
        case .quote, .quoteSentence:
            let quote = Self.capitalized(fill(random.pick(Phrasebook.quotes), using: &random))
            lastQuoteIsQuestion = quote.hasSuffix("?")
            return pool == .quoteSentence && !lastQuoteIsQuestion ? quote + "." : quote
        case .shortQuote: return fill(random.pick(Phrasebook.shortQuotes), using: &random)
        case .indirect: return fill(random.pick(Phrasebook.indirect), using: &random)
        case .dass: return fill(random.pick(Phrasebook.dassClauses), using: &random)
        case .v2: return fill(random.pick(Phrasebook.verbFirst), using: &random)
        }
    }

    /// The speaker as a subject, and whether it is an apposition that needs a closing comma.
    private mutating func subject(using random: inout SplitMix64) -> (phrase: String, apposition: Bool) {
        sentenceHasSubject = true
        let person = people[speaker]
        if introduced.contains(speaker) {
            if lastSubject == speaker && random.chance(0.4) { return (person.pronoun, false) }
            if random.chance(0.3) { return (person.role.shortMention(female: person.isFemale), false) }
            return (person.surname, false)
        }
        introduced.insert(speaker)
        let article = person.isFemale ? "die" : "der"
        let role = person.roleNoun
        let full = person.fullName
        switch person.affiliation {
        case .country(let country):
            switch random.int(below: 3) {
            case 0: return ("\(article) \(country.adjectiveE) \(role) \(full)", false)
            case 1 where country.article == .none && !country.genitive.hasPrefix("von"):
                return ("\(country.genitive) \(role) \(full)", false)
            default: return ("\(full), \(role) \(country.genitive)", true)
            }
        case .organisation(let organisation):
            return random.chance(0.5)
                ? ("\(full), \(role) \(organisation.genitive)", true)
                : ("\(article) \(role) \(organisation.genitive), \(full)", true)
        case .place(let town):
            return random.chance(0.5)
                ? ("\(full), \(role) von \(town.name)", true) : ("\(article) \(role) von \(town.name), \(full)", true)
        case .none:
            return ("\(article) \(role) \(full)", false)
        }
    }

    /// A person after a preposition: surname once introduced, else the full name, often with the role.
    private mutating func name(of index: Int, using random: inout SplitMix64) -> String {
        let person = people[index]
        if introduced.contains(index) { return person.surname }
        introduced.insert(index)
        return random.chance(0.5) ? "\(person.roleNoun) \(person.fullName)" : person.fullName
    }

    private static func troops(using random: inout SplitMix64) -> String {
        let unit = random.pick(Phrasebook.troopUnits)
        let hedge = random.pick(Phrasebook.hedges)
        if unit.small {
            let count = random.int(below: Phrasebook.numberWords.count)
            return "\(hedge)\(Phrasebook.numberWords[count]) \(unit.noun)"
        }
        let roll = random.unit()
        if roll < 0.08 { return "\(random.chance(0.5) ? "Tausende" : "Hunderte") \(unit.noun)" }
        let count = roll < 0.65 ? random.int(in: 2...60) * 500 : random.int(in: 2...19) * 50
        return "\(hedge)\(GermanNumber.grouped(count)) \(unit.noun)"
    }

    private static func peopleCount(using random: inout SplitMix64) -> String {
        let roll = random.unit()
        if roll < 0.45 { return String(random.int(in: 2...60)) }
        if roll < 0.85 { return String(random.int(in: 6...95) * 10) }
        return GermanNumber.grouped(random.int(in: 10...400) * 100)
    }

    private static func money(using random: inout SplitMix64) -> String {
        switch random.int(below: 3) {
        case 0: "\(random.int(in: 5...900)) Millionen Euro"
        case 1: "\(GermanNumber.tenths(random.int(in: 11...250))) Milliarden Euro"
        default: "\(GermanNumber.grouped(random.int(in: 2...900) * 1_000)) Euro"
        }
    }

    /// `text` with its first letter in upper case.
    static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension Slot.CountryForm {
    /// This form of `country`'s name.
    func of(_ country: Country) -> String {
        switch self {
        case .nominative: country.nominative
        case .accusative: country.accusative
        case .dative: country.dative
        case .genitive: country.genitive
        case .destination: country.destination
        case .location: country.location
        case .capital: country.capital
        case .adjective: country.adjective
        }
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
