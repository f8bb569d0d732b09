import Foundation

/// A cheap check that a text is German: it must use common German function
/// words at least as often as those of English, French, Spanish, Italian,
/// Dutch and Portuguese. Texts with few function words of any language
/// (results tables, lists of names) count as German.
///
/// ```swift
/// LanguageCheck.looksGerman("Der Minister sagte, dass die Regierung ...")  // true
/// LanguageCheck.looksGerman("The minister said that the government ...")   // false (over 200 characters)
/// ```
public enum LanguageCheck {
    /// Texts shorter than this many characters are too short to judge and count as German.
    public static let minimumLength = 200

    /// Whether `text` looks German: short texts (under `minimumLength`
    /// characters, or 20 words) always do; longer ones must not use more
    /// function words of other languages than German ones.
    public static func looksGerman(_ text: String) -> Bool {
        looksGerman(text, survey: TextSurvey(text))
    }

    /// Whether `text` looks German, told by its survey (one pass over its
    /// scalars, see ``TextSurvey``) when that can, else by its characters.
    ///
    /// Every scalar below U+0300 but U+0130 (whose lower case is two scalars)
    /// is a grapheme cluster of its own and lower-cases to one scalar (CR LF
    /// join, but neither is a letter), and so is the punctuation of
    /// U+2010–U+205E and U+20A0–U+20C0 (quotation marks, dashes, currency
    /// signs), which is no letter: over such text, words split at scalars
    /// that are not alphabetic are the character-level words, and the survey's
    /// counts decide as ``looksGermanByCharacters(_:)`` does.
    static func looksGerman(_ text: String, survey: TextSurvey) -> Bool {
        survey.functionWords?.looksGerman ?? looksGermanByCharacters(text)
    }

    /// The decision by characters: the lower-cased text split at characters
    /// that are not letters, each word compared with the function words.
    static func looksGermanByCharacters(_ text: String) -> Bool {
        var counts = FunctionWordCounts()
        counts.scalars = text.unicodeScalars.count
        guard counts.scalars >= minimumLength else { return true }
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            counts.words += 1
            if germanWords.contains(word) {
                counts.german += 1
            } else if foreignWords.contains(word) {
                counts.foreign += 1
            }
        }
        return counts.looksGerman
    }

    /// Whether a declared language code (`de`, `de-DE`, `de_AT`, `German`) means German.
    public static func isGerman(languageCode: String) -> Bool {
        let code = languageCode.trimmingCharacters(in: .whitespaces).lowercased()
        return code == "de" || code.hasPrefix("de-") || code.hasPrefix("de_") || code == "deu" || code == "ger"
            || code == "german" || code == "deutsch"
    }

    /// Frequent German function words.
    private static let germanWords: Set<Substring> = [
        "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "sich", "ein", "eine", "einen",
        "einem", "einer", "dem", "des", "im", "auf", "für", "auch", "als", "wird", "werden", "wurde", "sie", "er",
        "hat", "haben", "nach", "bei", "aus", "dass", "oder", "aber", "noch", "wie", "sind", "über", "vor", "nur",
        "zum", "zur", "sagte", "wir", "ich", "sei", "seien", "habe", "vom", "beim", "gegen", "seit", "wurden",
        "kann", "es", "war", "bis", "am", "um",
    ]

    /// The marks of German and foreign function words in ``functionWordTable``.
    static let germanMark: UInt8 = 1
    static let foreignMark: UInt8 = 2

    /// ``germanWords`` and ``foreignWords`` packed (all have at most eight bytes), marked.
    static let functionWordTable = PackedWordTable(
        germanWords.map { ($0, germanMark) } + foreignWords.map { ($0, foreignMark) })

    /// Frequent function words of English, French, Spanish, Italian, Dutch and
    /// Portuguese that are not German words.
    private static let foreignWords: Set<Substring> = [
        // English
        "the", "and", "of", "to", "is", "that", "for", "it", "with", "on", "be", "by", "are", "this", "from",
        "at", "have", "has", "not", "but", "or", "which", "were", "they", "been", "their", "would", "said", "he",
        "she", "his", "her", "its", "who", "after", "about", "more", "than",
        // French
        "le", "la", "les", "et", "est", "une", "pour", "que", "qui", "dans", "sur", "pas", "au", "avec",
        "ce", "il", "elle", "sont", "ont", "mais", "par", "aux", "cette", "été",
        // Spanish and Portuguese
        "el", "los", "las", "del", "por", "con", "para", "una", "se", "su", "lo", "como", "más", "pero", "fue",
        "está", "não", "os", "uma", "em", "ao", "mais",
        // Italian
        "di", "che", "della", "non", "sono", "gli", "nel", "alla", "anche", "questo", "delle",
        // Dutch
        "het", "een", "niet", "op", "voor", "zijn", "ook", "wordt", "naar", "werd", "heeft", "dat", "maar",
    ]
}

/// How many scalars and words a text has, and how many of the words are
/// German and foreign function words: what ``LanguageCheck`` decides by.
struct FunctionWordCounts: Equatable {
    var scalars = 0
    var words = 0
    var german = 0
    var foreign = 0

    /// Whether the text looks German: it is short (under `LanguageCheck.minimumLength`
    /// scalars, or 20 words), or it has at least as many German function words as foreign ones.
    var looksGerman: Bool {
        scalars < LanguageCheck.minimumLength || words < 20 || german >= foreign
    }
}
