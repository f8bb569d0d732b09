import ExportSupport
import Foundation
import Inputs
import NewsGraphModel
import Pipeline
import XMLSupport

/// Runs one fuzzer input through every reader and checks what must always
/// hold of their results; a broken promise stops the run like a crash.
///
/// The articles it reads also go through extraction, resolution and every
/// exporter, and the exports are checked against their schemas.
func fuzzOne(_ data: Data) {
    if let article = try? TextReader.article(from: data, id: "fuzz.txt", origin: "fuzz.txt") {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        expect(Data(article.text.utf8) == body, "a text file's text is the file")
        exportAndCheck(article)
    }
    if let article = try? HTMLArticleReader.article(from: data, id: "fuzz.html", origin: "fuzz.html") {
        check(article)
        expect(!article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control characters")
        expect(
            !article.text.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.isEmpty },
            "no empty lines")
        if let title = article.title { expect(article.text.hasPrefix(title), "the headline is the first line") }
    }
    for item in JSONLinesReader.articles(from: data, fileName: "fuzz.jsonl", origin: "fuzz.jsonl") {
        if let article = item.article { check(article) }
    }
    let prefix = String(decoding: data.prefix(300), as: UTF8.self)
    if let date = ArticleDate.normalized(prefix) { expect(ArticleDate.normalized(date) == date, "dates are stable") }
    _ = LanguageCheck.looksGerman(prefix)
    readStandardInput(data)
}

/// Reads `data` as standard input through `InputReader`, as `newsgraph extract -` does.
private func readStandardInput(_ data: Data) {
    guard data.count < 60_000 else { return }  // a pipe holds 64 KiB; more would block this thread
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(data)
    try? pipe.fileHandleForWriting.close()
    var ids = Set<String>()
    for item in InputReader(paths: ["-"], standardInput: pipe.fileHandleForReading) {
        if let article = item.article {
            check(article)
            expect(ids.insert(article.id).inserted, "document ids are unique")
        }
    }
    try? pipe.fileHandleForReading.close()
}

/// Runs the article through the whole pipeline and checks every export.
private func exportAndCheck(_ article: Article) {
    let analysis = FuzzResources.pipeline.analyze(article)
    for mention in analysis.mentions {
        expect(0 <= mention.span.start && mention.span.start < mention.span.end, "mention spans are ordered")
        expect(mention.span.end <= article.text.unicodeScalars.count, "mention spans lie in the text")
    }
    let graph = FuzzResources.pipeline.resolver.resolve(analyses: [analysis])
    for format in ExportFormat.allCases {
        guard let bytes = try? format.exporter.export(graph) else { return expect(false, "\(format) exports") }
        switch format {
        case .graphml: expect((try? FuzzResources.graphML?.validate(bytes)) != nil, "GraphML is valid")
        case .gexf: expect((try? FuzzResources.gexf?.validate(bytes)) != nil, "GEXF is valid")
        case .dot, .nt, .ttl:
            expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 }, "\(format) has no raw control characters")
        }
    }
}

/// What the whole-pipeline check needs, made once.
private enum FuzzResources {
    static let pipeline = NewsGraphPipeline()
    /// The schemas from `../shared/schemas` beside the checkout; nil (no check) where it is missing.
    nonisolated(unsafe) static let graphML = try? XMLSchemaValidator(schemaPath: schemas + "/graphml/graphml.xsd")
    nonisolated(unsafe) static let gexf = try? RelaxNGValidator(schemaPath: schemas + "/gexf-1.3/gexf.rng")
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../../../shared/schemas"
    ).standardizedFileURL.path
}

/// What holds of every article.
private func check(_ article: Article) {
    expect(article.text.contains { !$0.isWhitespace }, "an article has text")
    if let date = article.date {
        expect(date.count >= 10 && ArticleDate.normalized(date) == date, "dates are ISO 8601")
    }
}

private func expect(_ condition: Bool, _ promise: String) {
    if !condition { fatalError("broken promise: \(promise)") }
}
