import CLibXML2

/// libxml2's global set-up, which must run once before any other call and
/// is not thread-safe itself; a `static let` makes it run exactly once.
enum LibXML2 {
    /// True once `xmlInitParser` has run; read it before calling libxml2.
    static let isReady: Bool = {
        xmlInitParser()
        return true
    }()
}
