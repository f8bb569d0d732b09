import Entities
import Testing
import TestSupport

/// Every entity lexicon file is read and holds what recognition expects.
@Suite struct EntityLexiconTests {
    @Test func listsAreRead() throws {
        let lexicon = try EntityLexicon.load(from: ProjectPaths.ontology)
        // function-words.tsv and months.tsv
        #expect(lexicon.classes("dass").contains(.subordinator))
        #expect(lexicon.classes("sei").contains(.subjunctiveOne))
        #expect(lexicon.classes("nach").contains(.locative))
        #expect(lexicon.classes("wurde").contains(.tense) && !lexicon.classes("könnte").contains(.tense))
        #expect(lexicon.classes("oktober").contains(.time))
        // roles.tsv, also as compound heads, with gender
        #expect(lexicon.roles.match("verteidigungsministerin")?.value == RoleNoun(role: "Ministerin", gender: .feminine))
        #expect(lexicon.roles.match("dr.")?.value.isTitle == true)
        // pronouns.tsv
        #expect(lexicon.pronouns["sie"]?.contains(.feminine) == true)
        // unnamed-sources.tsv, as compound heads
        #expect(lexicon.unnamedSources.match("regierungskreise")?.value == "Kreise")
        // institutions.tsv, synonyms folded
        #expect(lexicon.institutions.exact("nachrichtendienstes")?.canonical == "Geheimdienst")
        // name-classifiers.tsv
        #expect(lexicon.classifiers.match("grenzregion")?.value == .location)
        // state-nouns.tsv
        #expect(lexicon.stateNouns["länder"] == true)
        // the adjective column of gazetteer/countries.tsv, and gazetteer/common-nouns.txt
        #expect(lexicon.countryAdjectives["Südkorea"] == "südkoreanisch")
        #expect(lexicon.commonNouns.contains("regierung"))
        // adverb-suffixes.tsv
        #expect(lexicon.adverbSuffixes.contains("lich"))
        // gazetteer/uninflected-words.txt: adverbs, never nouns
        #expect(lexicon.uninflectedWords.contains("unterdessen"))
        #expect(!lexicon.uninflectedWords.contains("morgen"))
    }

    @Test func suffixLexiconMatchesWholeWordsAndCompoundHeads() {
        var lexicon = SuffixLexicon<Int>(minimumSuffix: 4)
        lexicon.add("Minister", 1)
        #expect(lexicon.match("minister")?.value == 1)
        #expect(lexicon.match("außenminister")?.head == "minister")
        #expect(lexicon.match("nato-minister")?.value == 1)
        #expect(lexicon.match("ministerium") == nil)
    }

    @Test func genderAgreementAndEndings() {
        #expect(Gender.masculine.agrees(with: .unknown))
        #expect(!Gender.masculine.agrees(with: .feminine))
        #expect(Gender.neuter.strongEnding == "es")
    }
}
