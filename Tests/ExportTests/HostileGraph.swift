import NewsGraphModel

/// A graph whose every string tries to break an export: quotes, backslashes
/// and DOT escapes, newlines and CR, markup and entities, `]]>`, control
/// characters, non-characters, emoji, umlauts and combining marks, a text of
/// more than 20,000 characters, odd document ids and addresses, parallel
/// edges and two edges that share an ``NewsGraphModel/Edge/id``.
enum HostileGraph {
    /// A label with everything at once.
    static let label =
        "Dr. \"Quote\" \\N back\\slash \\\" <b>bold</b> & &amp; &#1; ]]> Zoë Ünal Jürgen Straße 😀👍🏽 e\u{301}n\u{303} "
        + "\u{1}ctl\u{1B}esc\ttab line1\nline2\r\nline3 \u{FFFE}\u{7F}\u{85} {x|y} <<z>> \\"

    /// More than 20,000 characters of it.
    static let longText = String(repeating: "Ein langer Satz mit Ümlauten, \"Zitaten\", <Markup> & \\Backslashes\\. ", count: 330)
        + label

    static let firstDocument = "böse \"Datei\" <1>&\u{1}.txt"
    static let secondDocument = "ok.txt"

    static let speaker = Identifier.nodeID(.person, label)
    static let other = Identifier.nodeID(.person, "Ångström \"Ä\" \\n")
    static let nameless = Identifier.nodeID(.person, "😀 \u{1B}[31m")
    static let source = Identifier.hashedID(.unnamedSource, key: "eine \"Quelle\"\n<script>")
    static let place = Identifier.nodeID(.location, "Ort <&> \"Süd\"")
    static let statement = Identifier.hashedID(.statement, key: longText)

    static let graph: Graph = {
        var builder = GraphBuilder()
        builder.addDocument(
            DocumentInfo(
                id: firstDocument, title: label, date: "2024-02-30",
                url: "https://example.org/pfad mit leer/zeichen?x=<1>&y=\"2\"&z=%zz#frag#ment", outlet: label))
        builder.addDocument(
            DocumentInfo(id: secondDocument, title: "Ok", date: "2024-02-29T23:59:59Z", url: "not a url: <>", outlet: nil))
        builder.addNode(
            id: speaker, type: .person, label: label, surfaces: [label + " alias", "|pipe|", "Zoë"], document: firstDocument,
            roles: ["Rolle \"A\"", "Rolle|B"])
        builder.addNode(id: other, type: .person, label: "Ångström \"Ä\" \\n", document: secondDocument)
        builder.addNode(id: nameless, type: .person, label: "😀 \u{1B}[31m", document: secondDocument)
        builder.addNode(id: source, type: .unnamedSource, label: "eine \"Quelle\"\n<script>", document: firstDocument)
        builder.addNode(id: place, type: .location, label: "Ort <&> \"Süd\"", document: firstDocument)
        builder.addNode(
            id: statement, type: .statement, label: String(longText.prefix(80)), document: firstDocument, text: longText)
        for edge in edges { builder.add(edge) }
        return builder.build()
    }()

    private static func provenance(_ document: String, _ start: Int, date: String? = "2024-02-30") -> Provenance {
        Provenance(document: document, evidence: label + " " + String(start), sentence: Span(start: start, end: start + 90), date: date)
    }

    static let edges: [Edge] = [
        // Parallel edges: the same relation read from two sentences.
        Edge(
            source: speaker, target: statement, type: .asserts, provenance: provenance(firstDocument, 0),
            sourceSpan: Span(start: 0, end: 5), cueSpan: Span(start: 6, end: 10), contentSpan: Span(start: 11, end: 80),
            form: .direct, rule: "rule \"<&>\""),
        Edge(
            source: speaker, target: statement, type: .asserts, provenance: provenance(firstDocument, 100),
            sourceSpan: Span(start: 100, end: 105), cueSpan: Span(start: 106, end: 110), form: .freeIndirect, rule: "r2"),
        // Two edges that locate the same place and differ only in the rule: one Edge.id.
        Edge(
            source: other, target: statement, type: .denies, provenance: provenance(secondDocument, 200, date: "2024-02-29T23:59:59Z"),
            cueSpan: Span(start: 201, end: 203), form: .reported, rule: "denial A"),
        Edge(
            source: other, target: statement, type: .denies, provenance: provenance(secondDocument, 200, date: "2024-02-29T23:59:59Z"),
            cueSpan: Span(start: 201, end: 203), form: .reported, rule: "denial B"),
        Edge(
            source: source, target: statement, type: .asserts, provenance: provenance(firstDocument, 300, date: nil),
            form: .indirect),
        Edge(
            source: nameless, target: place, type: .deploys, provenance: provenance(secondDocument, 400, date: "21.10.2024"),
            cueSpan: Span(start: 410, end: 415),
            deployment: Deployment(
                quantity: 9_000_000_000, approximate: true, unit: "Soldat\"en\n<&>", destination: "Ort <&> \"Süd\"",
                claimedBy: "Niemand \"Bekanntes\""), rule: label),
        Edge(
            source: speaker, target: statement, type: .deploys, provenance: provenance(firstDocument, 500),
            deployment: Deployment(claimedBy: label)),
    ]
}
