/// Text-only child elements (GraphML's `<data key="...">value</data>`)
/// gathered as escaped markup, that ``XMLWriter/write(_:)-(TextElementBatch)``
/// hands to libxml2 in one `xmlTextWriterWriteRawLen` call.
///
/// The bytes are those ``XMLWriter/write(_:text:)`` has libxml2 write, one
/// element after another: each on its own indented line, the text sanitised
/// and escaped as `xmlTextWriterWriteString` escapes it (see ``XMLEscaping``).
/// A batch is prepared for one depth; reuse it for every element at that depth:
///
///     var data = writer.textElementBatch(depth: writer.depth + 1)  // children of <node>
///     try writer.startElement("node")
///     data.add(label, text: "Zoë & Co")
///     data.add(size, decimal: 12)
///     try writer.write(&data)   // written, and emptied for the next node
///     try writer.endElement()
public struct TextElementBatch {
    /// The markup gathered since the last write.
    private(set) var bytes: [UInt8] = []
    /// How many elements are open while the batch is written, its parent included.
    let depth: Int
    /// What goes before each element: a new line and the indentation, or nothing.
    private let lineStart: [UInt8]

    init(depth: Int, lineStart: [UInt8]) {
        self.depth = depth
        self.lineStart = lineStart
        bytes.reserveCapacity(4096)
    }

    /// Whether nothing was added since the last write.
    public var isEmpty: Bool { bytes.isEmpty }

    /// Adds `element` with `text` as its content (sanitised and escaped).
    public mutating func add(_ element: TextElement, text: String) {
        add(element) { XMLEscaping.appendContent(text, to: &$0) }
    }

    /// Adds `element` with `prefix` followed by `text` as its content (sanitised and escaped).
    public mutating func add(_ element: TextElement, prefix: String, text: String) {
        add(element) { content in
            XMLEscaping.appendContent(prefix, to: &content)
            XMLEscaping.appendContent(text, to: &content)
        }
    }

    /// Adds `element` with `items` joined by `separator` as its content (sanitised and escaped).
    public mutating func add(_ element: TextElement, joining items: [String], separator: String) {
        var escapedSeparator: [UInt8] = []
        XMLEscaping.appendContent(separator, to: &escapedSeparator)
        add(element) { content in
            for index in items.indices {
                if index > 0 { content.append(contentsOf: escapedSeparator) }
                XMLEscaping.appendContent(items[index], to: &content)
            }
        }
    }

    /// Adds `element` with an integer in decimal as its content, as `String(value)` writes it.
    public mutating func add(_ element: TextElement, decimal value: Int) {
        add(element) { Self.appendDecimal(value, to: &$0) }
    }

    /// Adds the line start, the start tag, what `content` appends, and the end tag.
    @inline(__always)
    private mutating func add(_ element: TextElement, content: (inout [UInt8]) -> Void) {
        bytes.append(contentsOf: lineStart)
        element.withTags { start, end in
            bytes.append(contentsOf: start)
            content(&bytes)
            bytes.append(contentsOf: end)
        }
    }

    /// Empties the batch, keeping its storage.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of UInt64.max
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }
}
