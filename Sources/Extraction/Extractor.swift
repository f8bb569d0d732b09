import Entities
import NewsGraphModel

/// Reads reported speech, denials and deployments from one German news article.
///
/// ```swift
/// let analysis = Extractor().analyze(document: DocumentInfo(id: "a.txt"),
///                                    text: "„Wir sind bereit“, sagte Selenskyj.")
/// analysis.edges[0].type      // .asserts
/// analysis.edges[0].form      // .direct
/// ```
///
/// `asserts` edges come from quotations with their speaker before or after
/// (`„…“, so X`, `X betonte: „…“`), indirect speech after a verb of saying
/// (`X sagte, es gehe …`, `X sagte, dass …`, `…, sagte X`, `X forderte, … zu
/// tun`), impersonal frames with the document they cite (`heißt es in dem
/// Bericht`, `geht aus einer Mitteilung hervor`, `wurde bekannt`), reported
/// sentences with a verb that takes its content as object (`X forderte den
/// Rücktritt`, `X sprach von einem Erfolg`: the whole clause, speaker
/// included), attribution phrases (`laut X`, `X zufolge`, `nach Angaben des
/// X`, `wie X berichtet`), holders of opinions (`X ist der Meinung, dass …`),
/// colon frames, continuations (a quotation or a subjunctive sentence after
/// a report goes on reporting its speaker), quoted words inside reported
/// content (from an unnamed source `Worte von X` at X's mention, so the
/// graph does not count X's claim twice) and quotations in narration (the
/// actor of their clause). Speaker offsets cover the whole phrase (`der
/// Sprecher des Ministeriums, Max Roth`), or the relative pronoun when the
/// speaker acts in a relative clause. `denies` edges come
/// from verbs and phrases of denial, with the rejected claim as the Statement.
/// `deploys` edges come from verbs and nouns of deployment with a deployer
/// (a country, or the country of `nordkoreanische Soldaten`); denied, negated
/// and hypothetical deployments and later passing mentions give none.
/// Speakers the text does not name become unnamed sources. Every mention and
/// edge carries the rule that found it. All word lists come from
/// `Ontology/lexicons/` and `Ontology/gazetteer/`.
public struct Extractor: Sendable {
    /// Entity recognition.
    public let recognizer: EntityRecognizer
    /// The extraction word lists.
    public var lexicon: ExtractionLexicon { words.lexicon }
    /// The rule lexicons each word form is in, looked up once per form.
    private let words: RuleWords

    /// Creates an extractor.
    public init(gazetteer: Gazetteer = .shared, lexicon: ExtractionLexicon = .shared) {
        self.init(recognizer: EntityRecognizer(gazetteer: gazetteer), lexicon: lexicon)
    }

    /// Creates an extractor with a given entity recognizer (and its lexicons).
    public init(recognizer: EntityRecognizer, lexicon: ExtractionLexicon = .shared) {
        self.recognizer = recognizer
        words = RuleWords(lexicon: lexicon)
    }

    /// The mentions and edges of one document.
    public func analyze(document: DocumentInfo, text: String) -> DocumentAnalysis {
        DocumentExtraction(document: document, text: text, recognizer: recognizer, words: words).run()
    }
}
