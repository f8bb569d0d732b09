/// Child elements gathered as escaped markup, that
/// ``XMLWriter/write(_:)-(TextElementBatch)`` hands to libxml2 in one
/// `xmlTextWriterWriteRawLen` call: prepared text-only elements (GraphML's
/// `<data key="...">value</data>`), and elements with attributes and
/// children of their own (GEXF's `<attvalues>` of `<attvalue for="..." value="..."/>`).
///
/// The bytes are those libxml2 writes for the same calls on ``XMLWriter``
/// (``XMLWriter/write(_:text:)``, ``XMLWriter/startElement(_:namespace:)``,
/// ``XMLWriter/attribute(_:_:)``, ``XMLWriter/endElement()``): each element
/// on its own indented line, an element without children as `<name .../>`,
/// text and attribute values sanitised and escaped as `xmlTextWriterWriteString`
/// escapes them (see ``XMLEscaping``). A batch is prepared for one depth;
/// reuse it for every element at that depth:
///
///     var data = writer.textElementBatch(depth: writer.depth + 1)  // children of <node>
///     try writer.startElement("node")
///     data.add(label, text: "Zoë & Co")
///     data.startElement("viz:size")
///     data.attribute("value", decimal: 12)
///     data.endElement()
///     try writer.write(&data)   // written, and emptied for the next node
///     try writer.endElement()
public struct TextElementBatch {
    /// The markup gathered since the last write.
    private(set) var bytes: [UInt8] = []
    /// How many elements are open while the batch is written, its parent included.
    let depth: Int
    /// What goes before each element: a new line and the indentation, or nothing.
    private let lineStart: [UInt8]
    /// The elements opened by ``startElement(_:)`` and not yet ended, innermost last.
    private var openElements: [OpenElement] = []

    /// An element of the batch whose end tag is still to come.
    private struct OpenElement {
        /// The element's name.
        let name: StaticString
        /// Whether its start tag is still open for attributes.
        var inStartTag = true
        /// Whether it has child elements (then its end tag goes on its own line).
        var hasChildren = false
    }

    init(depth: Int, lineStart: [UInt8]) {
        self.depth = depth
        self.lineStart = lineStart
        bytes.reserveCapacity(4096)
    }

    /// Whether nothing was added since the last write.
    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether every element opened with ``startElement(_:)`` has been ended.
    public var isComplete: Bool { openElements.isEmpty }

    /// Adds `element` with `text` as its content (sanitised and escaped).
    public mutating func add(_ element: TextElement, text: String) {
        add(element) { Self.append(text, in: .content, to: &$0) }
    }

    /// Adds `element` with `prefix` followed by `text` as its content (sanitised and escaped).
    public mutating func add(_ element: TextElement, prefix: String, text: String) {
        add(element) { Self.append(prefix, text, in: .content, to: &$0) }
    }

    /// Adds `element` with `items` joined by `separator` as its content (sanitised and escaped).
    public mutating func add(_ element: TextElement, joining items: [String], separator: String) {
        add(element) { Self.append(items, separator: separator, in: .content, to: &$0) }
    }

    /// Adds `element` with an integer in decimal as its content, as `String(value)` writes it.
    public mutating func add(_ element: TextElement, decimal value: Int) {
        add(element) { Self.appendDecimal(value, to: &$0) }
    }

    /// Opens a child element `name` (the caller's constant, an XML name such
    /// as `attvalue` or `viz:color`) inside the innermost element of the batch,
    /// or of the batch's parent. Its attributes follow, then its children, then ``endElement()``.
    public mutating func startElement(_ name: StaticString) {
        beginChild()
        bytes.append(UInt8(ascii: "<"))
        Self.append(name, to: &bytes)
        openElements.append(OpenElement(name: name))
    }

    /// Adds the attribute `name="text"` (the value sanitised and escaped) to the element just started.
    public mutating func attribute(_ name: StaticString, text: String) {
        attribute(name) { Self.append(text, in: .attribute, to: &$0) }
    }

    /// Adds the attribute `name` with `prefix` followed by `text` as its value (sanitised and escaped).
    public mutating func attribute(_ name: StaticString, prefix: String, text: String) {
        attribute(name) { Self.append(prefix, text, in: .attribute, to: &$0) }
    }

    /// Adds the attribute `name` with `items` joined by `separator` as its value (sanitised and escaped).
    public mutating func attribute(_ name: StaticString, joining items: [String], separator: String) {
        attribute(name) { Self.append(items, separator: separator, in: .attribute, to: &$0) }
    }

    /// Adds the attribute `name` with an integer in decimal as its value, as `String(value)` writes it.
    public mutating func attribute(_ name: StaticString, decimal value: Int) {
        attribute(name) { Self.appendDecimal(value, to: &$0) }
    }

    /// Closes the innermost element opened by ``startElement(_:)``: as
    /// `<name .../>` when it has no children, else with `</name>` on its own line.
    /// Does nothing when no element is open.
    public mutating func endElement() {
        guard let element = openElements.popLast() else { return }
        if element.hasChildren {
            appendLineStart()
            bytes.append(UInt8(ascii: "<"))
            bytes.append(UInt8(ascii: "/"))
            Self.append(element.name, to: &bytes)
            bytes.append(UInt8(ascii: ">"))
        } else {
            bytes.append(UInt8(ascii: "/"))
            bytes.append(UInt8(ascii: ">"))
        }
    }

    /// Adds ` name="`, what `value` appends, and `"` to the start tag that is open.
    @inline(__always)
    private mutating func attribute(_ name: StaticString, value: (inout [UInt8]) -> Void) {
        bytes.append(UInt8(ascii: " "))
        Self.append(name, to: &bytes)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
        value(&bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Adds the line start, the start tag, what `content` appends, and the end tag.
    @inline(__always)
    private mutating func add(_ element: TextElement, content: (inout [UInt8]) -> Void) {
        beginChild()
        element.withTags { start, end in
            bytes.append(contentsOf: start)
            content(&bytes)
            bytes.append(contentsOf: end)
        }
    }

    /// Closes the start tag of the innermost open element of the batch, if
    /// any, marks it as having children, and starts the child's indented line.
    @inline(__always)
    private mutating func beginChild() {
        if let last = openElements.indices.last {
            if openElements[last].inStartTag { bytes.append(UInt8(ascii: ">")) }
            openElements[last].inStartTag = false
            openElements[last].hasChildren = true
        }
        appendLineStart()
    }

    /// A new line indented for the next element at the current nesting level, when indenting.
    @inline(__always)
    private mutating func appendLineStart() {
        guard !lineStart.isEmpty else { return }
        bytes.append(contentsOf: lineStart)
        for _ in openElements.indices {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    /// Empties the batch, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        openElements.removeAll(keepingCapacity: true)
    }

    /// Appends the UTF-8 of a name.
    @inline(__always)
    private static func append(_ name: StaticString, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    @inline(__always)
    private static func append(_ text: String, in context: XMLEscaping.Context, to bytes: inout [UInt8]) {
        XMLEscaping.append(text, in: context, to: &bytes)
    }

    private static func append(_ prefix: String, _ text: String, in context: XMLEscaping.Context, to bytes: inout [UInt8]) {
        XMLEscaping.append(prefix, in: context, to: &bytes)
        XMLEscaping.append(text, in: context, to: &bytes)
    }

    private static func append(_ items: [String], separator: String, in context: XMLEscaping.Context, to bytes: inout [UInt8]) {
        for index in items.indices {
            if index > 0 { XMLEscaping.append(separator, in: context, to: &bytes) }
            XMLEscaping.append(items[index], in: context, to: &bytes)
        }
    }

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
