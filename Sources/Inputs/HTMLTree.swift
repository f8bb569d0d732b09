import CLibXML2
import Foundation

/// An HTML document as a flat array of element and text nodes in document
/// order, copied out of libxml2's tree. The subtree of node `i` is the range
/// `i..<nodes[i].end`, so every walk is a loop that can jump over subtrees:
/// no recursion, whatever the nesting.
struct HTMLTree {
    /// One element or text node.
    struct Node {
        /// The element name in lower case; empty for text.
        var name: String
        /// The text of a text (or CDATA) node; empty for an element.
        var text: String
        /// The attributes the readers look at (see `keptAttributes`), names in lower case.
        var attributes: [String: String]
        /// The index of the parent element; -1 at the top.
        var parent: Int
        /// One past the last index of this node's subtree.
        var end: Int

        /// Whether this is a text node.
        var isText: Bool { name.isEmpty }
    }

    /// The nodes in document order.
    private(set) var nodes: [Node]

    /// The attributes worth keeping; the others are dropped to save memory.
    private static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "property", "name", "content", "rel", "href", "datetime", "type",
        "hidden", "aria-hidden", "style",
    ]

    /// Parses `data` with libxml2's forgiving HTML parser, in `encoding` when given
    /// (else as libxml2 detects it). The network, DTDs and entity expansion stay off;
    /// libxml2 stops at nesting depth 256, which leaves the part read so far.
    /// Nil when libxml2 gives up entirely.
    init?(parsing data: Data, encoding: String?) {
        guard LibXML2.isReady, !data.isEmpty, data.count <= Int(Int32.max) else { return nil }
        newsgraph_xmlSilenceErrors()
        var options =
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let document = data.withUnsafeBytes { bytes in
            htmlReadMemory(
                bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, encoding,
                Int32(bitPattern: options))
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        nodes = Self.flatten(document)
    }

    /// The element and text nodes under `document`, in document order, by an iterative walk.
    private static func flatten(_ document: htmlDocPtr) -> [Node] {
        var nodes: [Node] = []
        var open: [Int] = []
        let documentNode = UnsafeMutableRawPointer(document)
        var current = document.pointee.children
        walk: while let node = current {
            var descend = false
            let index = nodes.count
            let parent = open.last ?? -1
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? "?"
                nodes.append(
                    Node(
                        name: name.isEmpty ? "?" : name, text: "", attributes: attributes(of: node, in: document),
                        parent: parent, end: index + 1))
                if node.pointee.children != nil {
                    open.append(index)
                    descend = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = node.pointee.content.map { String(cString: $0) } ?? ""
                nodes.append(Node(name: "", text: text, attributes: [:], parent: parent, end: index + 1))
            default:
                break
            }
            if descend {
                current = node.pointee.children
                continue
            }
            var cursor = node
            while cursor.pointee.next == nil {
                guard let up = cursor.pointee.parent, UnsafeMutableRawPointer(up) != documentNode, !open.isEmpty else {
                    break walk
                }
                nodes[open.removeLast()].end = nodes.count
                cursor = up
            }
            current = cursor.pointee.next
        }
        for index in open { nodes[index].end = nodes.count }
        return nodes
    }

    /// The kept attributes of an element.
    private static func attributes(of node: xmlNodePtr, in document: htmlDocPtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            guard keptAttributes.contains(name), result[name] == nil else { continue }
            if let value = xmlNodeListGetString(document, current.pointee.children, 1) {
                result[name] = String(cString: value)
                newsgraph_xmlFree(value)
            } else {
                result[name] = ""
            }
        }
        return result
    }

    /// The number of nodes.
    var count: Int { nodes.count }

    /// The node at `index`.
    subscript(index: Int) -> Node { nodes[index] }

    /// The raw text of the subtree at `index`: its text nodes joined.
    func rawText(of index: Int) -> String {
        var text = ""
        for node in nodes[index..<nodes[index].end] where node.isText { text += node.text }
        return text
    }
}
