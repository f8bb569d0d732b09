/// Why a gazetteer file could not be read.
public enum GazetteerError: Error, Equatable, CustomStringConvertible {
    /// A row has too few columns, an empty name or an unknown type.
    case badRow(file: String, row: String)

    /// The file and the row, for the user.
    public var description: String {
        switch self {
        case .badRow(let file, let row): "gazetteer \(file): bad row \"\(row)\""
        }
    }
}
