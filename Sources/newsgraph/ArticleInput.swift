import ArgumentParser
import Inputs

/// Reads every article of one input for the inspection commands (`text`,
/// `explain`): nothing is skipped as a duplicate or for its language, bad
/// input is reported on standard error, and the command fails with 1 then.
enum ArticleInput {
    static func forEachArticle(in path: String, _ body: (Article) throws -> Void) throws {
        var failed = false
        for item in InputReader(paths: [path], skipsNonGerman: false, skipsDuplicates: false) {
            switch item {
            case .article(let article):
                try body(article)
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
