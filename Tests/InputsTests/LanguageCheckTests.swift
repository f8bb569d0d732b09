import Testing

@testable import Inputs

@Suite("Language check")
struct LanguageCheckTests {
    static let german = """
        Der Bürgermeister hat am Montag angekündigt, dass die Stadt im kommenden Jahr mehr Geld für den Bau \
        von Schulen ausgeben will. Die Opposition kritisierte den Plan als unzureichend und forderte eine \
        Sondersitzung des Rates, in der auch über die Sanierung der Sporthallen gesprochen werden soll.
        """
    static let english = """
        The mayor announced on Monday that the city will spend more money on building schools next year. \
        The opposition criticised the plan as insufficient and called for a special session of the council, \
        which should also discuss the renovation of the sports halls and the state of the public pools.
        """
    static let french = """
        Le maire a annoncé lundi que la ville dépensera davantage pour la construction d'écoles l'année \
        prochaine. L'opposition a critiqué ce plan, jugé insuffisant, et a demandé une session \
        extraordinaire du conseil municipal pour parler aussi de la rénovation des gymnases de la ville.
        """

    @Test("German passes; English and French over 200 characters do not; short texts always pass")
    func detection() {
        #expect(LanguageCheck.looksGerman(Self.german))
        #expect(!LanguageCheck.looksGerman(Self.english))
        #expect(!LanguageCheck.looksGerman(Self.french))
        #expect(LanguageCheck.looksGerman("The mayor said no."))
        #expect(LanguageCheck.looksGerman(String(repeating: "1234 5678 ", count: 40)))
    }

    @Test("Tables and lists with few function words of any language count as German")
    func tables() {
        let results = (1...12).map { "FC Nordstadt – SV Südhafen \($0) : \($0 % 3) (0 : 0)\n" }.joined()
        #expect(LanguageCheck.looksGerman("Der zwölfte Spieltag\n" + results))
    }

    @Test("Declared language codes")
    func codes() {
        for code in ["de", "DE", "de-DE", "de_AT", "deu", "German"] {
            #expect(LanguageCheck.isGerman(languageCode: code))
        }
        for code in ["en", "en-US", "fr", "", "dee"] { #expect(!LanguageCheck.isGerman(languageCode: code)) }
    }

    @Test("The function words, packed, are found by their bytes; other words are not")
    func table() {
        let table = LanguageCheck.functionWordTable
        let marked: [(Substring, UInt8)] = [
            ("der", LanguageCheck.germanMark), ("über", LanguageCheck.germanMark), ("the", LanguageCheck.foreignMark),
            ("été", LanguageCheck.foreignMark), ("questo", LanguageCheck.foreignMark),
        ]
        for (word, mark) in marked { #expect(table.mark(of: PackedWordTable.packed(word)!) == mark, "\(word)") }
        for word: Substring in ["de", "übe", "andere", "Der", "thé"] {
            #expect(table.mark(of: PackedWordTable.packed(word)!) == 0, "\(word)")
        }
        #expect(PackedWordTable.packed("neunbytes") == nil)
        #expect(table.longest == 6)
    }
}
