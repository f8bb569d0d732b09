import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Validates documents against a RELAX NG grammar (XML syntax), in process,
/// as `xmllint --noout --nonet --relaxng` does.
///
///     let validator = try RelaxNGValidator(schemaPath: "../shared/schemas/gexf-1.3/gexf.rng")
///     try validator.validate(bytes)
public final class RelaxNGValidator {
    private let grammar: xmlRelaxNGPtr

    /// Reads and compiles the grammar at `schemaPath` (its includes are resolved beside it).
    public init(schemaPath: String) throws(XMLValidationError) {
        LibXML.initialize()
        // libxml2 would print an I/O warning of its own for a missing file.
        guard access(schemaPath, R_OK) == 0 else { throw XMLValidationError(messages: ["cannot read grammar \(schemaPath)"]) }
        let log = ErrorLog()
        guard let parser = xmlRelaxNGNewParserCtxt(schemaPath) else {
            throw XMLValidationError(messages: ["cannot read grammar \(schemaPath)"])
        }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let compiled = withExtendedLifetime(log) { () -> xmlRelaxNGPtr? in
            xmlRelaxNGSetParserStructuredErrors(parser, ErrorLog.callback, log.context)
            return xmlRelaxNGParse(parser)
        }
        guard let compiled else {
            throw XMLValidationError(messages: ["invalid grammar \(schemaPath)"] + log.messages)
        }
        grammar = compiled
    }

    deinit { xmlRelaxNGFree(grammar) }

    /// Checks that `document` is well-formed and valid; throws with every message otherwise.
    public func validate(_ document: [UInt8]) throws(XMLValidationError) {
        let parsed = try LibXML.parse(document, name: "document.xml")
        defer { xmlFreeDoc(parsed) }
        guard let context = xmlRelaxNGNewValidCtxt(grammar) else {
            throw XMLValidationError(messages: ["out of memory"])
        }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        let log = ErrorLog()
        let status = withExtendedLifetime(log) { () -> Int32 in
            xmlRelaxNGSetValidStructuredErrors(context, ErrorLog.callback, log.context)
            return xmlRelaxNGValidateDoc(context, parsed)
        }
        if status != 0 { throw XMLValidationError(messages: log.messages.isEmpty ? ["invalid (\(status))"] : log.messages) }
    }
}
