import Foundation
import Lexicons

/// The verbs of one lexicon file (`speech-verbs.tsv`, `denial-verbs.tsv`,
/// `deployment-verbs.tsv`) and their forms.
///
/// A verb without particle matches in all its forms. A separable verb's bare
/// forms (`teilte`) match only when its particle closes the clause
/// (`teilte ... mit`); particle + form (`mitteilte`), particle + participle
/// (`mitgeteilt`) and particle + `zu` + infinitive (`mitzuteilen`) match alone.
public struct VerbLexicon: Sendable {
    /// The verbs.
    public private(set) var entries: [VerbEntry] = []
    /// Lower-cased forms that match alone → entries.
    private var joined: [String: [Int]] = [:]
    /// Lower-cased bare forms of separable verbs → entries.
    private var split: [String: [Int]] = [:]
    /// Forms that are past participles or infinitives (not finite).
    private var nonFinite: Set<String> = []
    /// Forms that are past participles (for passives: `wurde mitgeteilt`).
    private var participles: Set<String> = []
    /// Forms that are also finite (`erklärt`, `sagen`): finite unless an auxiliary precedes them in the clause.
    private var ambiguous: Set<String> = []
    /// Every form of `joined` and `split`, to turn most words away before hashing them.
    private var forms = WordFilter()

    /// Creates an empty lexicon.
    public init() {}

    /// Reads rows of `lemma, particle, frames, participle, forms` and, optionally, the object's prepositions (`von|über`).
    public init(rows: [[String]]) {
        for row in rows where row.count >= 5 {
            let particle = row[1] == "-" ? [] : row[1].lowercased().split(separator: " ").map(String.init)
            let prepositions = row.count > 5 && row[5] != "-" ? Set(row[5].lowercased().split(separator: "|").map(String.init)) : []
            let entry = VerbEntry(lemma: row[0], particle: particle, frames: VerbFrames(codes: row[2]), objectPrepositions: prepositions)
            let index = entries.count
            entries.append(entry)
            let participle = row[3] == "-" ? nil : row[3].lowercased()
            let forms = row[4].split(separator: "|").map { $0.lowercased() }
            let infinitive = particle.isEmpty ? row[0].lowercased() : String(row[0].lowercased().dropFirst(particle.joined().count))
            if particle.isEmpty {
                for form in forms + [participle].compactMap({ $0 }) { joined[form, default: []].append(index) }
                if let participle {
                    nonFinite.insert(participle)
                    participles.insert(participle)
                }
                nonFinite.insert(infinitive)
                // `erklärt` is also the third person, `sagen` also the plural.
                for form in forms where form == participle || form == infinitive { ambiguous.insert(form) }
                if let participle, participle.hasSuffix("t"), !participle.hasPrefix("ge") { ambiguous.insert(participle) }
                ambiguous.insert(infinitive)
            } else {
                for form in forms + [participle].compactMap({ $0 }) { split[form, default: []].append(index) }
                guard particle.count == 1, let word = particle.first else { continue }
                for form in forms { joined[word + form, default: []].append(index) }
                if let participle {
                    joined[word + participle, default: []].append(index)
                    nonFinite.insert(word + participle)
                    participles.insert(word + participle)
                    participles.insert(participle)
                }
                ambiguous.insert(word + infinitive)
                joined[word + "zu" + infinitive, default: []].append(index)
                nonFinite.insert(word + infinitive)
                nonFinite.insert(word + "zu" + infinitive)
            }
        }
        forms = WordFilter(Array(joined.keys) + Array(split.keys))
    }

    /// Loads a lexicon file.
    public static func load(_ name: String, from folder: URL?) throws -> VerbLexicon {
        VerbLexicon(rows: try LexiconFile.load(name, from: folder).rows)
    }

    /// The entries a form matches alone.
    public func joinedEntries(_ lower: String) -> [Int] { joined[lower] ?? [] }

    /// The separable entries whose bare form this is.
    public func splitEntries(_ lower: String) -> [Int] { split[lower] ?? [] }

    /// Whether the form is a participle or infinitive (the finite verb is elsewhere).
    public func isNonFinite(_ lower: String) -> Bool { nonFinite.contains(lower) }

    /// Whether the form is a past participle.
    public func isParticiple(_ lower: String) -> Bool { participles.contains(lower) }

    /// Whether the non-finite form is also a finite one (`erklärt`, `sagen`, `mitteilen`).
    public func isAmbiguous(_ lower: String) -> Bool { ambiguous.contains(lower) }

    /// Whether any entry has this form.
    public func contains(_ lower: String) -> Bool {
        forms.mayContain(lower) && (joined[lower] != nil || split[lower] != nil)
    }

    /// Every particle word of the separable entries.
    public var particles: Set<String> { Set(entries.flatMap(\.particle)) }
}
