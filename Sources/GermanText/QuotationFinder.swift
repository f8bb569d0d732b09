import NewsGraphModel

/// Pairs quotation marks into ``Quotation``s, paragraph by paragraph.
///
/// German `„…“`, `»…«`, Swiss `«…»`, English `“…”` and straight `"…"` marks
/// are paired; where a straight mark could open or close, the spaces around
/// it decide. Inner single marks (`‚…‘`) stay part of the outer quotation.
/// A quotation still open at the end of a paragraph runs to its end.
public enum QuotationFinder {
    /// The quotations of a text tokenised by ``Tokenizer`` (`breaks`: the line breaks it found), in text order.
    static func quotations(tokens: [Token], scalars: [Unicode.Scalar], breaks: TokenBreaks) -> [Quotation] {
        tokens.withUnsafeBufferPointer { tokens in
            scalars.withUnsafeBufferPointer { quotations(tokens: tokens, scalars: $0, breaks: breaks) }
        }
    }

    /// ``quotations(tokens:scalars:breaks:)``, read in place.
    private static func quotations(
        tokens: UnsafeBufferPointer<Token>, scalars: UnsafeBufferPointer<Unicode.Scalar>, breaks: TokenBreaks
    ) -> [Quotation] {
        var quotations: [Quotation] = []
        var open: (index: Int, mark: QuoteMark)?
        var lastTokenOfParagraph = -1
        func closeUnclosed(at lastToken: Int) {
            guard let opening = open else { return }
            let start = tokens[opening.index].span.end
            let end = lastToken > opening.index ? tokens[lastToken].span.end : start
            if end > start {
                quotations.append(
                    Quotation(
                        openingToken: opening.index, closingToken: nil, content: Span(start: start, end: end),
                        span: Span(start: tokens[opening.index].span.start, end: end)))
            }
            open = nil
        }
        for index in tokens.indices {
            let span = tokens[index].span
            if index > 0, breaks.paragraphBreak(before: index) {
                closeUnclosed(at: index - 1)
            }
            lastTokenOfParagraph = index
            guard case .quote(let mark) = tokens[index].kind, !mark.isSingle else { continue }
            let spaceBefore = span.start == 0 || Tokenizer.isSpace(scalars[span.start - 1])
            let spaceAfter = span.end >= scalars.count || Tokenizer.isSpace(scalars[span.end])
            if let opening = open {
                if closes(opening.mark, with: mark, spaceBefore: spaceBefore, spaceAfter: spaceAfter) {
                    let content = Span(start: tokens[opening.index].span.end, end: span.start)
                    quotations.append(
                        Quotation(
                            openingToken: opening.index, closingToken: index, content: content,
                            span: Span(start: tokens[opening.index].span.start, end: span.end)))
                    open = nil
                } else if mark.canOpen && !mark.canClose {
                    // A new opening mark before the old one closed: the old one was stray.
                    open = (index, mark)
                }
            } else if mark.canOpen && !(spaceAfter && !spaceBefore) {
                open = (index, mark)
            } else if mark.character == "«" && spaceBefore && !spaceAfter {
                open = (index, mark)  // Swiss «…»
            }
        }
        closeUnclosed(at: lastTokenOfParagraph)
        return quotations
    }

    private static func closes(_ opening: QuoteMark, with mark: QuoteMark, spaceBefore: Bool, spaceAfter: Bool) -> Bool {
        switch (opening.character, mark.character) {
        case ("„", "“"), ("„", "”"), ("„", "\""), ("»", "«"), ("«", "»"), ("“", "”"), ("\"", "\""), ("”", "”"),
            ("“", "“"), ("\"", "“"), ("\"", "”"), ("“", "\""):
            // A straight or curly mark glued to the next word opens rather than closes.
            return !(spaceBefore && !spaceAfter) || opening.character == "„" || opening.character == "»"
        default:
            return false
        }
    }
}
