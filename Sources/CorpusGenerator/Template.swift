/// A sentence pattern with slots, parsed once: `{Home} {home:schickt|schicken} {troops} {other.dest}.`
///
/// A slot names what fills it (see ``Slot``); a slot whose name starts with
/// a capital letter gets its first letter capitalised (`{Indirect}`).
/// `{home:schickt|schicken}` takes the singular or plural form as the home
/// country is one or many (`Polen schickt`, `die USA schicken`).
struct Template: Sendable {
    /// A piece of a template: fixed text or a slot.
    enum Segment: Sendable {
        case text(String)
        case slot(Slot, capitalized: Bool)
    }

    /// The pieces in order.
    let segments: [Segment]

    /// Parses a pattern; an unknown slot name is a programming error.
    init(_ pattern: String) {
        var segments: [Segment] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { segments.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { preconditionFailure("unclosed slot in \(pattern)") }
            let name = rest[rest.index(after: open)..<close]
            guard let slot = Slot(name) else { preconditionFailure("unknown slot {\(name)} in \(pattern)") }
            segments.append(.slot(slot, capitalized: name.first?.isUppercase ?? false))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        self.segments = segments
    }
}

/// What fills a slot of a ``Template``.
enum Slot: Sendable, Hashable {
    /// The story's two countries.
    enum Which: Sendable, Hashable { case home, other }
    /// A form of a country's name.
    enum CountryForm: String, Sendable, Hashable {
        case nominative = "", accusative = "acc", dative = "dat", genitive = "gen", destination = "dest"
        case location = "loc", capital, adjective = "adj"
    }
    /// A form of an organisation's name.
    enum OrganisationForm: String, Sendable, Hashable { case nominative = "", genitive = "gen", dative = "dat" }
    /// A form of a place's name.
    enum PlaceForm: String, Sendable, Hashable { case name = "", location = "loc", destination = "dest" }
    /// Words and clauses drawn afresh for every slot.
    enum Pool: String, Sendable, Hashable, CaseIterable {
        case topic, state, talks, suffered, goods, danger, event, agreement, weekday, month, year
        case sayVerb = "say", quoteVerb, troops, people, small, percent, money
        case quote, quoteSentence = "quote.", shortQuote, indirect, dass, v2
    }

    case country(Which, CountryForm)
    /// Singular or plural, agreeing with a country (`home`, `other`) or the organisation (`org`).
    case agree(Agreement, singular: String, plural: String)
    case organisation(OrganisationForm)
    case place(PlaceForm)
    /// The current speaker as the subject: introduced in full the first time, later by surname, role or pronoun.
    case subject
    /// The current speaker after a preposition (`laut Berger`).
    case name
    /// The current speaker's surname.
    case surname
    /// Someone else in the story, after a preposition, or the organisation when the story has one person.
    case otherName
    case pool(Pool)

    /// Who a verb agrees with.
    enum Agreement: Sendable, Hashable { case home, other, organisation }

    /// Parses a slot name such as `home.dest`, `org:teilte|teilten`, `Subject`.
    init?(_ raw: Substring) {
        let name = raw.prefix(1).lowercased() + raw.dropFirst()
        if let colon = name.firstIndex(of: ":") {
            let forms = name[name.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false)
            guard forms.count == 2 else { return nil }
            let agreement: Agreement
            switch name[..<colon] {
            case "home": agreement = .home
            case "other": agreement = .other
            case "org": agreement = .organisation
            default: return nil
            }
            self = .agree(agreement, singular: String(forms[0]), plural: String(forms[1]))
            return
        }
        let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let head = String(parts[0])
        let form = parts.count > 1 ? String(parts[1]) : ""
        switch head {
        case "home", "other":
            guard let countryForm = CountryForm(rawValue: form) else { return nil }
            self = .country(head == "home" ? .home : .other, countryForm)
        case "org":
            guard let organisationForm = OrganisationForm(rawValue: form) else { return nil }
            self = .organisation(organisationForm)
        case "place":
            guard let placeForm = PlaceForm(rawValue: form) else { return nil }
            self = .place(placeForm)
        case "subject" where form.isEmpty: self = .subject
        case "name" where form.isEmpty: self = .name
        case "surname" where form.isEmpty: self = .surname
        case "otherName" where form.isEmpty: self = .otherName
        default:
            guard let pool = Pool(rawValue: name) else { return nil }
            self = .pool(pool)
        }
    }
}
