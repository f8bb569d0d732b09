import CLibXML2

/// A streaming XML writer: a safe face on libxml2's `xmlTextWriter`,
/// writing UTF-8 into an in-memory buffer that grows by doubling.
///
/// Element and attribute names are the caller's constants; every value and
/// text goes through ``XMLText/sanitized(_:)`` and is escaped by libxml2, so
/// any string gives a well-formed document.
///
///     let writer = try XMLWriter()
///     try writer.startDocument()
///     try writer.startElement("graphml", namespace: "http://graphml.graphdrawing.org/xmlns")
///     try writer.attribute("id", "G & <friends>")
///     try writer.endElement()
///     let bytes = try writer.finish()
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?

    /// Creates a writer; `indent` puts each element on its own line, indented by two spaces.
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
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
            try check(LibXML.withXMLString("  ") { xmlTextWriterSetIndentString(writer, $0) }, "xmlTextWriterSetIndentString")
        }
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
        let status = LibXML.withOptionalXMLString(prefix) { prefix in
            LibXML.withXMLString(name) { name in
                LibXML.withOptionalXMLString(namespace) { namespace in
                    xmlTextWriterStartElementNS(writer, prefix, name, namespace)
                }
            }
        }
        try check(status, "xmlTextWriterStartElementNS")
    }

    /// Writes an attribute of the open element; `value` is sanitised and escaped.
    public func attribute(_ name: String, _ value: String) throws {
        try attribute(prefix: nil, name, namespace: nil, value)
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

    /// Writes character data; `text` is sanitised and escaped.
    public func text(_ text: String) throws {
        let writer = try open()
        try check(
            LibXML.withXMLString(XMLText.sanitized(text)) { xmlTextWriterWriteString(writer, $0) },
            "xmlTextWriterWriteString")
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: String, text: String) throws {
        try startElement(name)
        try self.text(text)
        try endElement()
    }

    /// Closes the innermost open element (as `<a/>` when it is empty).
    public func endElement() throws {
        let writer = try open()
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Closes every open element, ends the document and returns its bytes.
    /// The writer cannot be used afterwards.
    public func finish() throws -> [UInt8] {
        let writer = try open()
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        xmlFreeTextWriter(writer)  // flushes into the buffer
        self.writer = nil
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func open() throws -> xmlTextWriterPtr {
        guard let writer else { throw XMLWriterError(operation: "write after finish") }
        return writer
    }

    private func check(_ status: Int32, _ operation: String) throws {
        if status < 0 { throw XMLWriterError(operation: operation) }
    }
}
