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
        if let verdict = looksGermanByScalars(text) { return verdict }
        return looksGermanByCharacters(text)
    }

    /// The same decision as ``looksGermanByCharacters(_:)``, in one pass over
    /// the scalars (decoded from UTF-8) with each word's lower-cased UTF-8 packed into an integer;
    /// nil when the text has a scalar whose grapheme clustering or lower-case
    /// mapping the pass does not model (then the characters decide).
    ///
    /// Every scalar below U+0300 but U+0130 (whose lower case is two scalars)
    /// is a grapheme cluster of its own and lower-cases to one scalar (CR LF
    /// join, but neither is a letter), and so is the punctuation of
    /// U+2010–U+205E and U+20A0–U+20C0 (quotation marks, dashes, currency
    /// signs), which is no letter: over such text, words split at scalars
    /// that are not alphabetic are the character-level words.
    static func looksGermanByScalars(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            var tally = WordTally()
            var scalars = UTF8Scalars(bytes)
            var count = 0
            while let value = scalars.next() {
                count += 1
                if value < 0x80 {
                    // Setting bit 5 lower-cases an ASCII letter; only letters then lie in a–z.
                    let lower = value | 0x20
                    if lower &- 0x61 < 26 {
                        tally.append(UInt8(lower))
                    } else {
                        tally.endWord()
                    }
                    continue
                }
                if (0x2010...0x205E).contains(value) || (0x20A0...0x20C0).contains(value) {
                    tally.endWord()
                    continue
                }
                guard value < 0x300, value != 0x130 else { return nil }
                if value >= 0xC0 && value <= 0xFF && value != 0xD7 && value != 0xF7 {
                    // Latin-1 letters: À–Þ lower-case to à–þ, ß–ÿ are lower case; two UTF-8 bytes each.
                    let lower = value < 0xDF ? value + 0x20 : value
                    tally.append(UInt8(0xC0 | lower >> 6))
                    tally.append(UInt8(0x80 | lower & 0x3F))
                    continue
                }
                let lower = Unicode.Scalar(value)!.properties.lowercaseMapping.unicodeScalars
                guard let first = lower.first, lower.count == 1, first.properties.isAlphabetic else {
                    tally.endWord()
                    continue
                }
                for byte in String(first).utf8 { tally.append(byte) }
            }
            tally.endWord()
            guard count >= minimumLength else { return true }
            return tally.words < 20 || tally.german >= tally.foreign
        }
    }

    /// The words of a text and how many of them are German and foreign
    /// function words, fed one lower-cased UTF-8 byte at a time.
    private struct WordTally {
        var words = 0
        var german = 0
        var foreign = 0
        /// The current word's first eight bytes, packed.
        private var key: UInt64 = 0
        private var length = 0

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            if length < 8 { key |= UInt64(byte) << (8 * UInt64(length)) }
            length += 1
        }

        @inline(__always)
        mutating func endWord() {
            guard length > 0 else { return }
            words += 1
            if length <= 8 {
                if germanKeys.contains(key) {
                    german += 1
                } else if foreignKeys.contains(key) {
                    foreign += 1
                }
            }
            key = 0
            length = 0
        }
    }

    /// The decision by characters: the lower-cased text split at characters
    /// that are not letters, each word compared with the function words.
    static func looksGermanByCharacters(_ text: String) -> Bool {
        guard text.unicodeScalars.count >= minimumLength else { return true }
        var words = 0
        var german = 0
        var foreign = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            words += 1
            if germanWords.contains(word) {
                german += 1
            } else if foreignWords.contains(word) {
                foreign += 1
            }
        }
        return words < 20 || german >= foreign
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

    /// ``germanWords`` packed (all have at most eight bytes).
    private static let germanKeys = PackedWordSet(germanWords)

    /// ``foreignWords`` packed (all have at most eight bytes).
    private static let foreignKeys = PackedWordSet(foreignWords)

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
