import Entities
import GermanText
import Testing

@testable import Extraction

/// `RuleWords`: the rule lexicons each word form is in, looked up once a run.
@Suite struct RuleWordsTests {
    private let lexicon = ExtractionLexicon.shared

    @Test("Each word gets the kinds its lexicons give it; punctuation and names get none")
    func kindsOfWords() {
        let table = TokenTable(AnalyzedText("Der Minister sagte, die Entsendung von Soldaten werde bestritten."))
        let found = RuleWords(lexicon: lexicon).kinds(of: table).kinds
        func kinds(of word: String) -> RuleWords.Kinds {
            table.forms.firstIndex(of: word).map { found[$0] } ?? []
        }
        #expect(kinds(of: "sagte").contains(.speechVerb))
        #expect(kinds(of: "Entsendung").contains(.deploymentNoun))
        #expect(kinds(of: "werde").contains(.subjunctiveVerb) == lexicon.subjunctiveVerbs.contains("werde"))
        #expect(kinds(of: ",").isEmpty)
        #expect(kinds(of: "Minister").isDisjoint(with: RuleWords.Kinds([.speechVerb, .denialVerb, .deploymentVerb])))
    }

    @Test("A form's kinds are the same in every document, first met or remembered, and match the lexicons")
    func kindsAreAFunctionOfTheForm() {
        let words = RuleWords(lexicon: lexicon)
        let texts = [
            "Sie sagte, die Regierung dementiere den Bericht und entsende Truppen.",
            "Der Sprecher dementiere nichts, sagte sie; Truppen entsende niemand.",
            "Das Ministerium teilte am Montag mit, es habe die Einstellung bekannt gegeben; Größe und Maß stünden fest.",
        ]
        let particles = lexicon.speechVerbs.particles.union(lexicon.denialVerbs.particles).union(lexicon.deploymentVerbs.particles)
        #expect(particles.contains("mit") && particles.contains("bekannt"))
        for text in texts {
            let table = TokenTable(AnalyzedText(text))
            let (kinds, speechForms) = words.kinds(of: table)
            let speechVerbs = (0..<table.count).filter { kinds[$0].contains(.speechVerb) }
            #expect(speechForms.count == speechVerbs.count)
            for (form, index) in zip(speechForms, speechVerbs) {
                let expected = lexicon.speechVerbs.form(table.lower[index])
                #expect(form.joined == expected?.joined && form.split == expected?.split && form.isParticiple == expected?.isParticiple)
            }
            for index in 0..<table.count where table.isWord(index) {
                let lower = table.lower[index]
                #expect(kinds[index].contains(.speechVerb) == lexicon.speechVerbs.contains(lower), "\(lower)")
                #expect(kinds[index].contains(.denialVerb) == lexicon.denialVerbs.contains(lower), "\(lower)")
                #expect(kinds[index].contains(.deploymentVerb) == lexicon.deploymentVerbs.contains(lower), "\(lower)")
                #expect(kinds[index].contains(.subjunctiveVerb) == lexicon.subjunctiveVerbs.contains(lower), "\(lower)")
                #expect(kinds[index].contains(.verbParticle) == particles.contains(lower), "\(lower)")
            }
        }
    }

    @Test("Each rule word list is a bit, set exactly on the words the list holds (umlauts, ß, capitals, long words)")
    func wordListsAreBits() {
        let words = RuleWords(lexicon: lexicon)
        let lists: [(RuleWords.Kinds, (String) -> Bool)] = [
            (.claimNoun, { lexicon.claimNouns.contains($0) }),
            (.separableParticle, { lexicon.separableParticles.contains($0) }),
            (.contentConjunction, { DocumentExtraction.contentConjunctions.contains($0) }),
            (.adverbialOpener, { DocumentExtraction.adverbialOpeners.contains($0) }),
            (.passiveAuxiliary, { DocumentExtraction.passiveAuxiliaries.contains($0) }),
            (.formOfLassen, { DocumentExtraction.formsOfLassen.contains($0) }),
            (.formOfSein, { DocumentExtraction.formsOfSein.contains($0) }),
            (.reasonConjunction, { DocumentExtraction.reasonConjunctions.contains($0) }),
            (.nominativePronoun, { DocumentExtraction.nominativePronouns.contains($0) }),
            (.clauseConjunction, { DocumentExtraction.clauseConjunctions.contains($0) }),
            (.contrastAdverb, { DocumentExtraction.contrastAdverbs.contains($0) }),
            (.reportedClauseBreak, { DocumentExtraction.reportedClauseBreaks.contains($0) }),
            (.sourcePreposition, { DocumentExtraction.sourcePrepositions.contains($0) }),
            (.skippedWord, { DocumentExtraction.skippedWords.contains($0) }),
            (.pronounEs, { $0 == "es" }),
            (.particleZu, { $0 == "zu" }),
            (.conjunctionUnd, { $0 == "und" }),
            (.prepositionVon, { $0 == "von" || $0 == "vom" }),
            (.conjunctionWie, { $0 == "wie" }),
            (.conjunctionAls, { $0 == "als" }),
        ]
        let texts = [
            "Dass er ließ, was sie lässt, wäre während der Sitzung gegenüber dem Bürgerbeauftragtenstellvertreter seien gewesen.",
            "Daß Weil ob wonach, jedoch aber zudem; in im auf aus bei beim da weil er ich wir sich letzte vergangenen Woche.",
            "Die Vorwürfe, wonach der Bericht bekannt wurde, würden bestritten, teilte sie mit. 12,5 „Zitat“ — Ende.",
            "Es heißt, wie es vom Amt und von Zeugen als Zitat zu hören war; Esel, zum Wiesel, Alster, Unding.",
        ]
        for text in texts {
            let table = TokenTable(AnalyzedText(text))
            let kinds = words.kinds(of: table).kinds
            for index in 0..<table.count {
                for (list, holds) in lists {
                    let expected = table.isWord(index) && holds(table.lower[index])
                    #expect(kinds[index].contains(list) == expected, "\(table.lower[index]) \(list.rawValue)")
                }
            }
        }
        let table = TokenTable(AnalyzedText("Daß sie lässt, während gegenüber."))
        let kinds = words.kinds(of: table).kinds
        #expect(kinds[0].contains(.contentConjunction))
        #expect(kinds[2].contains(.formOfLassen))
        #expect(kinds[4].contains([.adverbialOpener, .clauseConjunction, .reportedClauseBreak]))
        #expect(kinds[5].contains(.skippedWord))
    }
}
