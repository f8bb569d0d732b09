import Foundation

/// A cheap check that a text is German: the share of common German function
/// words against common English ones.
///
/// ```swift
/// LanguageCheck.looksGerman("Der Minister sagte, dass die Regierung ...")  // true
/// LanguageCheck.looksGerman("The minister said that the government ...")   // false (over 200 characters)
/// ```
public enum LanguageCheck {
    /// Texts shorter than this many characters are too short to judge and count as German.
    public static let minimumLength = 200

    /// Whether `text` looks German. Short texts (under `minimumLength`
    /// characters) always do; longer ones must use German function words
    /// more than English ones, and often enough (in at least 6 % of words).
    public static func looksGerman(_ text: String) -> Bool {
        guard text.unicodeScalars.count >= minimumLength else { return true }
        var words = 0, german = 0, english = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            words += 1
            if germanWords.contains(word) {
                german += 1
            } else if englishWords.contains(word) {
                english += 1
            }
        }
        guard words >= 20 else { return true }
        return german > english && german * 100 >= words * 6
    }

    /// Whether a declared language code (`de`, `de-DE`, `de_AT`, `German`) means German.
    public static func isGerman(languageCode: String) -> Bool {
        let code = languageCode.trimmingCharacters(in: .whitespaces).lowercased()
        return code == "de" || code.hasPrefix("de-") || code.hasPrefix("de_") || code == "deu" || code == "ger"
            || code == "german" || code == "deutsch"
    }

    /// Frequent German function words that are not also frequent in English, French or Spanish.
    private static let germanWords: Set<Substring> = [
        "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "sich", "ein", "eine", "einen",
        "einem", "einer", "dem", "im", "auf", "für", "auch", "als", "wird", "werden", "wurde", "sie", "er", "hat",
        "haben", "nach", "bei", "aus", "dass", "oder", "aber", "noch", "wie", "sind", "über", "vor", "nur", "zum",
        "zur", "sagte", "wir", "ich", "sei", "seien", "habe", "vom", "beim", "gegen", "seit", "wurden", "kann",
    ]

    /// Frequent English function words that are not German words.
    private static let englishWords: Set<Substring> = [
        "the", "and", "of", "to", "is", "that", "for", "it", "with", "as", "on", "be", "by", "are", "this", "from",
        "at", "have", "has", "not", "but", "or", "which", "were", "they", "been", "their", "would", "said", "he",
        "she", "his", "her", "its", "who", "after", "about", "more", "than",
    ]
}
