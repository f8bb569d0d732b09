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
        swap(&blocks.out, &sink)
        defer { swap(&blocks.out, &sink) }
        for (prefix, namespace) in RDFVocabulary.prefixes {
            blocks.out.append("@prefix \(prefix): <\(namespace)> .\n")
        }
        (shared?.mapping(of: graph) ?? RDFMapping(graph)).write(to: &blocks)
    }
}

/// Renders triples as Turtle blocks, one a subject.
struct TurtleSink: RDFSink {
    /// Where the blocks go.
    var out = ByteSink()
    /// The predicate of the previous triple of the current subject, by
    /// identity (predicates are made once each), so that keeping it retains nothing.
    private var previous: ObjectIdentifier?
    /// The separators and prefixes below, read once: the constants live as
    /// long as the program, and a stored buffer costs no lazy-global check or reference count per use.
    private let sameObject = Self.sameObjectBytes.buffer
    private let blockEnd = Self.blockEndBytes.buffer
    private let resourcePrefix = Self.resourcePrefixBytes.buffer

    mutating func begin(subject id: ResourceID) {
        out.append(UInt8(ascii: "\n"))
        appendResource(id)
        previous = nil
    }

    mutating func add(_ predicate: RDFPredicate, resource id: ResourceID) {
        start(predicate)
        appendResource(id)
    }

    mutating func add(_ predicate: RDFPredicate, term: RDFPredicate) {
        start(predicate)
        out.append(term.turtle)
    }

    mutating func add(_ predicate: RDFPredicate, iri: String) {
        start(predicate)
        Self.appendName(iri, to: &out)
    }

    mutating func add(_ predicate: RDFPredicate, string: String) {
        start(predicate)
        NTriplesSink.appendString(string, to: &out)
    }

    mutating func add(_ predicate: RDFPredicate, integer: Int) {
        start(predicate)
        out.append(decimal: integer)
    }

    mutating func add(_ predicate: RDFPredicate, boolean: Bool) {
        start(predicate)
        out.append(boolean ? "true" : "false")
    }

    mutating func add(_ predicate: RDFPredicate, date day: String) {
        start(predicate)
        NTriplesSink.appendString(day, to: &out)
        out.append(Self.dateType)
    }

    mutating func end() { out.append(blockEnd) }

    /// Writes what comes before an object: the predicate, or `,` when it repeats the previous one.
    private mutating func start(_ predicate: RDFPredicate) {
        let identity = ObjectIdentifier(predicate)
        if identity == previous {
            out.append(sameObject)
        } else {
            out.append(previous == nil ? predicate.turtleFirstPredicate : predicate.turtleNextPredicate)
            previous = identity
        }
    }

    private static let sameObjectBytes = FixedBytes(",\n        ")
    private static let blockEndBytes = FixedBytes(" .\n")
    private static let resourcePrefixBytes = FixedBytes("ngr:")
    private static let dateType = FixedBytes("^^xsd:date")

    /// Appends `ngr:id` when the id is a plain local name; otherwise the full `<iri>`.
    private mutating func appendResource(_ id: ResourceID) {
        if id.isLocalName {
            out.append(resourcePrefix)
            out.append(id.bytes)
        } else {
            NTriplesSink.appendResource(id.bytes, to: &out)
        }
    }

    /// Appends `prefix:local` when the IRI starts with a declared namespace
    /// and the rest is a plain local name; otherwise `<iri>`.
    static func appendName(_ iri: String, to out: inout ByteSink) {
        for (prefix, namespace) in RDFVocabulary.prefixes where iri.hasPrefix(namespace) {
            let local = Substring(iri.utf8.dropFirst(namespace.utf8.count))
            if isLocalName(local.utf8) {
                out.append(prefix)
                out.append(UInt8(ascii: ":"))
                out.append(local)
                return
            }
        }
        NTriplesSink.appendIRI(iri, to: &out)
    }

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
