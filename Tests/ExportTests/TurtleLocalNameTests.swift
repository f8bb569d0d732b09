import ExportSupport
import Testing

@testable import RDFExport

@Suite("Turtle local names")
struct TurtleLocalNameTests {
    @Test("The word-at-a-time test of resource ids agrees with the byte-by-byte one")
    func wordsAgreeWithBytes() {
        var names = [
            "", "-", "a", "person-mark-rutte", "statement-0f3a9c2e51b7d804", "-lead", "with space x", "Zoë-abcdefgh",
            "under_score_0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefgh.ijk", "abcdefg/", "@[`{~\u{7F}abcdefgh",
        ]
        // Every byte value at every position of a 17-byte name.
        for byte in 0...255 {
            for position in 0..<17 {
                var bytes = Array("abcdefghijklmnopq".utf8)
                bytes[position] = UInt8(byte)
                names.append(String(decoding: bytes, as: UTF8.self))
                let exact = bytes.withUnsafeBufferPointer { TurtleSink.isLocalName($0) }
                #expect(exact == TurtleSink.isLocalName(bytes[...]), "byte \(byte) at \(position)")
            }
        }
        for name in names {
            var text = name
            let words = text.withUTF8 { TurtleSink.isLocalName($0) }
            #expect(words == TurtleSink.isLocalName(Array(name.utf8)[...]), "\(name)")
        }
    }

    @Test("A table of resource ids keeps each id's bytes and whether it is a local name")
    func resourceTableMarksLocalNames() {
        let ids = ["", "-", "person-mark-rutte", "-lead", "with space x", "Zoë-abcdefgh", "edge-0f3a9c2e51b7d804-2", "a"]
        let table = ResourceTable(ids)
        for (index, id) in ids.enumerated() {
            #expect(Array(table[index].bytes) == Array(id.utf8))
            #expect(table[index].isLocalName == TurtleSink.isLocalName(Array(id.utf8)[...]), "\(id)")
        }
    }

    @Test("Document resource ids are ordered as their strings sort")
    func documentIDsSortAsStrings() {
        let ids = [
            "", "a", "b", "ab", "document-0", "document-00000000", "document-0000000000000000", "document-000000000000000f",
            "document-00000000000000f0", "document-f000000000000000", "document-", "document-1", "person-x", "person-",
        ]
        #expect(EdgeIdentifiers.order(of: ids).map { ids[$0] } == ids.sorted())
        let resources = (0..<50).map { RDFMapping.documentID("article-\($0 * 7 % 50)") }
        #expect(EdgeIdentifiers.order(of: resources).map { resources[$0] } == resources.sorted())
    }
}
