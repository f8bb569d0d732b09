import Foundation
import Inputs

/// Runs one fuzzer input through every reader and checks what must always
/// hold of their results; a broken promise stops the run like a crash.
///
/// Extend it here to run extraction and the exporters on the articles too.
func fuzzOne(_ data: Data) {
    if let article = try? TextReader.article(from: data, id: "fuzz.txt", origin: "fuzz.txt") {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        expect(Data(article.text.utf8) == body, "a text file's text is the file")
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
