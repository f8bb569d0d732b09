import Foundation
import Lexicons
import Testing

@testable import Inputs

@Suite("JSON line scanner")
struct JSONLineScannerTests {
    /// Lines the scanner must read as `JSONSerialization` (after surrogate repair) reads them.
    static let acceptedLines = [
        #"{"id":"a-1","title":"  Titel  ","text":"Der Text.\nZweiter Absatz.","date":"2024-03-06"}"#,
        #"{ "title" : "T" , "maintext" : "Haupttext mit \"Zitat\" und \\ und \/ und \b\f\r\t." , "text" : null }"#,
        #"{"maintext":" ","description":"Beschreibung","url":"https://a.example/x","source_domain":"a.example"}"#,
        #"{"text":"Lone \ud800 high, \udc00 low, pair \ud83d\ude00, high then other \ud83d\u0041, end \ud800"}"#,
        #"{"text":"Umlaute äöü ß – „Zitat“ 😀 \u00e4\u20AC","language":"de","date_publish":"2024-10-18 14:03:00"}"#,
        #"{"authors":["A","B"],"image":{"url":"x","size":[1,2.5,-3,0,null,true,false]},"text":"T","n":12345}"#,
        #"{"text":"first","text":"second","id":"x","id":null}"#,
        #"{"text":"Kontrolle \u0001 und NUL \u0000.","outlet":"  ","datePublished":"18.10.2024"}"#,
        "{\"text\":\"Mit CR am Ende\"}\r",
        #"{"text":"Ziemlich lange Zeile ohne Escapes, damit ganze Wörter zu acht Bytes übersprungen werden."}"#,
        #"{}"#,
        #"{"title":"Nur Titel"}"#,
        #"{"text":"   "}"#,
    ]

    /// Lines the scanner leaves to the full parser.
    static let declinedLines = [
        #"{"text":"a"} x"#, #"["text"]"#, #""text""#, #"{"text":1}"#, #"{"id":42,"text":"a"}"#,
        #"{"t\u0065xt":"a"}"#, #"{"text":"a","n":1e5}"#, #"{"text":"a","n":01}"#, #"{"text":"a","n":1234567890123456}"#,
        "{\"text\":\"tab\there\"}", #"{"text":"bad \x escape"}"#, #"{"text":"short \u12"}"#, #"{"text":"a",}"#,
        #"{"text":"a""#, #"{"text":"a","x":tru}"#, #"{"title":["a"],"text":"b"}"#,
        "{\"text\":\"deep\",\"x\":" + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}",
    ]

    private func viaScanner(_ line: String) throws(InputError) -> Article? {
        guard let fields = JSONLineScanner(line: Array(line.utf8)) else { return nil }
        return try JSONLinesReader.article(from: fields, fallbackID: "f:1", origin: "o:1")
    }

    private func viaFoundation(_ line: String) throws(InputError) -> Article {
        let fields = try JSONLinesReader.parsedFields(fromLine: Array(line.utf8), origin: "o:1")
        return try JSONLinesReader.article(from: fields, fallbackID: "f:1", origin: "o:1")
    }

    @Test("Where the scanner reads a line, it yields the article or failure the full parser yields")
    func agreesWithFoundation() throws {
        for line in Self.acceptedLines {
            #expect(JSONLineScanner(line: Array(line.utf8)) != nil, "\(line)")
            let scanned = Result { () throws(InputError) in try viaScanner(line) }
            let parsed = Result { () throws(InputError) in try viaFoundation(line) }
            switch (scanned, parsed) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(line)")
            case (.failure(let a), .failure(let b)): #expect(a == b, "\(line)")
            default: Issue.record("scanner and parser disagree on \(line): \(scanned) vs \(parsed)")
            }
        }
    }

    @Test("Lines outside the scanned part of JSON go to the full parser")
    func declines() {
        for line in Self.declinedLines { #expect(JSONLineScanner(line: Array(line.utf8)) == nil, "\(line)") }
    }

    @Test("Every line of the JSON lines fixtures reads the same through the scanner as through the parser")
    func fixtures() throws {
        for name in ["jsonl/plain.jsonl", "jsonl/news-please.jsonl", "hostile/mixed.jsonl"] {
            let data = try Fixture.data(name)
            for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
                let bytes = Array(line)
                guard ByteScan.firstInvalidUTF8(in: Data(bytes)) == nil, let fields = JSONLineScanner(line: bytes)
                else { continue }
                let scanned = Result { () throws(InputError) in
                    try JSONLinesReader.article(from: fields, fallbackID: "f:1", origin: "o:1")
                }
                let parsed = Result { () throws(InputError) in
                    try JSONLinesReader.article(
                        from: JSONLinesReader.parsedFields(fromLine: bytes, origin: "o:1"), fallbackID: "f:1",
                        origin: "o:1")
                }
                #expect("\(scanned)" == "\(parsed)")
            }
        }
    }

    @Test("The word-at-a-time UTF-8 check finds the first bad byte the decoder finds")
    func utf8Check() {
        let samples: [[UInt8]] = [
            Array("Reines ASCII, länger als acht Bytes, mit Umlauten äöü und 😀.".utf8),
            Array("12345678abcdefgh".utf8) + [0xC3], Array("12345678".utf8) + [0xE0, 0x80, 0x80] + Array("abc".utf8),
            Array("abcdefghijklmnop".utf8) + [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF] + Array("abcdefgh".utf8),
            Array("abcdefg".utf8) + [0xC3, 0xA4] + Array("abcdefgh".utf8) + [0x80],
        ]
        for bytes in samples {
            #expect(bytes.withUnsafeBytes { ByteScan.firstInvalidUTF8(in: $0) } == Self.firstDecodingError(bytes))
        }
    }

    /// The definition: where Swift's UTF-8 decoder first reports an error.
    static func firstDecodingError(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test("Trimming skips Foundation only where Foundation would change nothing; blank strings")
    func trimming() {
        let samples = [
            "", " ", "Titel", " Titel ", "\u{A0}Titel\u{2003}", "Titel\u{3000}", "„Titel“", "Über", "\u{FEFF}x",
            "x\u{200B}", "\tx\n", "x\u{85}", "ü", "😀",
        ]
        for text in samples + [" \u{301}", "\u{2028}", "\r\n", "x ", "!"] {
            #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(text.isBlank == !text.contains(where: { !$0.isWhitespace }), "\(text)")
        }
    }

    @Test("Strings copied from validated bytes equal those the standard library decodes")
    func validatedStrings() {
        for text in ["", "ASCII only, longer than eight bytes.", "Grüße", "ß", "😀 – „x“", "a\u{0}b"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { String(validUTF8: $0) } == text)
        }
    }
}
