import NewsGraphModel

/// A small graph as the pipeline would build it from two German articles
/// (written for these tests): who said Nordkorea sent soldiers, who denied
/// what, and two deployments with numbers, units, destinations and claimants.
enum RealisticGraph {
    static let kiew = DocumentText(
        id: "001_kiew.txt",
        text: """
            Selenskyj weist Bericht über Truppenabzug zurück
            Kiew. Moskau behauptete am Montag, die Ukraine ziehe ihre Truppen aus Kursk ab. \
            Präsident Wolodymyr Selenskyj wies das zurück: „Das ist eine Lüge.“ \
            Nach Angaben Selenskyjs hat Nordkorea bereits 3000 Soldaten nach Russland geschickt.
            """)

    static let bruessel = DocumentText(
        id: "002_bruessel.txt",
        text: """
            Nato: Nordkorea schickt Soldaten nach Russland
            Brüssel. Nato-Generalsekretär Mark Rutte sagte am Mittwoch: „Nordkorea hat Soldaten nach Russland geschickt.“ \
            Rund 11.000 Soldaten seien in die Region Kursk verlegt worden, sagte Rutte. \
            Auch Selenskyj erklärte, Nordkorea habe Soldaten nach Russland geschickt. \
            Ein Sprecher des Kreml sagte, das sei eine Erfindung.
            """)

    static let selenskyj = Identifier.nodeID(.person, "Wolodymyr Selenskyj")
    static let rutte = Identifier.nodeID(.person, "Mark Rutte")
    static let russland = Identifier.nodeID(.country, "Russland")
    static let nordkorea = Identifier.nodeID(.country, "Nordkorea")
    static let kursk = Identifier.nodeID(.location, "Kursk")
    static let sprecher = Identifier.hashedID(.unnamedSource, key: "002_bruessel.txt|ein Sprecher des Kreml")
    static let soldiersSent = "Nordkorea hat Soldaten nach Russland geschickt"
    static let withdrawal = "die Ukraine ziehe ihre Truppen aus Kursk ab"
    static let soldiersStatement = Identifier.hashedID(.statement, key: soldiersSent)
    static let withdrawalStatement = Identifier.hashedID(.statement, key: withdrawal)

    static let graph: Graph = {
        var builder = GraphBuilder()
        builder.addDocument(
            DocumentInfo(
                id: kiew.id, title: "Selenskyj weist Bericht über Truppenabzug zurück", date: "2024-10-21",
                url: "https://example.org/nachrichten/kiew", outlet: "Beispielzeitung", origin: "seeds/001_kiew.txt"))
        builder.addDocument(
            DocumentInfo(
                id: bruessel.id, title: "Nato: Nordkorea schickt Soldaten nach Russland",
                date: "2024-10-23T09:30:00+02:00", url: "https://example.org/nachrichten/bruessel",
                outlet: "Beispielpost"))
        builder.addEntity(
            .person, name: "Wolodymyr Selenskyj", surfaces: ["Wolodymyr Selenskyj", "Selenskyjs"], document: kiew.id,
            roles: ["Präsident"])
        builder.addEntity(.person, name: "Wolodymyr Selenskyj", surfaces: ["Selenskyj"], document: bruessel.id)
        builder.addEntity(
            .person, name: "Mark Rutte", surfaces: ["Mark Rutte", "Rutte"], document: bruessel.id,
            roles: ["Nato-Generalsekretär"])
        builder.addEntity(.organization, name: "Nato", surfaces: ["Nato"], document: bruessel.id)
        builder.addEntity(.country, name: "Russland", surfaces: ["Moskau", "Russland"], document: kiew.id)
        builder.addEntity(.country, name: "Russland", surfaces: ["Russland"], document: bruessel.id)
        builder.addEntity(.country, name: "Nordkorea", document: kiew.id)
        builder.addEntity(.country, name: "Nordkorea", document: bruessel.id)
        builder.addEntity(.country, name: "Ukraine", document: kiew.id)
        builder.addEntity(.location, name: "Kursk", document: kiew.id)
        builder.addEntity(.location, name: "Kursk", document: bruessel.id)
        builder.addNode(
            id: sprecher, type: .unnamedSource, label: "ein Sprecher des Kreml", surfaces: ["Ein Sprecher des Kreml"],
            document: bruessel.id)
        builder.addNode(
            id: soldiersStatement, type: .statement, label: soldiersSent, document: bruessel.id, text: soldiersSent)
        builder.addNode(id: withdrawalStatement, type: .statement, label: withdrawal, document: kiew.id, text: withdrawal)
        for edge in edges { builder.add(edge) }
        return builder.build()
    }()

    /// One edge read from `document`: its sentence is the one holding `sentence`.
    private static func edge(
        _ type: EdgeType, _ source: String, _ target: String, in document: DocumentText, sentence: String,
        date: String, source sourceText: String?, cue: String, content: String? = nil, form: SpeechForm? = nil,
        deployment: Deployment? = nil, rule: String
    ) -> Edge {
        let sentenceSpan = document.span(sentence)
        return Edge(
            source: source, target: target, type: type,
            provenance: Provenance(
                document: document.id, evidence: sentence, sentence: sentenceSpan, date: date),
            sourceSpan: sourceText.map { document.span($0, from: sentenceSpan.start) },
            cueSpan: document.span(cue, from: sentenceSpan.start),
            contentSpan: content.map { document.span($0, from: sentenceSpan.start) }, form: form,
            deployment: deployment, rule: rule)
    }

    static let edges: [Edge] = [
        edge(
            .asserts, russland, withdrawalStatement, in: kiew,
            sentence: "Moskau behauptete am Montag, die Ukraine ziehe ihre Truppen aus Kursk ab.", date: "2024-10-21",
            source: "Moskau", cue: "behauptete", content: withdrawal, form: .indirect, rule: "speech-verb:behaupten"),
        edge(
            .denies, selenskyj, withdrawalStatement, in: kiew,
            sentence: "Präsident Wolodymyr Selenskyj wies das zurück: „Das ist eine Lüge.“", date: "2024-10-21",
            source: "Wolodymyr Selenskyj", cue: "wies", content: "Das ist eine Lüge.", form: .direct,
            rule: "denial-verb:zurückweisen"),
        edge(
            .deploys, nordkorea, russland, in: kiew,
            sentence: "Nach Angaben Selenskyjs hat Nordkorea bereits 3000 Soldaten nach Russland geschickt.",
            date: "2024-10-21", source: "Nordkorea", cue: "geschickt",
            deployment: Deployment(
                quantity: 3000, approximate: false, unit: "Soldaten", destination: "Russland",
                claimedBy: "Wolodymyr Selenskyj"), rule: "deploy-verb:schicken"),
        edge(
            .asserts, rutte, soldiersStatement, in: bruessel,
            sentence: "Nato-Generalsekretär Mark Rutte sagte am Mittwoch: „Nordkorea hat Soldaten nach Russland geschickt.“",
            date: "2024-10-23T09:30:00+02:00", source: "Mark Rutte", cue: "sagte", content: soldiersSent + ".",
            form: .direct, rule: "speech-verb:sagen"),
        edge(
            .deploys, nordkorea, kursk, in: bruessel,
            sentence: "Rund 11.000 Soldaten seien in die Region Kursk verlegt worden, sagte Rutte.",
            date: "2024-10-23T09:30:00+02:00", source: nil, cue: "verlegt",
            deployment: Deployment(
                quantity: 11000, approximate: true, unit: "Soldaten", destination: "Kursk", claimedBy: "Mark Rutte"),
            rule: "deploy-verb:verlegen"),
        edge(
            .asserts, selenskyj, soldiersStatement, in: bruessel,
            sentence: "Auch Selenskyj erklärte, Nordkorea habe Soldaten nach Russland geschickt.",
            date: "2024-10-23T09:30:00+02:00", source: "Selenskyj", cue: "erklärte",
            content: "Nordkorea habe Soldaten nach Russland geschickt", form: .indirect, rule: "speech-verb:erklären"),
        edge(
            .denies, sprecher, soldiersStatement, in: bruessel,
            sentence: "Ein Sprecher des Kreml sagte, das sei eine Erfindung.", date: "2024-10-23T09:30:00+02:00",
            source: "Ein Sprecher des Kreml", cue: "sagte", content: "das sei eine Erfindung", form: .indirect,
            rule: "denial-noun:Erfindung"),
    ]
}
