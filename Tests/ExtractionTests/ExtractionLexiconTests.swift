import Entities
@testable import Extraction
import Foundation
import Testing
import TestSupport

/// Every extraction lexicon file is read and holds what the rules expect.
@Suite struct ExtractionLexiconTests {
    static let lexicon: ExtractionLexicon? = try? ExtractionLexicon.load(from: ProjectPaths.ontology)

    @Test func verbFormsListTheirEntriesInOneArray() {
        let verbs = VerbLexicon(rows: [
            ["geben", "-", "c", "gegeben", "gab|gibt"], ["bekanntgeben", "bekannt", "c", "gegeben", "gab|gibt"],
            ["äußern", "-", "c", "geäußert", "äußerte"],
        ])
        // `gab`: the plain verb alone, the separable one with its particle apart.
        #expect(verbs.joinedEntries("gab") == [0])
        #expect(verbs.splitEntries("gab") == [1])
        #expect(verbs.joinedEntries("bekanntgab") == [1])
        #expect(verbs.splitEntries("bekanntgab").isEmpty)
        #expect(verbs.joinedEntries("geäußert") == [2])
        #expect(verbs.form("gab")?.isVerb == true)
        // An infinitive not listed among the forms is known as non-finite, but matches no entry.
        #expect(verbs.form("geben")?.isVerb == false && verbs.isNonFinite("geben"))
        #expect(verbs.form("nehmen") == nil)
        // Every list is a range of one array.
        let listed = ["gab", "gibt", "gegeben", "bekanntgab", "bekanntgibt", "bekanntgegeben", "bekanntzugeben", "äußerte", "geäußert"]
        #expect(listed.map { verbs.joinedEntries($0).count + verbs.splitEntries($0).count }.reduce(0, +) == verbs.entryLists.count)
        let empty = VerbLexicon()
        #expect(empty.entries.isEmpty && empty.entryLists.isEmpty && !empty.contains("sagte"))
    }

    /// Forms split as bytes where that splits the characters there, by characters elsewhere.
    @Test func formFieldsSplitAsByCharacters() {
        for field in ["Sagte|SAGTEN", "a||B|", "|x|", "", "|", "ÄUSSERTE|äußerst|İst", "e\u{301}|x", "a|\u{301}b|c", "Ωμέγα|ΣΟΦΊΑ"] {
            #expect(VerbLexicon.loweredForms(field) == field.split(separator: "|").map { $0.lowercased() }, "\(field.debugDescription)")
        }
    }

    @Test func verbLexiconsReadFormsAndParticles() throws {
        let lexicon = try #require(Self.lexicon)
        // speech-verbs.tsv: plain, separable and participle forms
        #expect(lexicon.speechVerbs.contains("sagte"))
        #expect(lexicon.speechVerbs.joinedEntries("mitgeteilt").map { lexicon.speechVerbs.entries[$0].lemma } == ["mitteilen"])
        #expect(lexicon.speechVerbs.splitEntries("teilte").contains { lexicon.speechVerbs.entries[$0].particle == ["mit"] })
        #expect(lexicon.speechVerbs.isParticiple("gesagt"))
        #expect(lexicon.speechVerbs.isAmbiguous("erklärt"))
        // the frames column: `d` marks verbs that tell a dative addressee
        let sagen = try #require(lexicon.speechVerbs.joinedEntries("sagte").first)
        #expect(lexicon.speechVerbs.entries[sagen].frames.contains(.addressee))
        let kritisieren = try #require(lexicon.speechVerbs.joinedEntries("kritisierte").first)
        #expect(!lexicon.speechVerbs.entries[kritisieren].frames.contains(.addressee))
        #expect(lexicon.speechVerbs.contains("urteilte"))
        #expect(lexicon.speechVerbs.splitEntries("sieht").contains { lexicon.speechVerbs.entries[$0].lemma == "vorsehen" })
        // denial-verbs.tsv, with a two-word particle
        #expect(lexicon.denialVerbs.contains("dementierte"))
        #expect(lexicon.denialVerbs.splitEntries("wies").contains { lexicon.denialVerbs.entries[$0].particle == ["von", "sich"] })
        // deployment-verbs.tsv
        let schicken = try #require(lexicon.deploymentVerbs.joinedEntries("geschickt").first)
        #expect(lexicon.deploymentVerbs.entries[schicken].frames.contains(.sends))
        let ausbilden = try #require(lexicon.deploymentVerbs.joinedEntries("ausgebildet").first)
        #expect(lexicon.deploymentVerbs.entries[ausbilden].frames.contains(.presence))
    }

    @Test func phraseAndNounListsAreRead() throws {
        let lexicon = try #require(Self.lexicon)
        #expect(lexicon.attributionPhrases[["laut"]] == .before)  // attribution-phrases.tsv
        #expect(lexicon.attributionPhrases[["unter", "berufung", "auf"]] == .citing)
        #expect(lexicon.attributionPhrases[["zufolge"]] == .after)
        #expect(lexicon.attributionNouns.match("polizeiangaben") != nil)  // attribution-nouns.tsv
        #expect(lexicon.claimNouns.contains("anschuldigungen"))  // claim-nouns.tsv
        #expect(lexicon.claimNouns.contains("standpunkt"))
        #expect(lexicon.temporalMarkers.contains("kurz") && lexicon.temporalMarkers.contains("monate"))  // temporal-markers.tsv
        #expect(lexicon.titleNouns.match("kinofilm") != nil)  // title-nouns.tsv, also as compound heads
        #expect(lexicon.titleNouns.match("motto") != nil)
        #expect(lexicon.denialWords.contains("täuschung"))  // denial-phrases.tsv
        #expect(lexicon.deploymentNouns.match("truppenentsendung")?.value.contains(.forces) == true)  // deployment-nouns.tsv
        #expect(lexicon.units.match("elitesoldaten")?.value.unit == "Soldaten")  // military-units.tsv
        #expect(lexicon.units.match("brigaden")?.value.isFormation == true)
        #expect(lexicon.hedges.contains(["mehr", "als"]))  // quantity-hedges.tsv
        #expect(lexicon.numberWords["vier"]?.value == 4)  // number-words.tsv
        #expect(lexicon.numberWords["millionen"]?.isMultiplier == true)
        #expect(lexicon.subjunctiveVerbs.contains("gehe"))  // subjunctive-verbs.tsv
        #expect(!lexicon.subjunctiveVerbs.contains("fielen"))  // also the past indicative
        #expect(lexicon.separableParticles.contains("zurück"))  // separable-particles.tsv
    }

    @Test func verbFramesReadTheirCodes() {
        #expect(VerbFrames(codes: "cqo") == [.clause, .quote, .object])
        #expect(VerbFrames(codes: "-").isEmpty)
        #expect(VerbFrames(codes: "sf") == [.sends, .forces])
        #expect(VerbFrames(codes: "cn") == [.clause, .introducedClause])
        #expect(VerbFrames(codes: "ciz") == [.clause, .impersonal, .quotesObject])
    }

    @Test func objectPrepositionsAndPhrasesAreRead() throws {
        let lexicon = try #require(Self.lexicon)
        let sprechen = try #require(lexicon.speechVerbs.joinedEntries("sprach").first)
        #expect(lexicon.speechVerbs.entries[sprechen].objectPrepositions.contains("von"))
        // A phrase: its words before the verb are its particle (`kam … zu dem Schluss`).
        #expect(lexicon.speechVerbs.splitEntries("kam").contains { lexicon.speechVerbs.entries[$0].particle == ["zu", "dem", "schluss"] })
        let rows = [["sprechen", "-", "o", "gesprochen", "spreche|sprach", "von|über"]]
        #expect(VerbLexicon(rows: rows).entries.first?.objectPrepositions == ["von", "über"])
        #expect(VerbLexicon(rows: [["sagen", "-", "cq", "gesagt", "sagte"]]).entries.first?.objectPrepositions.isEmpty == true)
    }

    @Test func separableVerbCountsOnlyWithItsParticle() {
        // `teilte ... mit` is mitteilen; `teilte ... auf` is no verb of saying.
        #expect(!Fixture.edges("Die Regierung teilte mit, die Grenze bleibe offen.", .asserts).isEmpty)
        #expect(Fixture.edges("Die Regierung teilte die Beute auf, die Grenze blieb offen.", .asserts).isEmpty)
    }
}
