import NewsGraphModel

/// Reasons in the Konjunktiv I: `X wies den Vorwurf zurück, da er jeder
/// Grundlage entbehre` reports X's own reason as well. A `da` or `weil`
/// clause in the subjunctive after the clause of a report with a named
/// speaker becomes a statement of that speaker.
extension DocumentExtraction {
    /// Conjunctions that open a reason.
    private static let reasonConjunctions: Set<String> = ["da", "weil"]

    mutating func findReasonClauses() {
        for report in reports {
            guard case .phrases(let speakers) = report.speaker, !speakers.isEmpty, let cue = report.cue else { continue }
            let verb = text.tokenIndex(startingAtOrAfter: cue.start)
            guard verb < table.count else { continue }
            let sentence = sentenceRange(of: verb)
            let end = contentEnd(of: sentence)
            let comma = clauseEnd(from: verb, limit: end)
            guard comma + 2 < end, table.isPunctuation(comma, ","), Self.reasonConjunctions.contains(table.lower[comma + 1]) else { continue }
            let clause = (comma + 1)..<clauseEnd(from: comma + 1, limit: end)
            guard isSubjunctive(clause, strict: true), let content = content(of: clause),
                !reports.contains(where: { $0.contentSpan.overlaps(content.span) })
            else { continue }
            add(SpeechReport(type: .asserts, speaker: report.speaker, cue: nil, pieces: content.pieces, contentSpan: content.span,
                form: .indirect, rule: "reason in the subjunctive after \(report.rule)", tokens: clause))
        }
    }
}
