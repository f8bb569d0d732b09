import Entities
import Foundation

extension TokenTable {
    /// Whether token `index`'s lower-cased form is `word` (a literal in NFC), as
    /// `lower[index] == word` tells: byte for byte, which is the same answer for
    /// a token whose scalars are all below U+0300 (in NFC, then), and without
    /// the normalising comparison Swift makes when either side is not ASCII.
    /// Other tokens are compared as Swift compares strings.
    @inline(__always)
    func lower(_ index: Int, is word: StaticString) -> Bool {
        let verdict = word.withUTF8Buffer { literal in
            lower[index].utf8.withContiguousStorageIfAvailable { token -> Bool? in
                if token.elementsEqual(literal) { return true }
                for byte in token where byte >= 0xCC { return nil }
                return false
            }
        }
        return (verdict ?? nil) ?? (lower[index] == word.description)
    }
}
