/// Short texts for the tests of byte scanners that look at several bytes at
/// once: runs of one letter of every length up to `plainLength`, and each
/// of `markers` at every place of a text of every length in `lengths`
/// (`a`s before it, `b`s after).
///
///     markedTexts(["&"], plainLength: 1, lengths: 1...2)   // "", "x", "&", "&b", "a&"
func markedTexts(_ markers: [String], plainLength: Int, lengths: ClosedRange<Int>) -> [String] {
    var texts = (0...plainLength).map { String(repeating: "x", count: $0) }
    for length in lengths {
        for place in 0..<length {
            for marker in markers {
                texts.append(String(repeating: "a", count: place) + marker + String(repeating: "b", count: length - place - 1))
            }
        }
    }
    return texts
}
