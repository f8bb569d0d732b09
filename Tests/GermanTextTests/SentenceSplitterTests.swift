import Testing
import NewsGraphModel
@testable import GermanText

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let analyzed = AnalyzedText(text)
        return analyzed.sentences.map { analyzed.string($0) }
    }

    @Test func splitsAtFullStopsAndLineBreaks() {
        #expect(sentences("Er kam. Sie ging!\nÜberschrift ohne Punkt\nNoch einer?") == [
            "Er kam.", "Sie ging!", "Überschrift ohne Punkt", "Noch einer?",
        ])
    }

    @Test func survivesAbbreviationsInitialsAndOrdinals() {
        #expect(sentences("Dr. Meier nannte z. B. Nr. 5 als Grund. Danach sprach u. a. Prof. Weber.") == [
            "Dr. Meier nannte z. B. Nr. 5 als Grund.", "Danach sprach u. a. Prof. Weber.",
        ])
        #expect(sentences("Am 23. Oktober kamen 11.000 Helfer. Ab dem 1. November geht es los.") == [
            "Am 23. Oktober kamen 11.000 Helfer.", "Ab dem 1. November geht es los.",
        ])
        #expect(sentences("Die Sitzung endete 2019. Danach war Ruhe.") == ["Die Sitzung endete 2019.", "Danach war Ruhe."])
    }

    @Test func aRegnalNumberAfterANameEndsNoSentence() {
        #expect(sentences("Merkel sagte, Benedikt XVI. „ist ein Denker“. Dann ging sie.")
            == ["Merkel sagte, Benedikt XVI. „ist ein Denker“.", "Dann ging sie."])
        #expect(sentences("Der Streit geht weiter. Teil II. Die Antwort kam später.").count == 3)
    }

    @Test func keepsClosingQuotesAndQuestionsBeforeVerbs() {
        #expect(sentences("„Wir sind bereit.“ Das sagte sie. „Warum?“, fragte er.") == [
            "„Wir sind bereit.“", "Das sagte sie.", "„Warum?“, fragte er.",
        ])
        #expect(sentences("So hatte er sich geäußert. \"Wir wissen es\", sagte er. \"Gut.\" Dann ging er.") == [
            "So hatte er sich geäußert.", "\"Wir wissen es\", sagte er.", "\"Gut.\"", "Dann ging er.",
        ])
    }

    @Test func tokensKeepCompoundsNumbersAndOffsets() {
        let text = AnalyzedText("🇺🇦 Nato-Generalsekretär nennt 11.000 Soldaten, 3,5 %.")
        // A flag is two symbols (two code points): offsets count code points.
        #expect(text.tokens.map { text.string($0) } == ["🇺", "🇦", "Nato-Generalsekretär", "nennt", "11.000", "Soldaten", ",", "3,5", "%", "."])
        #expect(text.tokens[2].span == Span(start: 3, end: 23))
        #expect(text.tokens[4].kind == .number)
        // A number joined to a word by a hyphen is one word; a range of numbers is not.
        let ages = AnalyzedText("Der 81-jährige Mann, 1990-2000.")
        #expect(ages.tokens.map { ages.string($0) } == ["Der", "81-jährige", "Mann", ",", "1990", "-", "2000", "."])
        #expect(ages.tokens[1].kind == .word)
        // A web address is one word; an abbreviation and a missing space after a full stop are not.
        let addresses = AnalyzedText("Laut ndr.de und news.bbc.co.uk, u.a. im Jahr.Die")
        #expect(addresses.tokens.map { addresses.string($0) } == ["Laut", "ndr.de", "und", "news.bbc.co.uk", ",", "u", ".", "a", ".", "im", "Jahr", ".", "Die"])
    }

    @Test func softHyphensAndNoBreakSpacesAreHandled() {
        let text = AnalyzedText("Verteidi\u{00AD}gungsminister\u{00A0}Kim")
        #expect(text.tokens.count == 2)
        #expect(Token.normalizedForm(of: text.string(text.tokens[0])) == "Verteidigungsminister")
    }
}

@Suite struct QuotationFinderTests {
    private func quotes(_ text: String) -> [String] {
        let analyzed = AnalyzedText(text)
        return analyzed.quotations.map { analyzed.string($0.content) }
    }

    @Test func pairsEveryStyle() {
        #expect(quotes("Er sagte: „Wir kommen.“ Dann »gingen« sie, \"heute\" und “morgen”.") == [
            "Wir kommen.", "gingen", "heute", "morgen",
        ])
        #expect(quotes("Sie nannte es «gefährlich».") == ["gefährlich"])
    }

    @Test func quotationsSpanSentencesAndRunToParagraphEnd() {
        #expect(quotes("„Erster Satz. Zweiter Satz“, sagte er.") == ["Erster Satz. Zweiter Satz"])
        #expect(quotes("„Offen bis zum Ende.\nNeuer Absatz.") == ["Offen bis zum Ende."])
    }

    @Test func innerSingleMarksStayInside() {
        #expect(quotes("„Das ist ‚Unsinn‘“, sagte sie.") == ["Das ist ‚Unsinn‘"])
    }
}

/// Abbreviations of ASCII letters longer than every listed one are not looked up.
extension SentenceSplitterTests {
    @Test func abbreviationsOfEveryLengthAndCaseEndNoSentence() {
        #expect(sentences("Laut Oberstlt. Maier kam Präs. Müller mit Bürgerm. Weber. Dann ging er.") == [
            "Laut Oberstlt. Maier kam Präs. Müller mit Bürgerm. Weber.", "Dann ging er.",
        ])
        #expect(sentences("Der STELLV. Leiter kam. Der Prä\u{00AD}s. Meier auch.") == [
            "Der STELLV. Leiter kam.", "Der Prä\u{00AD}s. Meier auch.",
        ])
        // Decomposed (NFD) umlauts match the list too.
        #expect(sentences("Der Pra\u{0308}s. Meier kam.").count == 1)
    }

    @Test func longerWordsAndSentenceEndsSplit() {
        #expect(sentences("Es kam der Oberstleutnant. Dann ging er.").count == 2)
        #expect(sentences("Er sah Oberstltx. Dann ging er.").count == 2)
        #expect(sentences("Er kam zzgl. Zinsen. Sie ging.").count == 2)
    }

    @Test func lexiconIsAskedOnlyOfItsWords() {
        let lexicon = GermanLexicon(abbreviations: ["ca", "präs"], months: [:])
        let splitter = SentenceSplitter(lexicon: lexicon)
        let text = AnalyzedText("Es waren ca. Hundert. Der Präs. Meier.", splitter: splitter)
        #expect(text.sentences.map { text.string($0) } == ["Es waren ca. Hundert.", "Der Präs. Meier."])
        let empty = AnalyzedText("Es waren ca. Hundert.", splitter: SentenceSplitter(lexicon: GermanLexicon(abbreviations: [], months: [:])))
        #expect(empty.sentences.count == 2)
    }
}

/// The line breaks the tokenizer notes between tokens: every kind ends a sentence, only a paragraph break a quotation.
extension SentenceSplitterTests {
    @Test func everyKindOfLineBreakEndsASentence() {
        for lineBreak in ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", " \n\t ", "\u{00A0}\n"] {
            #expect(sentences("Titel ohne Punkt\(lineBreak)Öl für Straßen") == ["Titel ohne Punkt", "Öl für Straßen"])
            // Before the first token and after the last, a break ends nothing.
            #expect(sentences("\(lineBreak)Er kam\(lineBreak)") == ["Er kam"])
            // A closing mark after a full stop goes with its sentence only when no break comes between.
            #expect(sentences("„Er kam.\(lineBreak)“ Dann ging er.").first == "„Er kam.")
        }
        #expect(sentences("Er kam.“ Dann ging er.") == ["Er kam.“", "Dann ging er."])
        #expect(sentences("").isEmpty)
        #expect(sentences("\n\u{2028}\n").isEmpty)
    }
}

extension QuotationFinderTests {
    @Test func onlyAParagraphBreakEndsAQuotation() {
        for paragraphBreak in ["\n", "\r", "\u{2029}"] {
            #expect(quotes("„Offen bis hier\(paragraphBreak)Neuer Absatz „zu“.") == ["Offen bis hier", "zu"])
        }
        for lineBreak in ["\u{85}", "\u{2028}"] {
            #expect(quotes("„Offen über\(lineBreak)die Zeile“, sagte er.") == ["Offen über\(lineBreak)die Zeile"])
        }
    }
}
