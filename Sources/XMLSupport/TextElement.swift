/// An element that holds only text and has fixed attributes, prepared once
/// so that ``XMLWriter/write(_:text:)`` writes it with one libxml2 call for
/// the text (escaped by libxml2) and two for the prepared tags.
///
///     let label = TextElement("data", attributes: [("key", "n-label")])
///     try writer.write(label, text: "Mark Rutte")   // <data key="n-label">Mark Rutte</data>
public struct TextElement: Hashable, Sendable {
    /// `<name a="v">` (attribute values escaped) and `</name>`, in UTF-8, one after the other.
    private let tags: [UInt8]
    /// How many bytes of ``tags`` are the start tag.
    private let startTagCount: Int

    /// Prepares `<name attributes...>`. The name and attribute names are the
    /// caller's constants (XML names); attribute values are sanitised and escaped.
    public init(_ name: String, attributes: [(name: String, value: String)] = []) {
        var tag = "<" + name
        for (attribute, value) in attributes { tag += " \(attribute)=\"\(Self.escapedAttribute(value))\"" }
        tag += ">"
        startTagCount = tag.utf8.count
        tags = Array((tag + "</\(name)>").utf8)
    }

    /// Calls `body` with the start tag and the end tag.
    func withTags<Result>(_ body: (_ start: UnsafeBufferPointer<UInt8>, _ end: UnsafeBufferPointer<UInt8>) throws -> Result)
        rethrows -> Result
    {
        try tags.withUnsafeBufferPointer { tags in
            try body(UnsafeBufferPointer(rebasing: tags[..<startTagCount]), UnsafeBufferPointer(rebasing: tags[startTagCount...]))
        }
    }

    /// `value` as the content of a double-quoted attribute: `&`, `<`, `>`,
    /// `"` as entities, tab, LF and CR as character references, illegal characters removed.
    static func escapedAttribute(_ value: String) -> String {
        var out = ""
        for scalar in XMLText.sanitized(value).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
