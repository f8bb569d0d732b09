import Lexicons

/// The inflected forms of country adjectives and demonyms, made by rule so
/// that the data files list only the base forms.
///
///     GazetteerInflection.adjectiveForms("nordkoreanisch")
///     // nordkoreanisch, nordkoreanische, nordkoreanischen, nordkoreanischer, nordkoreanisches, nordkoreanischem
///     GazetteerInflection.demonymForms("Russe")   // Russe, Russen, Russin, Russinnen
///     GazetteerInflection.demonymForms("Ukrainer") // Ukrainer, Ukrainern, Ukrainers, Ukrainerin, Ukrainerinnen
enum GazetteerInflection {
    /// The endings of a German adjective: none (predicative), then strong and weak endings.
    static let adjectiveEndings = ["", "e", "en", "er", "es", "em"]

    /// Every form of an adjective stem, lower-cased.
    static func adjectiveForms(_ stem: String) -> [String] {
        let lowered = stem.lowercasedIfNeeded()
        return adjectiveEndings.map { lowered + $0 }
    }

    /// Every form of a demonym: number and case of the masculine noun and the
    /// feminine in `-in`. A base in `-er` (Ukrainer) takes -n, -s, -in,
    /// -innen; a base in `-e` (Russe) takes -n and the feminine on the stem
    /// (Russin); a feminine in `-in` (Französin) takes -nen; others (Israeli)
    /// take a plural -s.
    static func demonymForms(_ base: String) -> [String] {
        if base.hasSuffix("er") { return [base, base + "n", base + "s", base + "in", base + "innen"] }
        if base.hasSuffix("in") { return [base, base + "nen"] }
        if base.hasSuffix("e") {
            let stem = String(base.dropLast())
            return [base, base + "n", stem + "in", stem + "innen"]
        }
        return [base, base + "s"]
    }
}
