import CLibXML2
import ExportSupport

/// A streaming XML writer: a safe face on libxml2's `xmlTextWriter`,
/// writing UTF-8 into an in-memory `xmlBuffer` that grows by doubling.
///
/// Element and attribute names are the caller's constants; every value and
/// text goes through ``XMLText/sanitized(_:)`` and is escaped by libxml2, so
/// any string gives a well-formed document. Elements that hold only text
/// and have fixed attributes (GraphML's `<data key="...">`) can be prepared
/// once as a ``TextElement`` and written fast with ``write(_:text:)``.
///
///     let writer = try XMLWriter()
///     try writer.startDocument()
///     try writer.startElement("graphml", namespace: "http://graphml.graphdrawing.org/xmlns")
///     try writer.attribute("id", "G & <friends>")
///     let label = TextElement("data", attributes: [("key", "n-label")])
///     try writer.write(label, text: "Zoë & \"Co\"")
///     try writer.endElement()
///     let bytes = try writer.finish()
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    private let indent: Bool
    /// For each open element: whether it has child elements (then its end tag goes on its own line).
    private var openElements: [Bool] = []
    /// `"\n"` followed by two spaces per level, by level.
    private var lineStarts: [String] = []

    /// Creates a writer; `indent` puts each element on its own line, indented by two spaces a level.
    public init(indent: Bool = true) throws {
        LibXML.initialize()
        guard let buffer = xmlBufferCreate() else { throw XMLWriterError(operation: "xmlBufferCreate") }
        xmlBufferSetAllocationScheme(buffer, XML_BUFFER_ALLOC_DOUBLEIT)
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriterError(operation: "xmlNewTextWriterMemory")
        }
        self.buffer = buffer
        self.writer = writer
        self.indent = indent
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Writes the XML declaration (`version="1.0" encoding="UTF-8"`).
    public func startDocument() throws {
        let writer = try open()
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// Opens an element; with a `namespace`, declares it as the default namespace.
    public func startElement(_ name: String, namespace: String? = nil) throws {
        try startElement(prefix: nil, name, namespace: namespace)
    }

    /// Opens an element `prefix:name`; with a `namespace`, declares it for the prefix.
    public func startElement(prefix: String?, _ name: String, namespace: String?) throws {
        let writer = try open()
        try beginChild(of: writer)
        let status: Int32
        if prefix == nil && namespace == nil {
            status = LibXML.withXMLString(name) { xmlTextWriterStartElement(writer, $0) }
        } else {
            status = LibXML.withOptionalXMLString(prefix) { prefix in
                LibXML.withXMLString(name) { name in
                    LibXML.withOptionalXMLString(namespace) { namespace in
                        xmlTextWriterStartElementNS(writer, prefix, name, namespace)
                    }
                }
            }
        }
        try check(status, "xmlTextWriterStartElement")
        openElements.append(false)
    }

    /// Writes an attribute of the open element; `value` is sanitised and escaped.
    public func attribute(_ name: String, _ value: String) throws {
        let writer = try open()
        let status = LibXML.withXMLString(name) { name in
            LibXML.withXMLString(XMLText.sanitized(value)) { xmlTextWriterWriteAttribute(writer, name, $0) }
        }
        try check(status, "xmlTextWriterWriteAttribute")
    }

    /// Writes an attribute `prefix:name`, declaring `namespace` for the prefix when given.
    public func attribute(prefix: String?, _ name: String, namespace: String?, _ value: String) throws {
        let writer = try open()
        let status = LibXML.withOptionalXMLString(prefix) { prefix in
            LibXML.withXMLString(name) { name in
                LibXML.withOptionalXMLString(namespace) { namespace in
                    LibXML.withXMLString(XMLText.sanitized(value)) { value in
                        xmlTextWriterWriteAttributeNS(writer, prefix, name, namespace, value)
                    }
                }
            }
        }
        try check(status, "xmlTextWriterWriteAttributeNS")
    }

    /// Writes character data into the open element; `text` is sanitised and escaped.
    public func text(_ text: String) throws {
        let writer = try open()
        try writeString(text, writer)
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: String, text: String) throws {
        try startElement(name)
        try self.text(text)
        try endElement()
    }

    /// Writes a prepared element with `text` as its value (sanitised and
    /// escaped), element by element and attribute by attribute: the bytes
    /// that a ``TextElementBatch`` gathers for it.
    public func write(_ element: TextElement, text: String) throws {
        try element.write(text: text, to: self)
    }

    /// How many elements are open.
    public var depth: Int { openElements.count }

    /// An empty batch for children of the element that is innermost while
    /// `depth` elements are open (see ``TextElementBatch``).
    public func textElementBatch(depth: Int) -> TextElementBatch {
        TextElementBatch(depth: depth, indent: indent)
    }

    /// Writes the batch's elements as children of the innermost open element
    /// with one `xmlTextWriterWriteRawLen` call, and empties the batch. libxml2
    /// closes the open start tag first, as it does for any content; the batch
    /// must have been prepared for the current ``depth``, and every element
    /// it started must have been ended.
    public func write(_ batch: inout TextElementBatch) throws {
        try checkPlacement(of: batch)
        guard !batch.isEmpty else { return }
        let writer = try open()
        openElements[openElements.count - 1] = true
        try batch.gathered().withUnsafeBufferPointer { try writeRaw($0, writer) }
        batch.removeAll()
    }

    /// Throws unless `batch` was prepared for the current depth and ended every element it started.
    private func checkPlacement(of batch: borrowing TextElementBatch) throws {
        guard batch.depth == openElements.count, batch.depth > 0 else {
            throw XMLWriterError(operation: "write: a batch for depth \(batch.depth) at depth \(openElements.count)")
        }
        guard batch.isComplete else { throw XMLWriterError(operation: "write: a batch with an element not ended") }
    }

    /// Closes the innermost open element (as `<a/>` when it is empty).
    public func endElement() throws {
        let writer = try open()
        guard let hasChildren = openElements.popLast() else { throw XMLWriterError(operation: "endElement: no open element") }
        if hasChildren && indent { try writeRaw(lineStart(openElements.count), writer) }
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Writes children of the innermost open element straight into `sink`:
    /// what libxml2 holds (its start tag closed, as for any content) first,
    /// then the elements `body` adds to the batch it is given, each put
    /// in the sink's memory as it is escaped: no batch is gathered and copied.
    /// `body` must add at least one element (an element without children is
    /// written `<a/>`, which is known only afterwards) and end every element it starts.
    public func writeChildren(to sink: inout ByteSink, _ body: (inout TextElementBatch) throws -> Void) throws {
        let writer = try open()
        guard !openElements.isEmpty else { throw XMLWriterError(operation: "writeChildren: no open element") }
        openElements[openElements.count - 1] = true
        // libxml2 refuses a null pointer, even for no bytes.
        let nothing: xmlChar = 0
        try check(withUnsafePointer(to: nothing) { xmlTextWriterWriteRawLen(writer, $0, 0) }, "xmlTextWriterWriteRawLen")
        try drain { sink.append($0) }
        var batch = textElementBatch(depth: openElements.count)
        batch.lend(&sink)
        defer { batch.lend(&sink) }
        try body(&batch)
        guard !batch.isEmpty else { throw XMLWriterError(operation: "writeChildren: no child written") }
        guard batch.isComplete else { throw XMLWriterError(operation: "writeChildren: an element not ended") }
    }

    /// The bytes in the buffer that ``drain(_:)`` has not taken yet (not
    /// counting what libxml2 holds before its next flush, at most a few kB).
    public var pendingBytes: Int { Int(xmlBufferLength(buffer)) }

    /// The bytes written since the last call (or the start), removed from
    /// the writer's buffer: call it now and then to stream a large document
    /// out while it is being written, then ``finish()`` for the rest.
    /// The bytes are handed to `body` in place, valid only during the call.
    public func drain(_ body: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        let writer = try open()
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return }
        body(UnsafeBufferPointer(start: content, count: count))
        xmlBufferEmpty(buffer)
    }

    /// Closes every open element, ends the document and returns its bytes
    /// (those not yet taken by ``drain(_:)``).
    /// The writer cannot be used afterwards.
    public func finish() throws -> [UInt8] {
        while !openElements.isEmpty { try endElement() }
        let writer = try open()
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        xmlFreeTextWriter(writer)  // flushes into the buffer
        self.writer = nil
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// Marks the open element as having children and starts a new indented line.
    private func beginChild(of writer: xmlTextWriterPtr) throws {
        guard !openElements.isEmpty else { return }
        openElements[openElements.count - 1] = true
        if indent { try writeRaw(lineStart(openElements.count), writer) }
    }

    private func lineStart(_ level: Int) -> String {
        while lineStarts.count <= level { lineStarts.append("\n" + String(repeating: "  ", count: lineStarts.count)) }
        return lineStarts[level]
    }

    private func writeString(_ text: String, _ writer: xmlTextWriterPtr) throws {
        try check(
            LibXML.withXMLString(XMLText.sanitized(text)) { xmlTextWriterWriteString(writer, $0) },
            "xmlTextWriterWriteString")
    }

    /// Writes markup that this type built itself (whitespace, prepared tags).
    private func writeRaw(_ markup: String, _ writer: xmlTextWriterPtr) throws {
        try check(LibXML.withXMLString(markup) { xmlTextWriterWriteRaw(writer, $0) }, "xmlTextWriterWriteRaw")
    }

    /// Writes markup that this type or ``TextElement`` built.
    private func writeRaw(_ markup: UnsafeBufferPointer<UInt8>, _ writer: xmlTextWriterPtr) throws {
        let status = markup.count <= Int(Int32.max) ? xmlTextWriterWriteRawLen(writer, markup.baseAddress, Int32(markup.count)) : -1
        try check(status, "xmlTextWriterWriteRawLen")
    }

    private func open() throws -> xmlTextWriterPtr {
        guard let writer else { throw XMLWriterError(operation: "write after finish") }
        return writer
    }

    private func check(_ status: Int32, _ operation: String) throws {
        if status < 0 { throw XMLWriterError(operation: operation) }
    }
}
