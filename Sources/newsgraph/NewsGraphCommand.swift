import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsgraph", abstract: "German news in, a knowledge graph out.")
}
