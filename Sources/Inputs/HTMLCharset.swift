import CLibXML2
import Foundation

/// Decides which character encoding to tell libxml2, the way browsers do:
/// a byte order mark first, then a declared charset (with `ISO-8859-1` and
/// `US-ASCII` read as windows-1252, and names libxml2 does not know
/// ignored), else UTF-8 when the bytes are valid UTF-8 and windows-1252 when
/// they are not.
enum HTMLCharset {
    /// The encoding name for `htmlReadMemory`; nil leaves the choice to libxml2 (UTF-16 with a BOM).
    static func encoding(for data: Data) -> String? {
        if ByteScan.hasUTF8BOM(data) { return "UTF-8" }
        if ByteScan.hasUTF16BOM(data) { return nil }
        if let declared = declaredCharset(in: data.prefix(8192)) {
            switch declared {
            case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode":
                // A page that reached us as bytes of ASCII declaring UTF-16 is UTF-8, as in browsers.
                return "UTF-8"
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
                "windows-1252", "cp1252", "x-cp1252":
                return "windows-1252"
            default:
                if isKnownToLibXML2(declared) { return declared }
            }
        }
        return ByteScan.firstInvalidUTF8(in: data) == nil ? "UTF-8" : "windows-1252"
    }

    /// Whether libxml2 can decode `name` (its own encodings, or iconv's).
    private static func isKnownToLibXML2(_ name: String) -> Bool {
        guard LibXML2.isReady, let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// The charset a `<meta>` tag or XML declaration in `head` names, lower-cased.
    static func declaredCharset(in head: Data) -> String? {
        // ASCII in lower case; other bytes (which no charset name uses) become `?`.
        let text = String(
            decoding: [UInt8](head).map { byte in
                switch byte {
                case 0x41...0x5A: byte | 0x20
                case 0x80...: UInt8(ascii: "?")
                default: byte
                }
            }, as: UTF8.self)
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>"),
            let name = value(after: "encoding=", in: text[..<end.lowerBound])
        {
            return name
        }
        var searchStart = text.startIndex
        while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
            let tagEnd = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            if let name = value(after: "charset=", in: text[meta.upperBound..<tagEnd]) { return name }
            searchStart = tagEnd
        }
        return nil
    }

    /// The token after `key` (quoted or not) in `text`.
    private static func value(after key: String, in text: Substring) -> String? {
        guard let range = text.range(of: key) else { return nil }
        let rest = text[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
        let name = rest.prefix(while: { $0.isLetter || $0.isNumber || "-_.:".contains($0) })
        return name.isEmpty ? nil : String(name)
    }
}
