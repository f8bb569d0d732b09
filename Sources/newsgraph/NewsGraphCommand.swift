import ArgumentParser
import Foundation

/// `newsgraph`: German news in, a knowledge graph out.
@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn German news articles into a knowledge graph of who said, denied or deployed what.",
        discussion: """
            Example:
              newsgraph extract Corpus/seeds --out Exports/seeds
              newsgraph explain Corpus/seeds/000_415b2b8988ea9f0e.txt
            """,
        subcommands: [ExtractCommand.self, ExplainCommand.self, TextCommand.self, GenerateCommand.self, BenchCommand.self]
    )

    /// Runs a command; usage errors exit with 2, as the export contract says.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
