import ExportSupport
import NewsGraphModel

/// Writes a ``NewsGraphModel/Graph`` as N-Triples: one triple a line, the
/// same triples as ``TurtleExporter``, subjects sorted by IRI.
///
///     <https://w3id.org/newsgraph/id/person-mark-rutte> <http://www.w3.org/2000/01/rdf-schema#label> "Mark Rutte" .
///
/// See `Ontology/newsgraph.ttl` for the classes and properties.
public struct NTriplesExporter: GraphExporter {
    /// `nt`.
    public var fileExtension: String { "nt" }

    /// The triples shared with other RDF exporters of the same graph, if any.
    private let shared: SharedTriples?

    /// Creates the exporter; with `shared`, it uses (or builds) the triples other RDF exporters of the graph share.
    public init(sharing shared: SharedTriples? = nil) {
        self.shared = shared
    }

    /// Writes the whole N-Triples file.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        var triples = NTriplesSink()
        triples.out.exchange(&sink)
        defer { triples.out.exchange(&sink) }
        let mapping = shared?.mapping(of: graph) ?? RDFMapping(graph)
        mapping.write(to: &triples, plainTexts: shared?.plainTexts.of(graph) ?? PlainTexts(graph))
    }
}

/// Renders triples as N-Triples lines. A line is put together in place
/// (``ExportSupport/ByteSinkWindow/append(atMost:_:)``) from the subject's IRI
/// (rendered once a subject), the predicate with the start of the object,
/// the object, and the object's end with the line's; all but the literals
/// lie in padded memory and are copied in runs of sixteen bytes.
struct NTriplesSink: RDFSink {
    /// Where the lines go.
    var out = ByteSinkWindow()
    /// What every line of the current subject starts with: `<`, the
    /// resource namespace and the subject's id, in ``subjectMemory``,
    /// copied as one run a line (see ``begin(subject:)``).
    private var subject = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// The memory ``subject`` is rendered in.
    private let subjectMemory = JoinedBytes()
    /// The pieces below used on every line, read once: they live as long
    /// as the program, and a stored buffer costs no lazy-global check or reference count per use.
    private let resourceEnd = Self.resourceEndBytes.buffer
    private let stringEnd = Self.stringEndBytes.buffer
    private let integerEnd = Self.integerEndBytes.buffer
    private let dateEnd = Self.dateEndBytes.buffer
    private let termEnd = Self.termEndBytes.buffer

    mutating func begin(subject id: ResourceID) { subject = subjectMemory.join(Self.subjectStartBytes.buffer, id.bytes) }

    mutating func add(_ predicate: RDFPredicate, resource id: ResourceID) {
        let end = resourceEnd
        line(predicate.nTriplesResource, room: id.bytes.count &+ end.count) { object in
            id.put(to: &object)
            object.put(runsOf: end)
        }
    }

    mutating func add(_ predicate: RDFPredicate, term: RDFPredicate) {
        let end = termEnd
        line(predicate.nTriplesPredicate, room: term.nTriplesTerm.count &+ end.count) { object in
            object.put(runsOf: term.nTriplesTerm)
            object.put(runsOf: end)
        }
    }

    mutating func add(_ predicate: RDFPredicate, iri: String) {
        var iri = iri
        let end = resourceEnd
        iri.withUTF8 { iri in
            line(predicate.nTriplesPredicate, room: 1 &+ iri.count &+ end.count) { object in
                object.put(UInt8(ascii: "<"))
                object.put(iri)
                object.put(runsOf: end)
            }
        }
    }

    mutating func add(_ predicate: RDFPredicate, string: UnsafeBufferPointer<UInt8>) {
        let end = stringEnd
        line(predicate.nTriplesLiteral, room: RDFSyntax.escapedLiteralRoom(string.count) &+ end.count) { object in
            object.put { RDFSyntax.writeEscapedLiteral(string, to: $0) }
            object.put(runsOf: end)
        }
    }

    mutating func add(_ predicate: RDFPredicate, unescaped string: UnsafeBufferPointer<UInt8>) {
        let end = stringEnd
        line(predicate.nTriplesLiteral, room: string.count &+ end.count) { object in
            object.put(string)
            object.put(runsOf: end)
        }
    }

    mutating func add(_ predicate: RDFPredicate, integer: Int) {
        let end = integerEnd
        line(predicate.nTriplesLiteral, room: 20 &+ end.count) { object in
            object.put(decimal: integer)
            object.put(runsOf: end)
        }
    }

    mutating func add(_ predicate: RDFPredicate, boolean: Bool) {
        let literal = (boolean ? Self.trueLine : Self.falseLine).buffer
        line(predicate.nTriplesPredicate, room: literal.count) { $0.put(runsOf: literal) }
    }

    mutating func add(_ predicate: RDFPredicate, date day: String) {
        var day = day
        let end = dateEnd
        day.withUTF8 { day in  // digits and hyphens: nothing to escape
            line(predicate.nTriplesLiteral, room: day.count &+ end.count) { object in
                object.put(day)
                object.put(runsOf: end)
            }
        }
    }

    mutating func end() {}

    /// Appends a line: the subject, `predicate` (what follows the
    /// subject's id up to the object), and what `object` puts, at most `room`
    /// bytes. (Here and in the callers, the sums of lengths of bytes in memory
    /// cannot overflow, and are not checked.)
    @inline(__always)
    private mutating func line(
        _ predicate: UnsafeBufferPointer<UInt8>, room: Int, _ object: (inout BytePiece) -> Void
    ) {
        let subject = subject
        out.append(atMost: subject.count &+ predicate.count &+ room &+ ByteWords.runOverrun) { line in
            line.put(runsOf: subject)
            line.put(runsOf: predicate)
            object(&line)
        }
    }

    private static let subjectStartBytes = FixedBytes("<\(Identifier.resourceNamespace)")
    private static let resourceEndBytes = FixedBytes("> .\n")
    private static let stringEndBytes = FixedBytes("\" .\n")
    private static let integerEndBytes = FixedBytes("\"^^<\(RDFVocabulary.xsdInteger)> .\n")
    private static let dateEndBytes = FixedBytes("\"^^<\(RDFVocabulary.xsdDate)> .\n")
    private static let termEndBytes = FixedBytes(" .\n")
    private static let trueLine = FixedBytes("\"true\"^^<\(RDFVocabulary.xsdBoolean)> .\n")
    private static let falseLine = FixedBytes("\"false\"^^<\(RDFVocabulary.xsdBoolean)> .\n")
}

/// Memory of its own in which two runs of bytes are joined, reused from
/// one join to the next (grown when too small) and freed with it: where
/// ``NTriplesSink`` renders the start of its current subject's lines. The
/// memory has ``ExportSupport/ByteWords/runOverrun`` bytes more, so that a
/// join may be copied in runs (``ExportSupport/BytePiece/put(runsOf:)``).
private final class JoinedBytes {
    /// The memory.
    private var base: UnsafeMutablePointer<UInt8>
    /// How many bytes it holds.
    private var capacity = 128

    init() { base = Self.allocate(capacity) }

    deinit { base.deallocate() }

    /// Memory for `capacity` bytes and the padding, zeros.
    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + ByteWords.runOverrun)
        memory.initialize(repeating: 0, count: capacity + ByteWords.runOverrun)
        return memory
    }

    /// `first` followed by `second`, in this memory: valid until the next join.
    func join(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let count = first.count + second.count
        if count > capacity {
            base.deallocate()
            capacity = max(count, 2 * capacity)
            base = Self.allocate(capacity)
        }
        if let start = first.baseAddress { base.initialize(from: start, count: first.count) }
        if let start = second.baseAddress { (base + first.count).initialize(from: start, count: second.count) }
        return UnsafeBufferPointer(start: base, count: count)
    }
}
