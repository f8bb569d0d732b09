import Foundation

/// Deterministic node ids and IRIs.
///
/// An id depends only on the node's type and canonical name, so separate runs
/// over separate inputs mint the same id for the same entity:
///
///     Identifier.slug("Wolodymyr Selenskyj")          // "wolodymyr-selenskyj"
///     Identifier.nodeID(.person, "Wolodymyr Selenskyj") // "person-wolodymyr-selenskyj"
///     Identifier.iri(for: "person-wolodymyr-selenskyj")
///     // "https://w3id.org/newsgraph/id/person-wolodymyr-selenskyj"
///
/// Ids are XML NMTOKENs (ASCII letters, digits, `-`), so they are valid
/// GraphML and GEXF ids and need no escaping in IRIs.
public enum Identifier {
    /// The namespace of the NewsGraph ontology (classes and properties).
    public static let ontologyNamespace = "https://w3id.org/newsgraph/ontology#"
    /// The namespace of the resources (nodes, edges, documents) of an export.
    public static let resourceNamespace = "https://w3id.org/newsgraph/id/"

    /// A lower-case ASCII slug: German umlauts spelled out (`ü` → `ue`, `ß` → `ss`),
    /// other accents dropped, every other run of characters turned into one `-`.
    /// Text with no Latin letters or digits gives an empty slug.
    public static func slug(_ text: String) -> String {
        var text = text
        if let fast = text.withUTF8(germanSlug) { return fast }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func emit(_ piece: String) {
            if pendingDash && !out.isEmpty { out.append("-") }
            pendingDash = false
            out.append(piece)
        }
        for character in text.lowercased() {
            if let ascii = character.asciiValue {
                // The common case: an ASCII letter or digit is kept, anything else separates.
                if (0x61...0x7A).contains(ascii) || (0x30...0x39).contains(ascii) {
                    emit(String(character))
                } else {
                    pendingDash = true
                }
                continue
            }
            switch character {
            case "ä": emit("ae"); continue
            case "ö": emit("oe"); continue
            case "ü": emit("ue"); continue
            case "ß": emit("ss"); continue
            default: break
            }
            // Decompose and keep the ASCII base letter of accented letters.
            let base = String(character).decomposedASCIIBase
            if let base {
                emit(base)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// ``slug(_:)`` of UTF-8 text of ASCII, German umlauts and `ß`, on its bytes; nil
    /// for text with any other byte (accents and combining marks take the general way).
    private static func germanSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var pendingDash = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            var second: UInt8?
            let first: UInt8
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                first = byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                first = byte + 0x20
            case ..<0x80:
                pendingDash = true
                continue
            case 0xC3 where index < bytes.count:
                // ä Ä, ö Ö, ü Ü, ß in UTF-8: C3 and one more byte.
                switch bytes[index] {
                case 0xA4, 0x84: (first, second) = (UInt8(ascii: "a"), UInt8(ascii: "e"))
                case 0xB6, 0x96: (first, second) = (UInt8(ascii: "o"), UInt8(ascii: "e"))
                case 0xBC, 0x9C: (first, second) = (UInt8(ascii: "u"), UInt8(ascii: "e"))
                case 0x9F: (first, second) = (UInt8(ascii: "s"), UInt8(ascii: "s"))
                default: return nil
                }
                index += 1
            default:
                return nil
            }
            if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            out.append(first)
            if let second { out.append(second) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The id of an entity node: type, then slug of the canonical name, or a
    /// hash of the name where the slug would be empty.
    public static func nodeID(_ type: NodeType, _ canonicalName: String) -> String {
        let slug = slug(canonicalName)
        let body = slug.isEmpty ? "h" + StableHash.hex(canonicalName) : String(slug.prefix(96))
        return type.idPrefix + body
    }

    /// The id of a node whose identity is its content (Statements) or its
    /// scope (unnamed sources, per document): type, then a hash of `key`.
    public static func hashedID(_ type: NodeType, key: String) -> String {
        hashedID(type, hash: StableHash.fnv1a(key))
    }

    /// ``hashedID(_:key:)`` of a key whose ``StableHash`` is `hash`.
    public static func hashedID(_ type: NodeType, hash: UInt64) -> String {
        StableHash.hex(hash, after: type.idPrefix)
    }

    /// The IRI of a node or edge in the RDF export.
    public static func iri(for id: String) -> String { resourceNamespace + id }
}

extension String {
    /// The ASCII letters and digits of a one-character string after canonical
    /// decomposition (`é` → `e`), or nil when it has none.
    fileprivate var decomposedASCIIBase: String? {
        var result = ""
        for scalar in decomposedStringWithCanonicalMapping.unicodeScalars where scalar.isASCII {
            let value = scalar.value
            if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result.isEmpty ? nil : result
    }
}
