import ExportSupport
import NewsGraphModel

/// Writes a ``NewsGraphModel/Graph`` as Turtle: the same triples as
/// ``NTriplesExporter``, one block a subject, with prefixes, `a`, `;` and `,`.
///
///     ngr:person-mark-rutte a ng:Person ;
///         rdfs:label "Mark Rutte" ;
///         ng:asserts ngr:statement-0f3a9c2e51b7d804 .
///
/// See `Ontology/newsgraph.ttl` for the classes and properties.
public struct TurtleExporter: GraphExporter {
    /// `ttl`.
    public var fileExtension: String { "ttl" }

    /// The triples shared with other RDF exporters of the same graph, if any.
    private let shared: SharedTriples?

    /// Creates the exporter; with `shared`, it uses (or builds) the triples other RDF exporters of the graph share.
    public init(sharing shared: SharedTriples? = nil) {
        self.shared = shared
    }

    /// Writes the whole Turtle file.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        var blocks = TurtleSink()
        blocks.out.exchange(&sink)
        defer { blocks.out.exchange(&sink) }
        for (prefix, namespace) in RDFVocabulary.prefixes {
            blocks.out.append("@prefix \(prefix): <\(namespace)> .\n")
        }
        let mapping = shared?.mapping(of: graph) ?? RDFMapping(graph)
        mapping.write(to: &blocks, plainTexts: shared?.plainTexts.of(graph) ?? PlainTexts(graph))
    }
}

/// Renders triples as Turtle blocks, one a subject. Each object is put
/// together in place with what comes before it (``ExportSupport/ByteSinkWindow/append(atMost:_:)``),
/// the pieces in padded memory (predicates, separators, resource ids) copied in runs of sixteen bytes.
struct TurtleSink: RDFSink {
    /// Where the blocks go.
    var out = ByteSinkWindow()
    /// The predicate of the previous triple of the current subject (``RDFPredicate/identity``).
    private var previous: UnsafePointer<UInt8>?
    /// The separators and prefixes below, read once: the constants live as
    /// long as the program, and a stored buffer costs no lazy-global check or reference count per use.
    private let sameObject = Self.sameObjectBytes.buffer
    private let blockEnd = Self.blockEndBytes.buffer
    private let resource = ResourceSpelling(
        prefix: Self.resourcePrefixBytes.buffer, iriStart: Self.resourceStartBytes.buffer)

    mutating func begin(subject id: ResourceID) {
        let resource = resource
        out.append(atMost: 1 &+ resource.room(id) &+ ByteWords.runOverrun) { block in
            block.put(UInt8(ascii: "\n"))
            resource.put(id, to: &block)
        }
        previous = nil
    }

    mutating func add(_ predicate: RDFPredicate, resource id: ResourceID) {
        let resource = resource
        object(of: predicate, room: resource.room(id)) { resource.put(id, to: &$0) }
    }

    mutating func add(_ predicate: RDFPredicate, term: RDFPredicate) {
        object(of: predicate, room: term.turtleTerm.count) { $0.put(term.turtleTerm) }
    }

    mutating func add(_ predicate: RDFPredicate, iri: String) {
        var name = Self.name(iri)
        name.withUTF8 { name in object(of: predicate, room: name.count) { $0.put(name) } }
    }

    mutating func add(_ predicate: RDFPredicate, string: UnsafeBufferPointer<UInt8>) {
        object(of: predicate, room: RDFSyntax.escapedLiteralRoom(string.count) &+ 2) { object in
            object.put(UInt8(ascii: "\""))
            object.put { RDFSyntax.writeEscapedLiteral(string, to: $0) }
            object.put(UInt8(ascii: "\""))
        }
    }

    mutating func add(_ predicate: RDFPredicate, unescaped string: UnsafeBufferPointer<UInt8>) {
        object(of: predicate, room: string.count &+ 2) { object in
            object.put(UInt8(ascii: "\""))
            object.put(string)
            object.put(UInt8(ascii: "\""))
        }
    }

    mutating func add(_ predicate: RDFPredicate, integer: Int) {
        object(of: predicate, room: 20) { $0.put(decimal: integer) }
    }

    mutating func add(_ predicate: RDFPredicate, boolean: Bool) {
        let literal = (boolean ? Self.trueLiteral : Self.falseLiteral).buffer
        object(of: predicate, room: literal.count) { $0.put(literal) }
    }

    mutating func add(_ predicate: RDFPredicate, date day: String) {
        var day = day
        let end = Self.dateEnd.buffer
        day.withUTF8 { day in  // digits and hyphens: nothing to escape
            object(of: predicate, room: 1 &+ day.count &+ end.count) { object in
                object.put(UInt8(ascii: "\""))
                object.put(day)
                object.put(end)
            }
        }
    }

    mutating func end() { out.append(blockEnd) }

    /// Appends what comes before an object of `predicate` (the predicate, or
    /// `,` when it repeats the previous one) and what `object` puts, at most
    /// `room` bytes. (Here and in the callers, the sums of lengths of bytes in
    /// memory cannot overflow, and are not checked.)
    @inline(__always)
    private mutating func object(of predicate: RDFPredicate, room: Int, _ object: (inout BytePiece) -> Void) {
        let lead: UnsafeBufferPointer<UInt8>
        if predicate.identity == previous {
            lead = sameObject
        } else {
            lead = previous == nil ? predicate.turtleFirstPredicate : predicate.turtleNextPredicate
            previous = predicate.identity
        }
        out.append(atMost: lead.count &+ room &+ ByteWords.runOverrun) { piece in
            piece.put(runsOf: lead)
            object(&piece)
        }
    }

    /// How a resource is written: `ngr:id` when its id is a plain local name, otherwise the full `<iri>`.
    private struct ResourceSpelling {
        /// `ngr:`.
        let prefix: UnsafeBufferPointer<UInt8>
        /// `<` and the resource namespace.
        let iriStart: UnsafeBufferPointer<UInt8>

        /// The most bytes ``put(_:to:)`` puts for `id`.
        @inline(__always)
        func room(_ id: ResourceID) -> Int { iriStart.count &+ id.bytes.count &+ 1 }

        @inline(__always)
        func put(_ id: ResourceID, to piece: inout BytePiece) {
            if id.isLocalName {
                piece.put(runsOf: prefix)
                id.put(to: &piece)
            } else {
                piece.put(runsOf: iriStart)
                id.put(to: &piece)
                piece.put(UInt8(ascii: ">"))
            }
        }
    }

    /// `prefix:local` when the IRI starts with a declared namespace and the
    /// rest is a plain local name; otherwise `<iri>`.
    static func name(_ iri: String) -> String {
        for (prefix, namespace) in RDFVocabulary.prefixes where iri.hasPrefix(namespace) {
            let local = Substring(iri.utf8.dropFirst(namespace.utf8.count))
            if isLocalName(local.utf8) { return "\(prefix):\(local)" }
        }
        return "<\(iri)>"
    }

    private static let sameObjectBytes = FixedBytes(",\n        ")
    private static let blockEndBytes = FixedBytes(" .\n")
    private static let resourcePrefixBytes = FixedBytes("ngr:")
    private static let resourceStartBytes = FixedBytes("<\(Identifier.resourceNamespace)")
    private static let dateEnd = FixedBytes("\"^^xsd:date")
    private static let trueLiteral = FixedBytes("true")
    private static let falseLiteral = FixedBytes("false")

    /// Letters, digits, `_` and `-`, not empty and not starting with `-`:
    /// a local name Turtle reads without escapes.
    static func isLocalName(_ name: some Collection<UInt8>) -> Bool {
        guard let first = name.first, first != UInt8(ascii: "-") else { return false }
        return name.allSatisfy(isLocalNameByte)
    }

    /// ``isLocalName(_:)-(Collection<UInt8>)`` for bytes in memory, eight at a time.
    static func isLocalName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = name.baseAddress, name.count > 0, base[0] != UInt8(ascii: "-") else { return false }
        var index = 0
        while index + 8 <= name.count {
            guard isLocalNameWord(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) else { return false }
            index += 8
        }
        return name[index...].allSatisfy(isLocalNameByte)
    }

    /// Whether every byte of `word` may be in a local name: ASCII, and a
    /// letter (once bit 5 is set, in `a`–`z`), a digit, `-` or `_`. Each test
    /// leaves a byte's high bit set where it holds; on 7-bit bytes no test borrows across bytes.
    @inline(__always)
    private static func isLocalNameWord(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard word & highs == 0 else { return false }
        /// High bit set in each byte at least `low`.
        func atLeast(_ value: UInt64, _ low: UInt64) -> UInt64 { (value | highs) &- low &* ones }
        /// High bit set in each byte at most `high`.
        func atMost(_ value: UInt64, _ high: UInt64) -> UInt64 { ((0x80 | high) &* ones) &- value }
        let lowered = word | 0x20 &* ones
        let letters = atLeast(lowered, 0x61) & atMost(lowered, 0x7A)
        let digits = atLeast(word, 0x30) & atMost(word, 0x39)
        let hyphens = atMost(word ^ 0x2D &* ones, 0)
        let underscores = atMost(word ^ 0x5F &* ones, 0)
        return (letters | digits | hyphens | underscores) & highs == highs
    }

    @inline(__always)
    private static func isLocalNameByte(_ byte: UInt8) -> Bool {
        byte < 0x40 ? (localNameBelow0x40 >> UInt64(byte)) & 1 != 0
            : byte < 0x80 && (localNameFrom0x40 >> UInt64(byte - 0x40)) & 1 != 0
    }

    /// Bit n set when byte n may be in a local name: `-` (0x2D) and `0`–`9` (0x30–0x39).
    private static let localNameBelow0x40: UInt64 = 1 << 0x2D | 0x03FF << 0x30
    /// Bit n set when byte 0x40 + n may be in a local name: `A`–`Z` (0x41–0x5A), `_` (0x5F), `a`–`z` (0x61–0x7A).
    private static let localNameFrom0x40: UInt64 = 0x03FF_FFFF << 0x01 | 1 << 0x1F | 0x03FF_FFFF << 0x21
}
