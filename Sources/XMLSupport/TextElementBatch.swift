import ExportSupport

/// Elements gathered as escaped markup, that
/// ``XMLWriter/write(_:)-(TextElementBatch)`` hands to libxml2 in one
/// `xmlTextWriterWriteRawLen` call: prepared text-only elements (GraphML's
/// `<data key="...">value</data>`), and elements with attributes and
/// children of their own (GraphML's `<node id="...">`, GEXF's `<attvalues>`
/// of `<attvalue for="..." value="..."/>`).
///
/// The bytes are those libxml2 writes for the same calls on ``XMLWriter``
/// (``XMLWriter/write(_:text:)``, ``XMLWriter/startElement(_:namespace:)``,
/// ``XMLWriter/attribute(_:_:)``, ``XMLWriter/endElement()``): each element
/// on its own indented line, an element without children as `<name .../>`,
/// text and attribute values sanitised and escaped as `xmlTextWriterWriteString`
/// escapes them (see ``XMLEscaping``). A batch is prepared for one depth;
/// reuse it for every element at that depth. It may gather many elements
/// (every node of a graph, say) and be written whenever ``count`` has grown
/// large enough, so that libxml2 copies large runs of text at a time:
///
///     var nodes = writer.textElementBatch(depth: writer.depth)  // children of <graph>
///     nodes.startElement("node")
///     nodes.attribute("id", text: "n1")
///     nodes.add(label, text: "Zoë & Co")
///     nodes.startElement("viz:size")
///     nodes.attribute("value", decimal: 12)
///     nodes.endElement()
///     nodes.endElement()
///     try writer.write(&nodes)   // written, and emptied for the next nodes
///
/// A batch is not copyable: its memory is its own, appended to without
/// reference counting.
public struct TextElementBatch: ~Copyable {
    /// The markup gathered since the last write.
    private var bytes = MarkupBytes()
    /// How many elements are open while the batch is written, its parent included.
    let depth: Int
    /// Whether each element goes on a new line, indented by two spaces a level.
    private let indent: Bool
    /// The elements opened by ``startElement(_:)`` and not yet ended, innermost last.
    private var openElements = OpenElementStack()
    /// Whether the text added from here on (values, attribute values, list
    /// items) is known to hold no byte that escaping changes: the text of a
    /// node or edge that ``ExportSupport/PlainTexts`` found plain, or numbers
    /// and days. Such text is copied as it is, not looked at byte by byte.
    public var textIsPlain = false

    init(depth: Int, indent: Bool) {
        self.depth = depth
        self.indent = indent
    }

    /// How many bytes of markup were added since the last write.
    public var count: Int { bytes.count }

    /// The markup gathered in memory since the last write.
    mutating func gathered() -> [UInt8] {
        bytes.commit()
        return bytes.sink.bytes
    }

    /// Adds the elements from here on straight to `sink` (a file's), and
    /// puts the batch's own memory in its place until the next call, which
    /// gives `sink` back with every element added counted in it.
    mutating func lend(_ sink: inout ByteSink) { bytes.lend(&sink) }

    /// Whether nothing was added since the last write.
    public var isEmpty: Bool { bytes.count == 0 }

    /// Whether every element opened with ``startElement(_:)`` has been ended.
    public var isComplete: Bool { openElements.count == 0 }

    /// Adds `element` with `text` as its value (sanitised and escaped).
    public mutating func add(_ element: TextElement, text: String) {
        withUnsafePointer(to: text) { add(element, textAt: $0) }
    }

    /// Adds `element` with the text at `text` as its value (sanitised and
    /// escaped), read where it is stored (a field of a node in a graph's
    /// array, say): handed over as a string, it would be retained and
    /// released by the caller around the call. `text` must stay valid during the call.
    public mutating func add(_ element: TextElement, textAt text: UnsafePointer<String>) {
        add(element, length: text.pointee.utf8.count) { XMLEscaping.append(text.pointee, in: $1, to: &$0) }
    }

    /// Adds `element` with the text at `text`, if any, as its value (an
    /// empty value for nil), read where it is stored (see ``add(_:textAt:)-(_,UnsafePointer<String>)``).
    public mutating func add(_ element: TextElement, textAt text: UnsafePointer<String?>) {
        add(element, length: text.pointee?.utf8.count ?? 0) { bytes, context in
            if let value = text.pointee { XMLEscaping.append(value, in: context, to: &bytes) }
        }
    }

    /// Adds `element` with `prefix` followed by `text` as its value (sanitised and escaped).
    public mutating func add(_ element: TextElement, prefix: String, text: String) {
        withUnsafePointer(to: text) { add(element, prefix: prefix, textAt: $0) }
    }

    /// Adds `element` with `prefix` followed by the text at `text` as its
    /// value (sanitised and escaped), read where it is stored (see ``add(_:textAt:)-(_,UnsafePointer<String>)``).
    public mutating func add(_ element: TextElement, prefix: String, textAt text: UnsafePointer<String>) {
        add(element, length: prefix.utf8.count + text.pointee.utf8.count) { bytes, context in
            XMLEscaping.append(prefix, in: context, to: &bytes)
            XMLEscaping.append(text.pointee, in: context, to: &bytes)
        }
    }

    /// Adds `element` with `namespace`, a constant that needs no escaping
    /// (checked in debug builds), copied as it is, followed by the text at
    /// `text`, sanitised and escaped, read where it is stored: an IRI.
    private mutating func add(_ element: TextElement, namespace: String, textAt text: UnsafePointer<String>) {
        add(element, length: namespace.utf8.count + text.pointee.utf8.count) { bytes, context in
            let copied: Void? = namespace.utf8.withContiguousStorageIfAvailable { namespace in
                assert(XMLEscaping.isPlain(namespace), "a namespace needs no escaping")
                bytes.append(namespace)
            }
            if copied == nil { XMLEscaping.append(namespace, in: context, to: &bytes) }
            XMLEscaping.append(text.pointee, in: context, to: &bytes)
        }
    }

    /// Adds `element` with its value of at most `length` bytes before
    /// escaping, which `appendValue` appends (room reserved) escaped for the context it is given.
    @inline(__always)
    private mutating func add(
        _ element: TextElement, length: Int, _ appendValue: (inout MarkupBytes, XMLEscaping.Context) -> Void
    ) {
        beginValue(element, reserving: XMLEscaping.limit(length))
        let context = textContext(element.valueContext)
        appendValue(&bytes, context)
        bytes.append(runsOf: element.endTag)
    }

    /// Starts a child element of one value, `element`, on its indented line,
    /// up to its value, with room for `extra` bytes of value and its end tag
    /// after it. The line start and start tag go as one run of prepared bytes
    /// (``TextElement/indentedStartTag(level:)``), and the end tag goes as one
    /// run too (``ExportSupport/ByteWords/copyRuns(_:from:to:)``): no test of their lengths on the way.
    @inline(__always)
    private mutating func beginValue(_ element: TextElement, reserving extra: Int) {
        let level = depth &+ openElements.count
        openForChild(
            reserving: MarkupBytes.lineStartLength(level) &+ element.fixedLength &+ extra &+ ByteWords.runOverrun)
        if !indent {
            bytes.append(runsOf: element.startTag)
        } else if level <= MarkupBytes.deepestRunLevel {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(runsOf: element.indentedStartTag(level: level))
        } else {
            bytes.append(lineStartAt: level)
            bytes.append(element.startTag)
        }
    }

    /// Adds `element` with `items` joined by `separator` as its value (sanitised and escaped).
    public mutating func add(_ element: TextElement, joining items: [String], separator: String) {
        withUnsafePointer(to: items) { add(element, joiningAt: $0, separator: separator) }
    }

    /// Adds `element` with the items at `items` joined by `separator` as its
    /// value (sanitised and escaped), read where they are stored (see ``add(_:textAt:)-(_,UnsafePointer<String>)``).
    public mutating func add(_ element: TextElement, joiningAt items: UnsafePointer<[String]>, separator: String) {
        beginValue(element, reserving: 0)
        let context = textContext(element.valueContext)
        appendJoined(items, separator: separator, in: context)
        bytes.reserve(element.endTag.count &+ ByteWords.runOverrun)
        bytes.append(runsOf: element.endTag)
    }

    /// Adds `element` with an integer in decimal as its value, as `String(value)` writes it.
    public mutating func add(_ element: TextElement, decimal value: Int) {
        beginValue(element, reserving: MarkupBytes.decimalLength)
        bytes.append(decimal: value)
        bytes.append(runsOf: element.endTag)
    }

    /// Adds `element` with a node's or edge's attribute value as its value
    /// (sanitised and escaped; lists joined by `|`), its text read where it is stored.
    public mutating func add(_ element: TextElement, value: AttributeValue) {
        switch value {
        case .text(let text): add(element, textAt: text)
        case .presentText(let text): add(element, textAt: text)
        case .constant(let name): add(element, name: name)
        case .joined(let items): add(element, joiningAt: items, separator: "|")
        case .iri(let id): add(element, namespace: AttributeValue.iriPrefix, textAt: id)
        case .integer(let value): add(element, decimal: value)
        case .boolean(let value): add(element, name: value ? "true" : "false")
        }
    }

    /// Adds `element` with `name` as its value: a constant name, which
    /// holds no byte that escaping changes (checked in debug builds), copied as it is.
    private mutating func add(_ element: TextElement, name: String) {
        let copied: Void? = name.utf8.withContiguousStorageIfAvailable { name in  // (no copy of the string to retain)
            assert(XMLEscaping.isPlain(name), "a constant name needs no escaping")
            beginValue(element, reserving: name.count)
            bytes.append(name)
            bytes.append(runsOf: element.endTag)
        }
        if copied == nil { add(element, text: name) }
    }

    /// Opens a child element `name` (the caller's constant, an XML name such
    /// as `node` or `viz:color`) inside the innermost element of the batch,
    /// or of the batch's parent. Its attributes follow, then its children, then ``endElement()``.
    public mutating func startElement(_ name: StaticString) {
        beginChild(reserving: 1 + name.utf8CodeUnitCount)
        bytes.append(UInt8(ascii: "<"))
        bytes.append(name)
        openElements.push(OpenElement(name: name))
    }

    /// Adds the attribute `name="text"` (the value sanitised and escaped) to the element just started.
    public mutating func attribute(_ name: StaticString, text: String) {
        withUnsafePointer(to: text) { attribute(name, textAt: $0) }
    }

    /// Adds the attribute `name` with the text at `text` as its value
    /// (sanitised and escaped), read where it is stored (see ``add(_:textAt:)-(_,UnsafePointer<String>)``).
    public mutating func attribute(_ name: StaticString, textAt text: UnsafePointer<String>) {
        attribute(name, length: text.pointee.utf8.count) { XMLEscaping.append(text.pointee, in: $1, to: &$0) }
    }

    /// Adds the attribute `name` with the text at `text`, if any, as its value
    /// (empty for nil), read where it is stored (see ``add(_:textAt:)-(_,UnsafePointer<String>)``).
    public mutating func attribute(_ name: StaticString, textAt text: UnsafePointer<String?>) {
        attribute(name, length: text.pointee?.utf8.count ?? 0) { bytes, context in
            if let value = text.pointee { XMLEscaping.append(value, in: context, to: &bytes) }
        }
    }

    /// Adds the attribute `name` with its value of at most `length` bytes
    /// before escaping, which `appendValue` appends (room reserved) escaped for the context it is given (an attribute value's).
    @inline(__always)
    private mutating func attribute(
        _ name: StaticString, length: Int, _ appendValue: (inout MarkupBytes, XMLEscaping.Context) -> Void
    ) {
        startAttribute(name, reserving: XMLEscaping.limit(length) + 1)
        let context = textContext(.attribute)
        appendValue(&bytes, context)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Adds the attribute `name` with `prefix` followed by `text` as its value (sanitised and escaped).
    public mutating func attribute(_ name: StaticString, prefix: String, text: String) {
        startAttribute(name, reserving: XMLEscaping.limit(prefix.utf8.count) + XMLEscaping.limit(text.utf8.count) + 1)
        let context = textContext(.attribute)
        XMLEscaping.append(prefix, in: context, to: &bytes)
        XMLEscaping.append(text, in: context, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Adds the attribute `name` with `items` joined by `separator` as its value (sanitised and escaped).
    public mutating func attribute(_ name: StaticString, joining items: [String], separator: String) {
        startAttribute(name, reserving: 0)
        let context = textContext(.attribute)
        withUnsafePointer(to: items) { appendJoined($0, separator: separator, in: context) }
        bytes.reserve(1)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Adds the attribute `name` with an integer in decimal as its value, as `String(value)` writes it.
    public mutating func attribute(_ name: StaticString, decimal value: Int) {
        startAttribute(name, reserving: MarkupBytes.decimalLength + 1)
        bytes.append(decimal: value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Closes the innermost element opened by ``startElement(_:)``: as
    /// `<name .../>` when it has no children, else with `</name>` on its own line.
    /// Does nothing when no element is open.
    public mutating func endElement() {
        guard let element = openElements.pop() else { return }
        if element.hasChildren {
            bytes.reserve(lineStartLength + 3 + element.name.utf8CodeUnitCount)
            appendLineStart()
            bytes.append(UInt8(ascii: "<"), UInt8(ascii: "/"))
            bytes.append(element.name)
            bytes.append(UInt8(ascii: ">"))
        } else {
            bytes.reserve(2)
            bytes.append(UInt8(ascii: "/"), UInt8(ascii: ">"))
        }
    }

    /// How text goes in `place`: copied as it is while ``textIsPlain``, else escaped for `place`.
    @inline(__always)
    private func textContext(_ place: XMLEscaping.Context) -> XMLEscaping.Context { textIsPlain ? .verbatim : place }

    /// Adds ` name="` to the start tag that is open, with room for `extra` bytes after it.
    @inline(__always)
    private mutating func startAttribute(_ name: StaticString, reserving extra: Int) {
        bytes.reserve(3 + name.utf8CodeUnitCount + extra)
        bytes.append(UInt8(ascii: " "))
        bytes.append(name)
        bytes.append(UInt8(ascii: "="), UInt8(ascii: "\""))
    }

    /// Closes the start tag of the innermost open element of the batch, if
    /// any, marks it as having children, and starts the child's indented
    /// line, with room for `extra` bytes after it. (The sums of lengths here
    /// and in the callers, of tags, line starts and values already in memory,
    /// cannot overflow: they are added unchecked, on every element.)
    @inline(__always)
    private mutating func beginChild(reserving extra: Int) {
        openForChild(reserving: lineStartLength &+ extra)
        appendLineStart()
    }

    /// Closes the start tag of the innermost open element of the batch, if
    /// any, and marks it as having children, with room for `extra` bytes after it.
    @inline(__always)
    private mutating func openForChild(reserving extra: Int) {
        bytes.reserve(1 &+ extra)
        if let innermost = openElements.innermost {
            if innermost.pointee.inStartTag { bytes.append(UInt8(ascii: ">")) }
            innermost.pointee.inStartTag = false
            innermost.pointee.hasChildren = true
        }
    }

    /// Child elements that `body` adds, rendered once, line starts included,
    /// as children of an element started next in this batch: for
    /// ``add(children:)`` to copy as they are into every such element (the
    /// `<viz:color>` of a node type, say, the same for every node of the type).
    public func prepareChildren(_ body: (inout TextElementBatch) -> Void) -> FixedBytes {
        var children = TextElementBatch(depth: depth + openElements.count + 1, indent: indent)
        body(&children)
        precondition(children.isComplete, "prepared children end every element they start")
        return FixedBytes(children.gathered())
    }

    /// Adds children rendered by ``prepareChildren(_:)`` (the buffer of the
    /// ``ExportSupport/FixedBytes`` it returns, padded memory copied in runs
    /// of sixteen bytes) to the innermost open element, which is nested as
    /// deep as the element they were prepared for.
    public mutating func add(children prepared: UnsafeBufferPointer<UInt8>) {
        openForChild(reserving: prepared.count &+ ByteWords.runOverrun)
        bytes.append(runsOf: prepared)
    }

    /// Attributes `name="value"`, their values sanitised and escaped, rendered
    /// once for ``add(attributes:)`` (the attributes of an edge type, say).
    public static func prepareAttributes(_ attributes: [(name: String, value: String)]) -> FixedBytes {
        FixedBytes(attributes.map { " \($0.name)=\"\(TextElement.escapedAttribute($0.value))\"" }.joined())
    }

    /// Adds attributes rendered by ``prepareAttributes(_:)`` (the buffer of
    /// the ``ExportSupport/FixedBytes`` it returns, padded memory copied in
    /// runs of sixteen bytes) to the element just started.
    public mutating func add(attributes prepared: UnsafeBufferPointer<UInt8>) {
        bytes.reserve(prepared.count &+ ByteWords.runOverrun)
        bytes.append(runsOf: prepared)
    }

    /// A new line indented for the next element at the current nesting level, when indenting (room reserved).
    @inline(__always)
    private mutating func appendLineStart() {
        guard indent else { return }
        bytes.append(lineStartAt: depth &+ openElements.count)
    }

    /// The length of ``appendLineStart()``'s line start, whether indenting or not.
    private var lineStartLength: Int { MarkupBytes.lineStartLength(depth &+ openElements.count) }

    /// Empties the batch, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll()
        openElements.removeAll()
    }

    /// Appends the items at `items` joined by `separator`, each sanitised
    /// and escaped for `context`, read where they are stored: room for all is
    /// made first, so that no item is held while memory is allocated (which
    /// would make the optimizer retain it).
    private mutating func appendJoined(_ items: UnsafePointer<[String]>, separator: String, in context: XMLEscaping.Context) {
        let separatorLimit = XMLEscaping.limit(separator.utf8.count)
        var room = 0
        for index in items.pointee.indices { room += separatorLimit + XMLEscaping.limit(items.pointee[index].utf8.count) }
        bytes.reserve(room)
        for index in items.pointee.indices {
            if index > 0 { XMLEscaping.append(separator, in: context, to: &bytes) }
            XMLEscaping.append(items.pointee[index], in: context, to: &bytes)
        }
    }
}

/// An element of a ``TextElementBatch`` whose end tag is still to come.
private struct OpenElement {
    /// The element's name.
    let name: StaticString
    /// Whether its start tag is still open for attributes.
    var inStartTag = true
    /// Whether it has child elements (then its end tag goes on its own line).
    var hasChildren = false
}

/// The open elements of a batch, innermost last: a stack in memory of its
/// own, pushed, popped and changed in place without the uniqueness check
/// that every change of an array element pays. Not copyable, so no two owners share the memory.
private struct OpenElementStack: ~Copyable {
    /// The outermost element.
    private var base: UnsafeMutablePointer<OpenElement>
    /// How many elements are open.
    private(set) var count = 0
    /// How many there is room for.
    private var capacity: Int

    init(capacity: Int = 16) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The innermost element, to read or change in place, valid until the next push or pop; nil when none is open.
    @inline(__always)
    var innermost: UnsafeMutablePointer<OpenElement>? { count == 0 ? nil : base + count - 1 }

    /// Opens `element` inside the others.
    @inline(__always)
    mutating func push(_ element: OpenElement) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Closes the innermost element and returns it; nil when none is open.
    @inline(__always)
    mutating func pop() -> OpenElement? {
        guard count > 0 else { return nil }
        count -= 1
        return (base + count).move()
    }

    /// Closes every element.
    mutating func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }

    /// Moves the elements to memory twice as large.
    @inline(never)
    private mutating func grow() {
        let moved = UnsafeMutablePointer<OpenElement>.allocate(capacity: capacity * 2)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity *= 2
    }
}
