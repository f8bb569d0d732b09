import Entities
import Lexicons
import NewsGraphModel

/// Quoted words inside reported content: `X sagte, die Lage sei „sehr
/// ernst“` reports the clause and also quotes X's own words. Each such
/// quotation becomes a direct report at the same speaker mention; quoted
/// names and titles (`„Der Spiegel“`, `„Falcon 1“`) stay part of the content
/// only. The quoted words are a fragment of a statement the speaker's own
/// edge already holds, not a proposition of their own, so their edge comes
/// from an unnamed source `Worte von X` (the same claim is not counted twice
/// for X in the graph).
extension DocumentExtraction {
    /// How many words a quotation of capitalised words alone may have and still be read as a name.
    private static let longestQuotedName = 3

    func findNestedQuotations() {
        // Quotations that are a direct report's own content (`nannte X „verfehlt“`) are taken already.
        // (By index, reading the fields needed: a loop over the reports copies each.)
        for index in reports.indices where reports[index].form == .direct {
            let contentSpan = reports[index].contentSpan
            let first = text.tokenIndex(startingAtOrAfter: contentSpan.start)
            if let quotation = quotationAt[first], text.quotations[quotation].span == contentSpan { usedQuotations[quotation] = true }
        }
        for index in reports.indices where reports[index].type == .asserts && reports[index].form != .direct {
            let contentSpan = reports[index].contentSpan
            // Only a quotation not yet used, its marks inside the content, is read: without one (as in most
            // reports) the content's tokens are not looked for.
            guard hasUnusedQuotation(in: contentSpan) else { continue }
            let first = text.tokenIndex(startingAtOrAfter: contentSpan.start)
            let end = text.tokenIndex(startingAtOrAfter: contentSpan.end)
            for quotationIndex in quotedWords(in: first..<end) where !usedQuotations[quotationIndex] {
                let report = reports[index]
                let quotation = text.quotations[quotationIndex]
                // Only in the content's pieces: not the source of an attribution inside it (`laut „taz.de“`).
                guard report.pieces.contains(where: { $0.start <= quotation.span.start && quotation.span.end <= $0.end }) else { continue }
                usedQuotations[quotationIndex] = true
                var nested = SpeechReport(
                    type: .asserts, speaker: report.speaker, cue: report.cue, pieces: [quotation.content],
                    contentSpan: quotation.span, form: .direct, rule: RuleName("quotation inside ", report.rule.text),
                    tokens: quotation.openingToken..<((quotation.closingToken ?? quotation.openingToken) + 1))
                nested.referents = report.referents.map(Self.quotedWords(of:))
                nested.isQuotedWords = true
                reports.append(nested)
            }
        }
    }

    /// Whether a quotation not yet used opens at or after the start of `span` and closes before its end
    /// (as ``quotedWords(in:)`` needs of one it finds in the tokens of `span`).
    private func hasUnusedQuotation(in span: Span) -> Bool {
        text.quotations.indices.contains { index in
            guard !usedQuotations[index], let closing = text.quotations[index].closingToken else { return false }
            return table.tokens[text.quotations[index].openingToken].span.start >= span.start && table.tokens[closing].span.start < span.end
        }
    }

    /// The source of quoted words inside a statement of `referent`: an unnamed source at the same mention.
    static func quotedWords(of referent: Referent) -> Referent {
        guard referent.entity.type != .unnamedSource else { return referent }
        return Referent(entity: EntityRef(.unnamedSource, "Worte von \(referent.entity.name)"), span: referent.span,
            tokens: referent.tokens, rule: String(joining: referent.rule, ", quoted words"))
    }

    /// Whether the words between quotation marks read as a name or title: a
    /// few words, each capitalised or a number (none, when there are no words).
    func isQuotedName(_ range: Range<Int>) -> Bool {
        let words = range.filter { isWord($0) }
        guard !words.isEmpty else { return true }
        return words.count <= Self.longestQuotedName && words.allSatisfy { !table.isLowercase($0) }
    }
}
