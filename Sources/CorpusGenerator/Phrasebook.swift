/// The generator's own German phrases: clause patterns, sentence patterns
/// and word lists, all written for it (none taken from any corpus).
enum Phrasebook {
    // MARK: Clauses that slots expand to

    /// Direct speech, first person, without final punctuation unless a question.
    static let quotes = templates(
        "Wir werden {topic} nicht aufgeben", "Die Lage {place.loc} ist {state}",
        "Wir stehen fest an der Seite {other.gen}", "Das ist ein schwarzer Tag für {home.acc}",
        "Niemand in {home.capital} will eine weitere Eskalation", "Wir brauchen jetzt {topic}, und zwar schnell",
        "Ich habe mit {otherName} lange darüber gesprochen", "Es gibt keine Alternative zu Verhandlungen",
        "Wer {topic} infrage stellt, spielt mit dem Feuer", "Die Menschen {place.loc} haben ein Recht auf Sicherheit",
        "Diese Vorwürfe sind haltlos und frei erfunden",
        "Wir haben {troops} {other.dest} geschickt, und wir sind bereit, mehr zu tun", "Unsere Geduld ist am Ende",
        "Wir erwarten von {other.dat} ein klares Signal",
        "Die nächsten Wochen werden zeigen, ob {home} es ernst {home:meint|meinen}",
        "Ich bin zuversichtlich, dass wir bis {month} eine Lösung finden", "Wir lassen uns nicht einschüchtern",
        "Mehr als {people} Menschen haben alles verloren", "Das ist erst der Anfang",
        "Jeder Tag ohne Waffenruhe kostet Menschenleben", "Wir fordern {topic}",
        "Die Zahlen sprechen eine deutliche Sprache", "Wir haben {org.dat} alle Unterlagen übergeben",
        "Die Sanktionen gegen {other.acc} wirken", "Wie lange sollen die Menschen {place.loc} noch warten?",
        "Wer soll das bezahlen?", "Wir kämpfen für {topic}, nicht gegen {other.acc}",
        "Ich habe {place} selbst besucht. Die Zerstörung ist unvorstellbar",
        "Wir sind zu Gesprächen bereit, aber nicht um jeden Preis", "Niemand hat ein Interesse an {danger}",
        "Das war ein Fehler, und dafür übernehme ich die Verantwortung",
        "Wir haben {percent} Prozent mehr investiert als im Vorjahr")

    /// Short direct speech for headlines.
    static let shortQuotes = templates(
        "Wir geben nicht auf", "Die Lage ist ernst", "Das ist inakzeptabel", "Wir sind bereit zu Gesprächen",
        "Es gibt keinen Grund zur Panik", "Wir werden nicht zurückweichen", "Die Zeit drängt",
        "Das war erst der Anfang")

    /// Reported speech in the subjunctive, a main clause starting in lower case.
    static let indirect = templates(
        "es gehe um {topic}", "die Regierung werde {topic} nicht aufgeben",
        "man sei zu Gesprächen mit {other.dat} bereit", "{other} {other:habe|hätten} {troops} {place.dest} geschickt",
        "die Lage {place.loc} sei {state}", "die Gespräche mit {other.dat} seien {talks}",
        "mehr als {people} Menschen seien {suffered}", "die Preise für {goods} würden weiter steigen",
        "{home} {home:brauche|bräuchten} mehr Unterstützung {org.gen}", "die Sanktionen gegen {other.acc} zeigten Wirkung",
        "es gebe keine Hinweise auf einen Angriff {place.loc}",
        "die Armee habe Stellungen {place.loc} unter Beschuss genommen",
        "man werde sich weiter für {topic} einsetzen", "die Entscheidung sei bereits gefallen",
        "das Treffen {place.loc} solle in der kommenden Woche stattfinden",
        "{org} {org:habe|hätten} vor {danger} gewarnt", "die Lage habe sich seit {weekday} deutlich verschlechtert",
        "über {topic} werde noch verhandelt", "die Vorwürfe {org.gen} entbehrten jeder Grundlage",
        "man habe {org.dat} alle Informationen zur Verfügung gestellt")

    /// A clause after `dass` or `wonach`: verb last.
    static let dassClauses = templates(
        "{other} {troops} {place.dest} geschickt {other:habe|hätten}",
        "die Armee Stellungen {place.loc} angegriffen habe", "es geheime Gespräche mit {other.dat} gegeben habe",
        "die Regierung {topic} gefährde", "Gelder {org.gen} veruntreut worden seien",
        "Zivilisten {place.loc} zu Schaden gekommen seien", "{home} Waffen an {other.acc} geliefert {home:habe|hätten}",
        "die Wahl {home.loc} manipuliert worden sei", "{people} Menschen {place.loc} festgenommen worden seien",
        "die Regierung die Mittel für {topic} gekürzt habe", "der Angriff von {home.capital} aus geplant worden sei",
        "{home} sich aus den Verhandlungen über {topic} zurückziehen {home:wolle|wollten}")

    /// A main clause with the verb first, after a fronted phrase (`Laut X wurden ...`).
    static let verbFirst = templates(
        "wurden bei dem Angriff {place.loc} {people} Menschen verletzt",
        "sind {place.loc} mehr als {people} Menschen auf der Flucht",
        "{home:hat|haben} {home} {troops} {place.dest} verlegt",
        "stiegen die Preise für {goods} im {month} um {percent} Prozent",
        "soll das nächste Treffen {place.loc} stattfinden", "wurde die Grenze zu {other.dat} in der Nacht geschlossen",
        "ist die Zahl der Asylanträge im vergangenen Jahr um {percent} Prozent gesunken",
        "gibt es bislang keine Hinweise auf weitere Opfer",
        "{org:hat|haben} {org} die Zusammenarbeit mit {home.dat} vorerst eingestellt",
        "waren an dem Einsatz {troops} beteiligt", "kostet das Programm rund {money}",
        "befinden sich noch {people} Menschen in Gewahrsam",
        "{other:will|wollen} {other} {troops} {place.loc} stationieren")

    // MARK: Sentences

    /// Direct speech with its speaker.
    static let directSpeech = templates(
        "„{quote}“, {quoteVerb} {subject}.", "„{quote}“, {quoteVerb} {subject}.", "„{quote}“, so {name}.",
        "{subject} {quoteVerb}: „{quote.}“", "„{quote}“, {quoteVerb} {subject}. „{Quote.}“",
        "„{quote}“, {quoteVerb} {subject} am {weekday} {place.loc}.")

    /// Indirect speech with its speaker.
    static let indirectSpeech = templates(
        "{subject} {say}, {indirect}.", "{subject} {say}, {indirect}. {Indirect}.", "{subject} {say}, dass {dass}.",
        "Am {weekday} {say} {subject}, {indirect}.", "In einer Erklärung {org.gen} hieß es, {indirect}.",
        "{org} {org:teilte|teilten} mit, {indirect}.", "Aus Regierungskreisen in {home.capital} hieß es, {indirect}.",
        "{subject} {say} in einem Interview, {indirect}.")

    /// Attribution: what someone's figures or account say.
    static let attribution = templates(
        "Laut {name} {v2}.", "Nach Angaben {org.gen} {v2}.", "{Name} zufolge {v2}.",
        "Wie {org} {org:mitteilte|mitteilten}, {v2}.", "Wie {subject} mitteilte, {v2}.", "Nach Angaben von {name} {v2}.",
        "Nach Informationen {org.gen} {v2}.")

    /// Denials.
    static let denial = templates(
        "{subject} wies zurück, dass {dass}.", "{subject} wies Berichte zurück, wonach {dass}.",
        "{subject} bestritt, dass {dass}.", "{subject} dementierte, dass {dass}.",
        "{home.capital} dementierte, dass {dass}.", "Die Regierung in {home.capital} wies die Vorwürfe {org.gen} zurück.",
        "{org} {org:wies|wiesen} die Darstellung als falsch zurück.",
        "„Diese Berichte sind falsch“, {quoteVerb} {subject}.", "{subject} stritt ab, dass {dass}.")

    /// Deployments of troops.
    static let deployment = templates(
        "{Home} {home:schickt|schicken} {troops} {other.dest}.", "{Home} {home:schickt|schicken} {troops} {place.dest}.",
        "{Home} {home:hat|haben} {troops} {place.dest} verlegt.", "{subject} kündigte an, {troops} {other.dest} zu schicken.",
        "Nach Angaben {org.gen} {home:hat|haben} {home} {troops} {place.dest} entsandt.",
        "{Home} {home:will|wollen} {troops} {place.loc} stationieren.",
        "{home.capital} schickt {troops} {place.dest}.", "Zuvor {home:hatte|hatten} {home} bereits {troops} {other.dest} geschickt.")

    /// Narration: what happened, without a speaker.
    static let narration = templates(
        "{subject} traf am {weekday} {place.loc} ein.", "Am {weekday} trafen sich Vertreter {home.gen} und {other.gen} in {home.capital}.",
        "Die Gespräche dauerten mehr als {small} Stunden.",
        "Im vergangenen Jahr hatten {people} Menschen die Region verlassen.",
        "{org} {org:hatte|hatten} bereits im {month} vor {danger} gewarnt.", "Der Streit um {topic} schwelt seit Monaten.",
        "Die Börse in {home.capital} reagierte mit Verlusten.", "Zuvor hatte {subject} die Region besucht.",
        "Beobachter rechnen mit weiteren Gesprächen im {month}.", "Die Opposition kritisierte das Vorgehen scharf.",
        "Die Polizei sperrte das Gebiet {place.loc} weiträumig ab.", "Die Abstimmung im Parlament ist für {weekday} geplant.",
        "Seit Beginn des Jahres sind {place.loc} nach offiziellen Zahlen {people} Menschen ums Leben gekommen.",
        "Das Treffen fand unter strengen Sicherheitsvorkehrungen statt.", "{subject} ist seit {year} im Amt.",
        "Die Beziehungen zwischen {home.dat} und {other.dat} gelten seit Jahren als {state}.",
        "Die Regierung {home.gen} hat für {weekday} eine Sondersitzung einberufen.",
        "Tausende Menschen demonstrierten am {weekday} {place.loc} gegen {topic}.",
        "{Home.adj}e Medien berichteten von {people} Festnahmen.", "Ein Termin für ein weiteres Treffen steht noch nicht fest.",
        "Das Außenministerium {home.gen} bestellte den Botschafter {other.gen} ein.",
        "Die Kosten werden auf {money} geschätzt.", "Auch {org} {org:beobachtet|beobachten} die Entwicklung genau.",
        "Bei einer Explosion {place.loc} wurden am {weekday} {small} Menschen verletzt.",
        "Die Lage {place.loc} blieb auch am {weekday} {state}.", "{subject} reiste anschließend weiter nach {other.capital}.",
        "Die Region gilt seit Jahren als Brennpunkt.", "Bereits im {month} hatte es in der Region schwere Kämpfe gegeben.",
        "Nach dem Ende der Sitzung verließen die Delegationen das Gebäude ohne Stellungnahme.",
        "Die Zahl der Besucher ist im Vergleich zum Vorjahr um {percent} Prozent gestiegen.",
        "Das Gebiet {place.loc} ist rund {people} Kilometer von der Grenze entfernt.",
        "Die Regierung hatte das Gesetz im vergangenen Jahr auf den Weg gebracht.",
        "Der Haushalt für das kommende Jahr sieht Ausgaben von {money} vor.",
        "Am Rande des Treffens kam es zu kleineren Protesten.",
        "Die Verhandlungen werden am {weekday} in {other.capital} fortgesetzt.", "Die Zahl der Arbeitslosen sank im {month} leicht.",
        "Die Straßen {place.loc} waren am Abend weitgehend leer.", "Viele Geschäfte blieben geschlossen.",
        "Der Flughafen von {home.capital} stellte den Betrieb für mehrere Stunden ein.",
        "Die Abgeordneten debattierten bis in die Nacht.", "Die Aktie des Konzerns verlor im Tagesverlauf {percent} Prozent.",
        "Eine unabhängige Überprüfung der Angaben war zunächst nicht möglich.", "Die Hintergründe sind noch unklar.",
        "Die Ermittlungen dauern an.", "Die nächste Wahl findet im {month} statt.", "Mehrere Straßen wurden gesperrt.",
        "Der Konflikt schwelt seit dem Jahr {year}.", "Das Parlament muss dem Vorhaben noch zustimmen.",
        "Hilfsorganisationen bereiten sich auf einen langen Winter vor.",
        "Die Preise für {goods} sind seit {month} deutlich gestiegen.",
        "In {home.capital} wurde am {weekday} ein neuer Botschafter {other.gen} empfangen.",
        "Der Streit belastet auch die Beziehungen zu {other.dat}.")

    /// Headlines.
    static let headlines = templates(
        "{Home} {home:schickt|schicken} {troops} {other.dest}", "{Surname}: „{shortQuote}“", "Streit um {topic} {home.loc}",
        "{home.capital} weist Vorwürfe {org.gen} zurück", "{people} Verletzte bei {event} {place.loc}",
        "Treffen in {home.capital}: Gespräche über {topic}", "{Home} und {other} vereinbaren {agreement}",
        "{Org} {org:warnt|warnen} vor {danger}", "{Surname} kündigt Schritte gegen {other.acc} an")

    // MARK: Words

    /// Accusative noun phrases: what people argue about.
    static let topics = [
        "die Sicherheit der Region", "höhere Löhne", "die Energieversorgung im Winter", "den Wiederaufbau des Landes",
        "humanitäre Hilfe", "neue Sanktionen", "die Zukunft der Landwirtschaft", "den Schutz der Grenzen",
        "eine Waffenruhe", "die Freilassung der Gefangenen", "mehr Geld für Schulen", "die Reform des Rentensystems",
        "den Ausbau der Windenergie", "eine gemeinsame Asylpolitik", "die Rückkehr der Flüchtlinge",
        "den Kampf gegen die Inflation", "bezahlbaren Wohnraum", "eine unabhängige Untersuchung",
        "den Schutz kritischer Infrastruktur", "die Modernisierung der Armee", "den Klimaschutz",
        "Hilfen für die Industrie", "die Pressefreiheit", "den Ausbau der Bahn", "die Versorgung der Krankenhäuser",
        "faire Wahlen", "die Digitalisierung der Verwaltung", "den Abbau von Bürokratie", "die Rechte der Minderheiten",
        "den Schutz der Meere",
    ]
    /// Predicative adjectives for a situation.
    static let states = [
        "angespannt", "schwierig", "ernst", "unübersichtlich", "besorgniserregend", "ruhig", "kritisch", "stabil",
        "dramatisch",
    ]
    /// How talks are going.
    static let talks = [
        "konstruktiv", "schwierig", "festgefahren", "ins Stocken geraten", "weit vorangekommen", "ergebnislos",
    ]
    /// What happened to people (passive or perfect participles, with auxiliary).
    static let suffered = [
        "verletzt worden", "evakuiert worden", "festgenommen worden", "obdachlos geworden", "geflohen",
        "in Sicherheit gebracht worden",
    ]
    static let goods = ["Energie", "Lebensmittel", "Gas", "Weizen", "Benzin", "Strom", "Düngemittel"]
    /// Dative noun phrases after `vor`.
    static let dangers = [
        "einer Eskalation", "steigenden Preisen", "einer Hungersnot", "neuen Spannungen",
        "einem Zusammenbruch der Versorgung", "Cyberangriffen", "einer Welle von Insolvenzen",
        "einer Ausbreitung des Virus", "einem neuen Wettrüsten",
    ]
    /// Dative noun phrases after `bei`.
    static let events = [
        "einer Explosion", "Protesten", "einem Unwetter", "einem Zugunglück", "Ausschreitungen", "einem Brand",
    ]
    static let agreements = [
        "engere Zusammenarbeit", "neue Gespräche", "eine Waffenruhe", "ein Handelsabkommen",
        "einen Gefangenenaustausch",
    ]
    static let weekdays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    static let months = [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember",
    ]
    /// Past tense of verbs introducing reported speech, `sagte` most often.
    static let sayVerbs = [
        "sagte", "sagte", "sagte", "erklärte", "erklärte", "betonte", "versicherte", "bestätigte", "berichtete",
        "behauptete", "beteuerte", "warnte", "meinte", "kritisierte",
    ]
    /// Past tense of verbs after a quotation, `sagte` most often.
    static let quoteVerbs = ["sagte", "sagte", "sagte", "erklärte", "betonte", "ergänzte", "mahnte", "versicherte"]
    /// Plural nouns for what is deployed, with a weight for small counts.
    static let troopUnits: [(noun: String, small: Bool)] = [
        ("Soldaten", false), ("Soldaten", false), ("Soldaten", false), ("Soldatinnen und Soldaten", false),
        ("Infanteristen", false), ("Marineinfanteristen", false), ("Militärberater", false), ("Polizisten", false),
        ("Sanitäter", false), ("Brigaden", true), ("Kampfjets", true), ("Kriegsschiffe", true), ("Panzer", true),
    ]
    /// Hedges before a number.
    static let hedges = ["", "", "", "rund ", "etwa ", "mehr als ", "bis zu ", "knapp ", "weitere "]
    /// Small numbers in words.
    static let numberWords = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]

    private static func templates(_ patterns: String...) -> [Template] { patterns.map(Template.init) }
}
