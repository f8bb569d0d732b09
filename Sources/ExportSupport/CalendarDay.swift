import NewsGraphModel

/// Strict calendar dates (`YYYY-MM-DD`) for the exports that type them
/// (`xsd:date` in RDF, GEXF's `timeformat="date"`).
///
///     CalendarDay.day(of: "2024-10-21T08:15:00+02:00") // "2024-10-21"
///     CalendarDay.day(of: "2024-02-30")                // nil
///     CalendarDay.day(of: "21.10.2024")                // nil
public enum CalendarDay {
    /// The date that `text` starts with, when it is a real day of the
    /// Gregorian calendar (years 0001–9999) not followed by another digit.
    public static func day(of text: String?) -> String? {
        guard var text else { return nil }
        return text.withUTF8 { utf8 -> String? in
            let bytes = UnsafeBufferPointer(rebasing: utf8.prefix(11))
            guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            if bytes.count == 11, isDigit(bytes[10]) { return nil }
            guard let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
                year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
            else { return nil }
            return String(decoding: bytes[0..<10], as: UTF8.self)
        }
    }

    /// The day of each edge of `graph`, in edge order: that of its own date,
    /// else `documentDay` of its index (the day of its article). Edges come by
    /// document, and those of one document mostly share a date: a date equal
    /// to the previous edge's is not read again.
    public static func edgeDays(of graph: Graph, documentDay: (Int) -> String?) -> [String?] {
        var previous: (date: String?, day: String?) = (nil, nil)
        // (Read in place: `map` over the edges would copy each, retaining every string it holds.)
        return graph.edges.withUnsafeBufferPointer { edges in
            edges.indices.map { index in
                let date = edges[index].provenance.date
                if date != previous.date { previous = (date, day(of: date)) }
                return previous.day ?? documentDay(index)
            }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        for byte in digits {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
