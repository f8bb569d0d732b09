import NewsGraphModel

/// One document's analysis with what resolution works out from it alone:
/// its entities, each once, and the Statement each edge points at.
///
/// Preparing is a pure function of one analysis, so it runs on the thread
/// that analysed the document, right after the analysis: only the work
/// across documents is left for ``Resolver/resolve(prepared:jobs:)``.
///
///     let prepared = PreparedDocument(extractor.analyze(document: info, text: text))
public struct PreparedDocument: Sendable {
    /// The analysis without its mentions: what resolution needs of them is in ``entities``,
    /// and a document holds on to no more memory than it must until all are resolved.
    public private(set) var analysis: DocumentAnalysis
    /// Its entities, each once, and the ends of its edges among them.
    let entities: DocumentEntityList
    /// The Statement each edge points at (see ``StatementResolution/statements(of:)``).
    let statements: StatementResolution.DocumentStatements
    /// The id of the document's node.
    let nodeID: String

    /// Prepares `analysis` for resolution.
    public init(_ analysis: DocumentAnalysis) {
        entities = DocumentEntityList(analysis)
        statements = StatementResolution.statements(of: analysis)
        nodeID = Identifier.hashedID(.document, key: analysis.document.id)
        self.analysis = analysis
        self.analysis.mentions = []
    }

    /// The document's id.
    public var id: String { analysis.document.id }

    /// The mentions and edges of the analysis, handed over: they are let go
    /// here, so that the caller holds the only reference (the description of the document stays).
    mutating func takeAnalysis() -> DocumentAnalysis {
        let taken = analysis
        analysis = DocumentAnalysis(document: taken.document)
        return taken
    }
}
