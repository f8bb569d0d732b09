import NewsGraphModel
import Testing

@Suite struct AttributionTests {
    @Test func lautWithABodyInACapital() throws {
        let text = "Laut dem Verteidigungsministerium in Seoul sind weitere Einheiten unterwegs."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.organization, "Südkoreanisches Verteidigungsministerium"))
        #expect(edge.form == .reported)
        #expect(edge.cueSpan == TextSpans.span(of: "Laut", in: text))
        #expect(edge.sourceSpan == TextSpans.span(of: "Verteidigungsministerium in Seoul", in: text))
        #expect(Fixture.statement(edge) == "sind weitere Einheiten unterwegs")
    }

    @Test func nachAngabenWithACountryAdjective() throws {
        let text = "Nach Angaben des ukrainischen Geheimdienstes sind die Truppen bereits eingetroffen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.organization, "Ukrainischer Geheimdienst"))
        #expect(edge.sourceSpan == TextSpans.span(of: "ukrainischen Geheimdienstes", in: text))
    }

    @Test func zufolgeAfterTheSource() throws {
        let text = "Der Polizei zufolge wurden drei Menschen verletzt."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.cueSpan == TextSpans.span(of: "zufolge", in: text))
        #expect(Fixture.statement(edge) == "wurden drei Menschen verletzt")
    }

    @Test func wieXBerichtet() throws {
        let text = "Die Verhandlungen sind gescheitert, wie die Nachrichtenagentur Yonhap berichtet."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.organization, "Yonhap"))
        #expect(edge.contentSpan == TextSpans.span(of: "Die Verhandlungen sind gescheitert", in: text))
    }

    @Test func attributionInsideTheSentenceLeavesItOut() throws {
        let text = "Die Truppen sind laut Präsident Peter Lang schon an der Grenze."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Lang"))
        #expect(Fixture.statement(edge) == "Die Truppen sind schon an der Grenze")
        #expect(edge.contentSpan == TextSpans.span(of: "Die Truppen sind laut Präsident Peter Lang schon an der Grenze", in: text))
    }
}
