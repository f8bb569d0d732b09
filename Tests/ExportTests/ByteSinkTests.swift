import ExportSupport
import Foundation
import Testing
import TestSupport
import XMLSupport

@Suite("ByteSink and XMLWriter: streamed atomic files, prepared elements")
struct ByteSinkTests {
    /// Strings with every byte the XML escaping treats apart.
    static let hostileTexts = [
        "", "plain", "<\"&'>\n\r\t\u{1}\u{0}\u{1F}", "]]> & <x> \u{1B}ü😀\r\n", "x\u{FFFE}y\u{FFFF}z\u{FFFD}\u{FFFC}",
        "Zoë e\u{301} 😀 \u{7F}\u{85}", "&amp; &#1; \\ \"quoted\"", "ﬁ\u{EF}\u{BF}",
    ]

    @Test("Draining libxml2's writer as it goes gives the same bytes as writing it whole")
    func drainedWriterMatchesWholeWriter() throws {
        func document(drainingInto sink: inout ByteSink?) throws -> [UInt8] {
            let writer = try XMLWriter()
            try writer.startDocument()
            try writer.startElement("graph")
            for (index, text) in (Self.hostileTexts + Array(repeating: String(repeating: "ä&<", count: 5_000), count: 200))
                .enumerated()
            {
                try writer.startElement("data")
                try writer.attribute("key", "k\(index)")
                try writer.text(text)
                try writer.endElement()
                if sink != nil, writer.pendingBytes >= 64 << 10 { try writer.drain { sink?.append($0) } }
            }
            return try writer.finish()
        }
        var none: ByteSink? = nil
        let whole = try document(drainingInto: &none)
        var streamed: ByteSink? = ByteSink()
        let rest = try document(drainingInto: &streamed)
        let drained = try #require(streamed).bytes
        #expect(drained.count > 1_000_000, "the document was drained in parts")
        #expect(drained + rest == whole)
    }

    @Test("Prepared elements, text-only or with the value as an attribute, come out byte for byte as libxml2 writes them, at any depth, indented or not")
    func batchMatchesLibXML() throws {
        let label = TextElement("data", attributes: [("key", "n-<label> & \"x\"")])
        let size = TextElement("size")
        let value = TextElement("attvalue", attributes: [("for", "<t> & \"x\"")], valueAttribute: "value")
        let texts = Self.hostileTexts + [String(repeating: "ä&<\u{FFFF}", count: 3_000), "a\u{EF}\u{BF}\u{BE}b"]
        for indent in [true, false] {
            func document(batched: Bool) throws -> [UInt8] {
                let writer = try XMLWriter(indent: indent)
                try writer.startDocument()
                try writer.startElement("graph")
                var batch = writer.textElementBatch(depth: writer.depth + 1)
                for (index, text) in texts.enumerated() {
                    try writer.startElement("node")
                    try writer.attribute("id", "n\(index)")
                    if batched {
                        batch.add(label, text: text)
                        batch.add(label, prefix: text, text: "|" + text)
                        batch.add(label, joining: [text, "", text], separator: "<&>")
                        batch.add(size, decimal: index == 0 ? Int.min : index * 7_919 - 40_000)
                        batch.add(value, text: text)
                        batch.add(value, joining: [text, "", text], separator: "<&>\t")
                        try writer.write(&batch)
                        let emptied = batch.isEmpty  // read first: the batch is not copyable
                        #expect(emptied)
                    } else {
                        try writer.write(label, text: text)
                        try writer.write(label, text: text + "|" + text)
                        try writer.write(label, text: [text, "", text].joined(separator: "<&>"))
                        try writer.write(size, text: String(index == 0 ? Int.min : index * 7_919 - 40_000))
                        try writer.write(value, text: text)
                        try writer.write(value, text: [text, "", text].joined(separator: "<&>\t"))
                    }
                    try writer.endElement()
                }
                try writer.startElement("node")
                if batched { try writer.write(&batch) }  // an empty batch writes nothing: <node/>
                try writer.endElement()
                return try writer.finish()
            }
            #expect(try document(batched: true) == document(batched: false), "indent: \(indent)")
        }
        let writer = try XMLWriter()
        var misplaced = writer.textElementBatch(depth: 2)
        misplaced.add(size, decimal: 1)
        #expect(throws: XMLWriterError.self) { try writer.write(&misplaced) }
    }

    @Test("ByteSink appends bytes, text and decimals, and a copy appends to its own bytes")
    func sinkAppends() {
        var sink = ByteSink()
        for value in [0, 7, -7, 10, 99, 100, -1_000_000, Int.max, Int.min] {
            sink.append(decimal: value)
            sink.append(UInt8(ascii: " "))
        }
        sink.append("Zoë")
        sink.append("|Zoë|".dropFirst().dropLast())
        sink.append(Array("<x>".utf8)[1...])
        let expected = "0 7 -7 10 99 100 -1000000 \(Int.max) \(Int.min) ZoëZoëx>"
        #expect(String(decoding: sink.bytes, as: UTF8.self) == expected)
        var copy = sink
        copy.append("copy")
        sink.append(String(repeating: "long", count: 5_000))
        #expect(String(decoding: copy.bytes, as: UTF8.self) == expected + "copy")
        #expect(sink.bytes.count == expected.utf8.count + 20_000)
    }

    @Test("Decimals are written as String writes them, around every number of digits")
    func decimals() {
        let powers = (0...18).map { exponent in (0..<exponent).reduce(1) { power, _ in power * 10 } }
        var values = Array(-1_000...20_000) + [Int.max, Int.min, Int.min + 1]
        for power in powers { values += [power - 1, power, power + 1, -power] }
        var sink = ByteSink()
        for value in values {
            sink.removeAll()
            sink.append(decimal: value)
            #expect(sink.bytes == Array(String(value).utf8), "\(value)")
        }
    }

    @Test("Pieces of every length up to and past the word-copy sizes are appended byte for byte")
    func piecesOfEveryLength() {
        let text = Array("Zoë „zitiert“ <&> \"x\"; ".utf8) + Array(0...70).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        var sink = ByteSink()
        var expected: [UInt8] = []
        for length in 0...70 {
            let piece = Array(text[(length % 7)..<(length % 7 + length)])
            piece.withUnsafeBufferPointer { sink.append($0) }
            expected += piece
        }
        #expect(sink.bytes == expected)
    }

    @Test("Pieces put together in place come out as their parts appended one by one, in a copy too")
    func piecesInPlace() {
        let part = Array("Zoë „zitiert“ <&> \"x\"; ".utf8) + Array(repeating: UInt8(ascii: "x"), count: 40)
        var sink = ByteSink()
        var expected = ByteSink()
        part.withUnsafeBufferPointer { part in
            for length in 0...part.count {
                let prefix = UnsafeBufferPointer(rebasing: part[0..<length])
                sink.append(atMost: 2 * length + 21) { piece in
                    piece.put(prefix)
                    piece.put(UInt8(ascii: "|"))
                    piece.put(decimal: -length)
                    piece.put { target in
                        target.initialize(from: prefix.baseAddress!, count: length)
                        return length
                    }
                }
                expected.append(prefix)
                expected.append(UInt8(ascii: "|"))
                expected.append(decimal: -length)
                expected.append(prefix)
            }
        }
        #expect(sink.bytes == expected.bytes)
        let before = sink.bytes
        var copy = sink
        copy.append(atMost: 1) { $0.put(UInt8(ascii: "!")) }
        #expect(sink.bytes == before)
        #expect(copy.bytes == before + [UInt8(ascii: "!")])
    }

    @Test("A sink in memory serves as scratch: emptied, refilled and appended to another")
    func scratchSink() {
        var scratch = ByteSink()
        var sink = ByteSink()
        for word in ["<a> ", "", "<Zoë> "] {
            scratch.removeAll()
            scratch.append(word)
            sink.append(scratch)
            sink.append(scratch)
        }
        #expect(String(decoding: sink.bytes, as: UTF8.self) == "<a> <a> <Zoë> <Zoë> ")
        #expect(String(decoding: scratch.bytes, as: UTF8.self) == "<Zoë> ")
    }

    @Test(
        "A streamed file larger than the buffer and than a write-back step arrives whole, atomically, with no temporary file left"
    )
    func streamedFile() throws {
        let folder = try ProjectPaths.temporaryFolder("byte-sink")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.nt")
        let line = Array("<a> <b> \"Zoë\" .\n".utf8)
        try AtomicFile.write(to: target) { sink in
            for number in 0..<600_000 {  // 12.7 MB
                sink.append(line)
                sink.append(decimal: number)
            }
        }
        var expected: [UInt8] = []
        for number in 0..<600_000 { expected += line + Array(String(number).utf8) }
        #expect(try [UInt8](Data(contentsOf: target)) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.nt"])
    }

    @Test(
        "Files of every size around the block and buffer boundaries arrive whole, however the bytes are appended",
        arguments: [0, 1, 4_095, 4_096, 4_097, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 3 * 4_096 + 17])
    func fileSizesAroundBoundaries(size: Int) throws {
        let folder = try ProjectPaths.temporaryFolder("byte-sink-sizes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.ttl")
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 4_096) }
        try AtomicFile.write(to: target) { sink in
            var offset = 0
            var piece = 1
            while offset < bytes.count {  // pieces of 1, 7, 49, … bytes, up to 2 MB
                let end = min(bytes.count, offset + piece)
                sink.append(bytes[offset..<end])
                offset = end
                piece = piece >= 1 << 21 ? 1 : piece * 7
            }
        }
        #expect(try [UInt8](Data(contentsOf: target)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.ttl"])
    }

    /// `count` pieces, piece `n` of letter `n` (a to z, over again) repeated `lengths[n % lengths.count]` times.
    private static func letterPieces(_ count: Int, lengths: [Int]) -> [[UInt8]] {
        (0..<count).map { number in
            Array(repeating: UInt8(ascii: "a") + UInt8(number % 26), count: lengths[number % lengths.count])
        }
    }

    @Test("Pieces put in place in the free space, large and small, keep their place in the file")
    func piecesPutInPlace() throws {
        let folder = try ProjectPaths.temporaryFolder("byte-sink-in-place")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.gexf")
        let pieces = Self.letterPieces(40, lengths: [3, 70_000, 1 << 20, 65_536, 10])
        func putInPlace(_ piece: [UInt8], to sink: inout ByteSink) {
            let free = sink.freeSpace(atLeast: piece.count)
            #expect(free.count >= piece.count)
            _ = free.initialize(from: piece)
            sink.didWrite(piece.count)
        }
        try AtomicFile.write(to: target) { sink in
            for (number, piece) in pieces.enumerated() {
                putInPlace(piece, to: &sink)
                sink.append(decimal: number)
            }
        }
        var expected: [UInt8] = []
        for (number, piece) in pieces.enumerated() { expected += piece + Array(String(number).utf8) }
        #expect(try [UInt8](Data(contentsOf: target)) == expected)
        var memory = ByteSink()
        putInPlace(pieces[1], to: &memory)
        #expect(memory.bytes == pieces[1])
    }

    @Test("Pieces appended through a window, small and larger than a window, land in order between the sink's own appends")
    func piecesThroughWindow() throws {
        let folder = try ProjectPaths.temporaryFolder("byte-sink-window")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.nt")
        let pieces = Self.letterPieces(600, lengths: [0, 1, 17, 700, 70_000, 3])
        func write(to sink: inout ByteSink) {
            var window = ByteSinkWindow()
            for (number, piece) in pieces.enumerated() {
                window.exchange(&sink)
                piece.withUnsafeBufferPointer { window.append($0) }
                window.append(atMost: 20 + 2) { part in
                    part.put(decimal: -number)
                    part.put(UInt8(ascii: "|"))
                }
                window.append("Zoë")
                window.exchange(&sink)
                if number % 10 == 0 { sink.append(decimal: number) }
            }
        }
        var expected: [UInt8] = []
        for (number, piece) in pieces.enumerated() {
            expected += piece + Array(String(-number).utf8) + [UInt8(ascii: "|")] + Array("Zoë".utf8)
            if number % 10 == 0 { expected += Array(String(number).utf8) }
        }
        try AtomicFile.write(to: target) { write(to: &$0) }
        #expect(try [UInt8](Data(contentsOf: target)) == expected)
        var memory = ByteSink()
        write(to: &memory)
        #expect(memory.bytes == expected)
    }

    @Test("An export that fails midway leaves the previous file and no temporary file")
    func failedExport() throws {
        struct Failure: Error {}
        let folder = try ProjectPaths.temporaryFolder("byte-sink-failure")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.ttl")
        try AtomicFile.write(Array("old\n".utf8), to: target)
        #expect(throws: Failure.self) {
            try AtomicFile.write(to: target) { sink in
                sink.append(String(repeating: "x", count: 3_000_000))
                throw Failure()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.ttl"])
        // The next file (likely given the same descriptor number) gets none of the abandoned bytes.
        let next = folder.appendingPathComponent("graph.nt")
        let bytes = [UInt8](repeating: UInt8(ascii: "y"), count: 5_000_000)
        try AtomicFile.write(bytes, to: next)
        #expect(try [UInt8](Data(contentsOf: next)) == bytes)
    }
}
