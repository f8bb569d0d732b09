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
        try ArticleInput.forEachArticle(in: file) { print($0.text) }
    }
}
