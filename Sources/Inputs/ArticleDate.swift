import Foundation

/// Normalises the many ways news pages write a publication date to ISO 8601.
///
/// ```swift
/// ArticleDate.normalized("2024-10-18T14:03:00+02:00")  // "2024-10-18T14:03:00+02:00"
/// ArticleDate.normalized("2024-10-18 14:03:00")        // "2024-10-18T14:03:00"
/// ArticleDate.normalized("Freitag, 18. Oktober 2024")  // "2024-10-18"
/// ArticleDate.normalized("18.10.2024, 14:03 Uhr")      // "2024-10-18"
/// ArticleDate.normalized("demnächst")                  // nil
/// ```
public enum ArticleDate {
    /// `raw` as `YYYY-MM-DD`, or as the full timestamp when `raw` is an ISO 8601
    /// timestamp (a space between date and time becomes `T`); nil when it holds no valid date.
    public static func normalized(_ raw: String) -> String? {
        if isPlainDate(raw) { return raw }
        let scalars = Array(raw.trimmingWhitespaceAndNewlines.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 200 else { return nil }
        return isoTimestamp(scalars) ?? writtenDate(in: tokens(of: scalars))
    }

    /// Whether `raw` is exactly a valid `YYYY-MM-DD` (what most JSON lines hold): its own normal form,
    /// with nothing to trim, split or write again.
    private static func isPlainDate(_ raw: String) -> Bool {
        raw.utf8.count == 10
            && raw.utf8.withContiguousStorageIfAvailable { bytes in
                guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
                var value = 0
                for index in [0, 1, 2, 3, 5, 6, 8, 9] {
                    let digit = Int(bytes[index]) &- 0x30
                    guard (0...9).contains(digit) else { return false }
                    value = value * 10 + digit
                }
                return isValid(year: value / 10_000, month: value / 100 % 100, day: value % 100)
            } == true
    }

    // MARK: ISO 8601

    /// `YYYY-MM-DD` at the start, with the time part kept when it is well formed.
    private static func isoTimestamp(_ s: [Unicode.Scalar]) -> String? {
        guard s.count >= 10, s[4] == "-", s[7] == "-",
            let year = number(s[0..<4]), let month = number(s[5..<7]), let day = number(s[8..<10]),
            let date = formatted(year: year, month: month, day: day)
        else { return nil }
        guard s.count > 10, ["T", "t", " "].contains(s[10]), let time = isoTime(s[11...]) else { return date }
        return date + "T" + time
    }

    /// `HH:MM[:SS[.fff]][Z|±HH[:]MM]`, exactly, as written.
    private static func isoTime(_ s: ArraySlice<Unicode.Scalar>) -> String? {
        var index = s.startIndex
        func digits(_ count: Int, max: Int) -> Bool {
            guard index + count <= s.endIndex, let value = number(s[index..<index + count]), value <= max else {
                return false
            }
            index += count
            return true
        }
        func accept(_ scalar: Unicode.Scalar) -> Bool {
            guard index < s.endIndex, s[index] == scalar else { return false }
            index += 1
            return true
        }
        guard digits(2, max: 23), accept(":"), digits(2, max: 59) else { return nil }
        if accept(":") {
            guard digits(2, max: 60) else { return nil }
            if accept(".") || accept(",") {
                let start = index
                while index < s.endIndex, s[index].properties.numericType == .decimal, s[index].isASCII { index += 1 }
                guard index > start else { return nil }
            }
        }
        if accept("Z") || accept("z") {
        } else if accept("+") || accept("-") {
            guard digits(2, max: 14) else { return nil }
            _ = accept(":")
            guard digits(2, max: 59) else { return nil }
        }
        guard index == s.endIndex else { return nil }
        var time = String(String.UnicodeScalarView(s))
        if time.last == "z" { time = String(time.dropLast()) + "Z" }
        return time
    }

    // MARK: Written dates

    /// A run of letters or ASCII digits, and the character right after it.
    private struct Token {
        var text: String
        var isNumber: Bool
        var separator: Unicode.Scalar?
    }

    private static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var result: [Token] = []
        var index = 0
        while index < scalars.count {
            let isDigit = scalars[index].isASCII && scalars[index].properties.numericType == .decimal
            let isLetter = scalars[index].properties.isAlphabetic
            guard isDigit || isLetter else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count,
                isDigit
                    ? (scalars[index].isASCII && scalars[index].properties.numericType == .decimal)
                    : scalars[index].properties.isAlphabetic
            {
                index += 1
            }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            result.append(Token(text: text, isNumber: isDigit, separator: index < scalars.count ? scalars[index] : nil))
        }
        return result
    }

    /// The first date written as `18.10.2024`, `2024-10-18`, `18. Oktober 2024`,
    /// `21 Okt. 2024` or `October 18, 2024`.
    private static func writtenDate(in tokens: [Token]) -> String? {
        guard tokens.count >= 3 else { return nil }
        for index in 0...(tokens.count - 3) {
            let (first, second, third) = (tokens[index], tokens[index + 1], tokens[index + 2])
            let date: String?
            if first.isNumber, second.isNumber, third.isNumber {
                if first.text.count == 4, first.separator == "-", second.separator == "-" {
                    date = formatted(year: Int(first.text), month: Int(second.text), day: Int(third.text))
                } else if first.text.count <= 2, second.text.count <= 2, first.separator == ".", second.separator == "."
                {
                    date = formatted(year: year(third.text), month: Int(second.text), day: Int(first.text))
                } else {
                    date = nil
                }
            } else if first.isNumber, first.text.count <= 2, !second.isNumber, third.isNumber, third.text.count == 4 {
                date = formatted(year: Int(third.text), month: month(named: second.text), day: Int(first.text))
            } else if !first.isNumber, second.isNumber, second.text.count <= 2, third.isNumber, third.text.count == 4 {
                date = formatted(year: Int(third.text), month: month(named: first.text), day: Int(second.text))
            } else {
                date = nil
            }
            if let date { return date }
        }
        return nil
    }

    /// A four-digit year, or a two-digit one read as 20YY.
    private static func year(_ text: String) -> Int? {
        switch text.count {
        case 4: Int(text)
        case 2: Int(text).map { 2000 + $0 }
        default: nil
        }
    }

    private static let months: [String: Int] = [
        "januar": 1, "jänner": 1, "jan": 1, "january": 1,
        "februar": 2, "feber": 2, "feb": 2, "february": 2,
        "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "march": 3, "mar": 3,
        "april": 4, "apr": 4,
        "mai": 5, "may": 5,
        "juni": 6, "jun": 6, "june": 6,
        "juli": 7, "jul": 7, "july": 7,
        "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "october": 10, "oct": 10,
        "november": 11, "nov": 11,
        "dezember": 12, "dez": 12, "december": 12, "dec": 12,
    ]

    private static func month(named name: String) -> Int? {
        months[name.lowercased()]
    }

    // MARK: Numbers

    /// The value of a run of ASCII digits.
    private static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var value = 0
        for scalar in scalars {
            let digit = Int(scalar.value) &- 0x30
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// `YYYY-MM-DD` when the day exists (years 1900 to 2199).
    private static func formatted(year: Int?, month: Int?, day: Int?) -> String? {
        guard let year, let month, let day, isValid(year: year, month: month, day: day) else { return nil }
        // Written digit by digit: years 1900 to 2199 have four.
        let dash = UInt8(ascii: "-")
        let utf8 = [
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), dash, digit(month / 10), digit(month),
            dash, digit(day / 10), digit(day),
        ]
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Whether the day exists in a year from 1900 to 2199.
    private static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...2199).contains(year), (1...12).contains(month) else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return (1...(month == 2 ? (isLeap ? 29 : 28) : monthLengths[month - 1])).contains(day)
    }

    /// The days of each month in a year that is not a leap year.
    private static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// The ASCII digit of the last decimal digit of `value` (not negative).
    private static func digit(_ value: Int) -> UInt8 {
        UInt8(ascii: "0") + UInt8(value % 10)
    }
}
