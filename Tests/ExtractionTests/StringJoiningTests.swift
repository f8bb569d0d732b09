import Testing

@testable import Extraction

/// Rule names joined in one allocation read as the interpolation they replace.
@Suite struct StringJoiningTests {
    @Test("Joining gives the interpolation's text: ASCII, umlauts, ß, empty and long parts", arguments: [
        ("speech-verb:sagen + clause", "; speaker: ", "gazetteer"), ("", "", ""), ("a", "", ""), ("", "ß", ""),
        ("denial-word:dementieren", " als …", ""), ("Straße", "; speaker: ", "Äußerung über Größe"),
        (String(repeating: "Überschrift ", count: 40), "; speaker: ", String(repeating: "x", count: 300)),
        ("e\u{0301}", "\u{0301}", "🇩🇪"),
    ])
    func joinsAsInterpolation(_ first: String, _ second: String, _ third: String) {
        let joined = String(joining: first, second, third)
        #expect(joined == "\(first)\(second)\(third)")
        #expect(Array(joined.utf8) == Array(first.utf8) + Array(second.utf8) + Array(third.utf8))
    }

    @Test("Particle places keep up to three tokens in order")
    func particlePlaces() {
        var places = ParticlePlaces()
        #expect(places.count == 0)
        for token in [7, 3, 12] { places.append(token) }
        #expect(places.count == 3)
        #expect((0..<places.count).map { places[$0] } == [7, 3, 12])
    }
}
