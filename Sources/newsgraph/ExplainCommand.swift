import ArgumentParser
import Foundation
import GermanText
import Inputs
import NewsGraphModel
import Pipeline

/// `newsgraph explain`: why each edge is there.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, sentence by sentence, the entities and edges found and the rule behind each.",
        discussion: """
            The tool to reach for when an edge looks wrong: every mention and edge is printed under \
            the sentence it was read from, with its offsets and the rule or lexicon entry that made it.

            Example:
              newsgraph explain Corpus/seeds/000_415b2b8988ea9f0e.txt
            """
    )

    @Argument(help: "A .txt, .html or .jsonl file, or - for standard input.")
    var file: String

    @Flag(help: "Show only sentences that have an edge.")
    var edgesOnly = false

    func run() throws {
        let pipeline = NewsGraphPipeline()
        try ArticleInput.forEachArticle(in: file) { article in
            print(explanation(of: article, analysis: pipeline.analyze(article)))
        }
    }

    private func explanation(of article: Article, analysis: DocumentAnalysis) -> String {
        let text = AnalyzedText(article.text)
        var lines = ["# \(article.id)" + (article.date.map { " (\($0))" } ?? "")]
        var mentions = analysis.mentions[...]
        var edges = analysis.edges.sorted { ($0.sentence.start, $0.cueSpan?.start ?? 0) < ($1.sentence.start, $1.cueSpan?.start ?? 0) }[...]
        for (number, sentence) in text.sentences.enumerated() {
            let end = number + 1 < text.sentences.count ? text.sentences[number + 1].span.start : Int.max
            var block: [String] = []
            while let mention = mentions.first, mention.span.start < end {
                mentions.removeFirst()
                block.append(
                    "  entity  \(quoted(mention.surface)) \(mention.span) → \(mention.entity)"
                        + (mention.role.map { ", role \($0)" } ?? "") + "  [\(mention.rule)]")
            }
            while let edge = edges.first, edge.sentence.start < end {
                edges.removeFirst()
                block.append("  " + describe(edge, in: text))
            }
            let hasEdge = block.contains { !$0.hasPrefix("  entity") }
            guard !edgesOnly || hasEdge else { continue }
            lines.append("[\(number + 1)] \(sentence.span) \(text.string(sentence))")
            lines.append(contentsOf: block)
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ edge: ExtractedEdge, in text: AnalyzedText) -> String {
        let target: String
        switch edge.target {
        case .statement(let content): target = "«\(content.count > 120 ? String(content.prefix(117)) + "…" : content)»"
        case .entity(let entity): target = entity.description
        }
        var parts = ["\(edge.type.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(edge.source) → \(target)"]
        if let form = edge.form { parts.append("form \(form.rawValue)") }
        if let cue = edge.cueSpan { parts.append("cue \(quoted(text.string(cue))) \(cue)") }
        if let source = edge.sourceSpan { parts.append("source \(quoted(text.string(source))) \(source)") }
        if let content = edge.contentSpan { parts.append("content \(content)") }
        if let deployment = edge.deployment {
            if let quantity = deployment.quantity { parts.append("quantity \(deployment.approximate ? "~" : "")\(quantity)") }
            if let unit = deployment.unit { parts.append("unit \(unit)") }
            if let destination = deployment.destination { parts.append("to \(destination)") }
            if let claimant = deployment.claimedBy { parts.append("claimed by \(claimant)") }
        }
        return parts.joined(separator: "; ") + "  [\(edge.rule)]"
    }

    private func quoted(_ text: String) -> String { "'\(text)'" }
}
