import Testing

@testable import Inputs

@Suite("Dates")
struct ArticleDateTests {
    @Test(
        "ISO dates and timestamps are kept; written German (and English) dates become YYYY-MM-DD",
        arguments: [
            ("2024-10-18", "2024-10-18"),
            ("2024-02-29", "2024-02-29"),
            ("2000-02-29", "2000-02-29"),
            ("1900-01-01", "1900-01-01"),
            ("2199-12-31", "2199-12-31"),
            ("2024-10-18T14:03:00+02:00", "2024-10-18T14:03:00+02:00"),
            ("2024-10-18T14:03:00.123Z", "2024-10-18T14:03:00.123Z"),
            ("2024-10-18T14:03", "2024-10-18T14:03"),
            ("2024-10-18T14:03:00+0200", "2024-10-18T14:03:00+0200"),
            ("2024-10-18 14:03:00", "2024-10-18T14:03:00"),
            ("2024-10-18T14:03:00 MESZ", "2024-10-18"),
            ("  2024-02-29  ", "2024-02-29"),
            ("18. Oktober 2024", "2024-10-18"),
            ("21 Oktober 2024", "2024-10-21"),
            ("Freitag, 18. Oktober 2024, 14:03 Uhr", "2024-10-18"),
            ("3. März 2024", "2024-03-03"),
            ("3. Maerz 2024", "2024-03-03"),
            ("1. Jänner 2025", "2025-01-01"),
            ("18. Okt. 2024", "2024-10-18"),
            ("18.10.2024", "2024-10-18"),
            ("8.3.2024, 14:03 Uhr", "2024-03-08"),
            ("14:03 Uhr, 18.10.2024", "2024-10-18"),
            ("18.10.24", "2024-10-18"),
            ("Stand: 2024-10-18", "2024-10-18"),
            ("October 18, 2024", "2024-10-18"),
        ])
    func valid(raw: String, expected: String) {
        #expect(ArticleDate.normalized(raw) == expected)
    }

    @Test(
        "Impossible or missing dates are nil",
        arguments: [
            "", "gestern", "2023-02-29", "2100-02-29", "2024-13-01", "2024-00-10", "2024-10-32", "2024-10-00",
            "1899-12-31", "2200-01-01", "2024-1O-18", "31.04.2024", "18. Brumaire 2024",
            "Oktober 2024", "14:03", "1.2.3", "99999999999999999999-01-01", "18.10.1850",
            String(repeating: "18.", count: 500),
        ])
    func invalid(raw: String) {
        #expect(ArticleDate.normalized(raw) == nil)
    }

    @Test("A malformed time keeps the date only")
    func malformedTime() {
        #expect(ArticleDate.normalized("2024-10-18T25:00:00") == "2024-10-18")
        #expect(ArticleDate.normalized("2024-10-18T14:03:00+") == "2024-10-18")
        #expect(ArticleDate.normalized("2024-10-18T") == "2024-10-18")
    }
}
