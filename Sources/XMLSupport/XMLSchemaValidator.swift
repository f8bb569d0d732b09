import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Validates documents against a W3C XML Schema, in process, as
/// `xmllint --noout --nonet --schema` does.
///
/// The schema is read once; ``validate(_:)`` can then be called for many documents.
///
///     let validator = try XMLSchemaValidator(schemaPath: "../shared/schemas/graphml/graphml.xsd")
///     try validator.validate(bytes)   // throws XMLValidationError with libxml2's messages
public final class XMLSchemaValidator {
    private let schema: xmlSchemaPtr

    /// Reads and compiles the schema at `schemaPath` (its imports are resolved beside it).
    public init(schemaPath: String) throws(XMLValidationError) {
        LibXML.initialize()
        // libxml2 would print an I/O warning of its own for a missing file.
        guard access(schemaPath, R_OK) == 0 else { throw XMLValidationError(messages: ["cannot read schema \(schemaPath)"]) }
        let log = ErrorLog()
        guard let parser = xmlSchemaNewParserCtxt(schemaPath) else {
            throw XMLValidationError(messages: ["cannot read schema \(schemaPath)"])
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let compiled = withExtendedLifetime(log) { () -> xmlSchemaPtr? in
            xmlSchemaSetParserStructuredErrors(parser, ErrorLog.callback, log.context)
            return xmlSchemaParse(parser)
        }
        guard let compiled else {
            throw XMLValidationError(messages: ["invalid schema \(schemaPath)"] + log.messages)
        }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Checks that `document` is well-formed and valid; throws with every message otherwise.
    public func validate(_ document: [UInt8]) throws(XMLValidationError) {
        let parsed = try LibXML.parse(document, name: "document.xml")
        defer { xmlFreeDoc(parsed) }
        guard let context = xmlSchemaNewValidCtxt(schema) else { throw XMLValidationError(messages: ["out of memory"]) }
        defer { xmlSchemaFreeValidCtxt(context) }
        let log = ErrorLog()
        let status = withExtendedLifetime(log) { () -> Int32 in
            xmlSchemaSetValidStructuredErrors(context, ErrorLog.callback, log.context)
            return xmlSchemaValidateDoc(context, parsed)
        }
        if status != 0 { throw XMLValidationError(messages: log.messages.isEmpty ? ["invalid (\(status))"] : log.messages) }
    }
}
