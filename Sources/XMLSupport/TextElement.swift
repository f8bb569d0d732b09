/// An element with fixed attributes that holds one value, prepared once so
/// that it is written with little more than the value's escaping: either
/// text-only (`<data key="n-label">value</data>`) or empty with the value as
/// its last attribute (`<attvalue for="type" value="value"/>`).
///
///     let label = TextElement("data", attributes: [("key", "n-label")])
///     try writer.write(label, text: "Mark Rutte")   // <data key="n-label">Mark Rutte</data>
///     let type = TextElement("attvalue", attributes: [("for", "type")], valueAttribute: "value")
///     try writer.write(type, text: "Person")        // <attvalue for="type" value="Person"/>
public struct TextElement: Hashable, Sendable {
    /// What the element is made of, in one object, so that passing an element around retains one reference.
    private let parts: Parts

    /// The parts of an element, fixed when it is prepared.
    private final class Parts: Hashable, Sendable {
        /// The element's name.
        let name: String
        /// The fixed attributes, as given (not escaped).
        let attributes: [Attribute]
        /// The attribute that holds the value, or nil when the value is the element's text.
        let valueAttribute: String?
        /// What goes before the value and what after it, in UTF-8, one after the other:
        /// `<name a="v">` and `</name>`, or `<name a="v" value="` and `"/>` (attribute values escaped).
        let tags: [UInt8]
        /// How many bytes of ``tags`` go before the value.
        let startTagCount: Int

        init(name: String, attributes: [Attribute], valueAttribute: String?, tags: [UInt8], startTagCount: Int) {
            self.name = name
            self.attributes = attributes
            self.valueAttribute = valueAttribute
            self.tags = tags
            self.startTagCount = startTagCount
        }

        static func == (left: Parts, right: Parts) -> Bool {
            left.name == right.name && left.attributes == right.attributes && left.valueAttribute == right.valueAttribute
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(attributes)
            hasher.combine(valueAttribute)
        }
    }

    /// One fixed attribute.
    private struct Attribute: Hashable, Sendable {
        let name: String
        let value: String
    }

    /// Prepares `<name attributes...>text</name>`. The name and attribute names are the
    /// caller's constants (XML names); attribute values are sanitised and escaped.
    public init(_ name: String, attributes: [(name: String, value: String)] = []) {
        self.init(name, attributes: attributes, valueAttribute: nil)
    }

    /// Prepares `<name attributes... valueAttribute="text"/>`, an element
    /// without children whose last attribute holds the value.
    public init(_ name: String, attributes: [(name: String, value: String)] = [], valueAttribute: String?) {
        var start = "<" + name
        for (attribute, value) in attributes { start += " \(attribute)=\"\(Self.escapedAttribute(value))\"" }
        let end: String
        if let valueAttribute {
            start += " \(valueAttribute)=\""
            end = "\"/>"
        } else {
            start += ">"
            end = "</\(name)>"
        }
        parts = Parts(
            name: name, attributes: attributes.map { Attribute(name: $0.name, value: $0.value) }, valueAttribute: valueAttribute,
            tags: Array((start + end).utf8), startTagCount: start.utf8.count)
    }

    /// How the value is escaped: as element content or as an attribute value.
    var valueContext: XMLEscaping.Context { parts.valueAttribute == nil ? .content : .attribute }

    /// Calls `body` with what goes before the value and what after it.
    func withTags<Result>(_ body: (_ start: UnsafeBufferPointer<UInt8>, _ end: UnsafeBufferPointer<UInt8>) throws -> Result)
        rethrows -> Result
    {
        try parts.tags.withUnsafeBufferPointer { tags in
            try body(
                UnsafeBufferPointer(rebasing: tags[..<parts.startTagCount]), UnsafeBufferPointer(rebasing: tags[parts.startTagCount...]))
        }
    }

    /// Writes the element with `text` as its value through `writer`'s own
    /// calls, element by element and attribute by attribute.
    func write(text: String, to writer: XMLWriter) throws {
        try writer.startElement(parts.name)
        for attribute in parts.attributes { try writer.attribute(attribute.name, attribute.value) }
        if let valueAttribute = parts.valueAttribute {
            try writer.attribute(valueAttribute, text)
        } else {
            try writer.text(text)
        }
        try writer.endElement()
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
