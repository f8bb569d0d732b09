import ExportSupport
import Synchronization

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
    /// What the element is made of, in one object, interned: made once for
    /// each distinct element and kept for the life of the process
    /// (``interned(_:)``), so that copying an element copies a pointer,
    /// without the reference counting that reading one from an array paid for every value.
    private unowned(unsafe) let parts: Parts

    /// The parts of an element, fixed when it is prepared.
    private final class Parts: Hashable, @unchecked Sendable {  // immutable once made
        /// The element's name.
        let name: String
        /// The fixed attributes, as given (not escaped).
        let attributes: [Attribute]
        /// The attribute that holds the value, or nil when the value is the element's text.
        let valueAttribute: String?
        /// How the value is escaped: as element content or, with a value attribute, as an attribute value.
        let valueContext: XMLEscaping.Context
        /// What goes before the value, in UTF-8: `<name a="v">` or `<name a="v" value="` (attribute values escaped).
        let startTag: UnsafeBufferPointer<UInt8>
        /// What goes after the value: `</name>` or `"/>`. Both tags lie in
        /// padded memory, copied in runs of sixteen (``ExportSupport/ByteWords/copyRuns(_:from:to:)``).
        let endTag: UnsafeBufferPointer<UInt8>
        /// The start tag after the spaces of the deepest prepared indentation,
        /// in padded memory: its end is a value's indentation with the start
        /// tag (``TextElement/indentedStartTag(level:)``), copied as one run.
        let spacedStartTag: UnsafeBufferPointer<UInt8>

        init(name: String, attributes: [Attribute], valueAttribute: String?, startTag: String, endTag: String) {
            self.name = name
            self.attributes = attributes
            self.valueAttribute = valueAttribute
            valueContext = valueAttribute == nil ? .content : .attribute
            self.startTag = ByteWords.paddedCopy(of: Array(startTag.utf8))
            self.endTag = ByteWords.paddedCopy(of: Array(endTag.utf8))
            spacedStartTag = ByteWords.paddedCopy(
                of: [UInt8](repeating: UInt8(ascii: " "), count: 2 * MarkupBytes.deepestRunLevel) + startTag.utf8)
        }

        deinit {
            startTag.deallocate()
            endTag.deallocate()
            spacedStartTag.deallocate()
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
        parts = Self.interned(
            Parts(
                name: name, attributes: attributes.map { Attribute(name: $0.name, value: $0.value) },
                valueAttribute: valueAttribute, startTag: start, endTag: end))
    }

    /// The parts of every element prepared so far, each distinct element's once.
    private static let internedParts = Mutex<Set<Parts>>([])

    /// The interned parts equal to `parts`: the first made of their kind, kept from then on.
    private static func interned(_ parts: Parts) -> Parts {
        internedParts.withLock { $0.insert(parts).memberAfterInsert }
    }

    public static func == (left: TextElement, right: TextElement) -> Bool { left.parts === right.parts }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(parts)) }

    /// How the value is escaped: as element content or as an attribute value.
    var valueContext: XMLEscaping.Context { parts.valueContext }

    /// What goes before the value, valid while the element lives.
    var startTag: UnsafeBufferPointer<UInt8> { parts.startTag }

    /// What goes after the value, valid while the element lives.
    var endTag: UnsafeBufferPointer<UInt8> { parts.endTag }

    /// How long the start and end tags are together.
    var fixedLength: Int { parts.startTag.count &+ parts.endTag.count }

    /// `2 * level` spaces and the start tag, in padded memory (for
    /// ``ExportSupport/ByteWords/copyRuns(_:from:to:)``), valid while the element lives; `level`
    /// is at most ``MarkupBytes/deepestRunLevel``.
    @inline(__always)
    func indentedStartTag(level: Int) -> UnsafeBufferPointer<UInt8> {
        let spaces = parts.spacedStartTag
        let skipped = 2 &* (MarkupBytes.deepestRunLevel &- level)
        return UnsafeBufferPointer(start: spaces.baseAddress.unsafelyUnwrapped + skipped, count: spaces.count &- skipped)
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
