import Foundation
import TestSupport
import Testing

@testable import Resolution

/// The shipped transliteration rules fold romanisations and keep distinct names apart.
@Suite struct TransliterationKeyTests {
    static let rules: TransliterationKey? = try? TransliterationKey.load(from: ProjectPaths.ontology)

    @Test func foldsRomanisationsOfOneName() throws {
        let rules = try #require(Self.rules)
        let pairs: [(String, String)] = [
            ("Zelensky", "Selenskyj"), ("Zelenskyy", "Selenskyj"), ("Selenski", "Selenskyj"),
            ("Volodymyr Zelensky", "Wolodymyr Selenskyj"), ("Peskov", "Peskow"), ("Dmitry Peskov", "Dmitri Peskow"),
            ("Budanov", "Budanow"), ("Lavrov", "Lawrow"), ("Shoigu", "Schoigu"), ("Yoon Suk-yeol", "Yoon Suk Yeol"),
            ("Kim Jong-un", "Kim Jong Un"), ("Navalny", "Nawalny"), ("Medvedev", "Medwedew"),
            ("Zakharova", "Sacharowa"), ("Prigozhin", "Prigoschin"), ("Yuri", "Juri"), ("Sergey", "Sergej"),
            ("Sergei", "Sergej"), ("Oleksandr Syrskyi", "Olexandr Syrskyj"), ("Zaluzhnyi", "Saluschnyj"),
            ("Donetsk", "Donezk"), ("Erdoğan", "Erdogan"), ("Gerasimov", "Gerassimow"), ("Podolyak", "Podoljak"),
            ("Pezeshkian", "Peseschkian"), ("Araghchi", "Araghtschi"), ("Kharkiv", "Charkiw"),
            ("Dmitriev", "Dmitrijew"), ("Maria", "Marija"),
        ]
        for (english, german) in pairs {
            let left = rules.key(for: english)
            let right = rules.key(for: german)
            #expect(left == right, "\(english) → \(left), \(german) → \(right)")
        }
    }

    @Test func keepsDistinctNamesApart() throws {
        let rules = try #require(Self.rules)
        let pairs: [(String, String)] = [
            ("Putin", "Puschkin"), ("Kim Jong Un", "Kim Yong-hyun"), ("Biden", "Bidens"), ("Peskow", "Pesko"),
            ("Lawrow", "Lawrence"), ("Selenskyj", "Selenska"), ("Kim Jong Un", "Kim Jong Il"), ("Trump", "Tramp"),
        ]
        for (one, other) in pairs {
            #expect(rules.key(for: one) != rules.key(for: other), "\(one) / \(other)")
        }
    }

    @Test func keysNamesOnTheirBytesAsOnTheirScalars() throws {
        let rules = try #require(Self.rules)
        let names = [
            "", "  ", "A", "y", "Y", "yy", "ej", "Yermak", "Kyiv", "Yulia Yoon", "X-Ray 42", "Tschernihiw",
            "Khrushchev", "Chruschtschow", "Zz zz", "aaaa", "O'Brien", "St. Petersburg", "Sergey-Yuri",
            "Donaudampfschifffahrtsgesellschaftskapitaen", "Zelenskyy Zaluzhnyi Syrskyi Dmitriy Andrii",
            "Olexandr\tTsitsipas\r\nTzaziki", "1234 56", "Shchedrin Zhukov", "Müller", "Gerhard Schröder",
            "Erdoğan", "Zoë Ýves", "Straße", "Çavuşoğlu", "Ärzte ohne Grenzen", "e\u{301}té", "Łukaszenka",
            "Владимир Путин", "Søren", "Yoon Suk-yeol 윤석열",
        ]
        for name in names {
            #expect(rules.key(for: name) == rules.key(scalarsOf: name), "\(name)")
        }
    }

    @Test func rulesThatLeaveASCIIAreAppliedToScalars() {
        let rules = TransliterationKey(rules: [TransliterationRule(pattern: "ss", replacement: "ß")])
        #expect(rules.key(for: "Strasse") == "straße")
        #expect(rules.key(for: "Straße") == "straße")
    }

    @Test func describesTheKeyItMakes() throws {
        let rules = try #require(Self.rules)
        #expect(rules.key(for: "Wolodymyr Selenskyj") == "wolodimir selenski")
        #expect(rules.key(for: "Volodymyr Zelensky") == rules.key(for: "Wolodimir Selenski"))
        #expect(rules.key(for: "Yoon Suk-yeol") == "jon suk jeol")
        #expect(rules.key(for: "  ") == "")
        #expect(TransliterationKey.key(for: "Peskov") == "peskow")
    }

    @Test func readsRulesWithAnchors() {
        let start = TransliterationRule(row: ["^z", "s"])
        let end = TransliterationRule(row: ["ov$", "ow"])
        let both = TransliterationRule(row: ["^x$", "y"])
        #expect(start?.apply(to: "zaz") == "saz")
        #expect(end?.apply(to: "ovlov") == "ovlow")
        #expect(both?.apply(to: "x") == "y")
        #expect(both?.apply(to: "xx") == "xx")
        #expect(TransliterationRule(row: ["^$"]) == nil)
        #expect(TransliterationRule(row: []) == nil)
        let key = TransliterationKey(rules: [start, end].compactMap { $0 })
        #expect(key.key(for: "Zakkov-Ov") == "sakow ow")
    }
}
