import ArgumentParser
import Foundation
import Inputs

/// `newsgraph text`: the document text that offsets count in.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the document text of each article in a file, as the extractor sees it.",
        discussion: """
            For HTML this is the extracted article: headline, then one paragraph a line, without \
            navigation, teasers or captions. Every offset in the exports counts code points in it.

            Example:
              newsgraph text saved-page.html
            """
    )

    @Argument(help: "A .txt, .html or .jsonl file, or - for standard input.")
    var file: String

    func run() throws {
        var failed = false
        for item in InputReader(paths: [file], skipsNonGerman: false, skipsDuplicates: false) {
            switch item {
            case .article(let article):
                Swift.print(article.text)
            case .failure(let error):
                StandardError.print("error: \(error)")
                failed = true
            case .skipped(let origin, let reason):
                StandardError.print("warning: \(origin): skipped: \(reason)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
