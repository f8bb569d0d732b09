import CLibXML2

/// Small bridges between Swift and libxml2's C interface.
enum LibXML {
    /// Runs `xmlInitParser` once per process, before any other libxml2 call.
    static func initialize() { _ = initialized }

    private static let initialized: Void = xmlInitParser()

    /// Calls `body` with `text` as a NUL-terminated `xmlChar` string.
    static func withXMLString<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// Like ``withXMLString(_:_:)``, passing nil for nil.
    static func withOptionalXMLString<Result>(_ text: String?, _ body: (UnsafePointer<xmlChar>?) -> Result) -> Result {
        guard let text else { return body(nil) }
        return withXMLString(text) { body($0) }
    }

    /// Parses `bytes` without network access or entity expansion into a
    /// document the caller must free with `xmlFreeDoc`.
    static func parse(_ bytes: [UInt8], name: String) throws(XMLValidationError) -> xmlDocPtr {
        initialize()
        guard let context = xmlNewParserCtxt() else { throw XMLValidationError(messages: ["out of memory"]) }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), name, nil, options)
            }
        }
        guard let document else {
            let message = xmlCtxtGetLastError(context).map { ErrorLog.describe($0.pointee) } ?? "not well-formed"
            throw XMLValidationError(messages: [message])
        }
        return document
    }
}
