import Foundation

/// Typed access to the fields of one JSON object parsed by `JSONSerialization`,
/// with a clear error when a field holds the wrong kind of value. `null` counts as absent.
struct JSONFields: ArticleFieldSource {
    let object: [String: Any]
    let origin: String

    func string(_ field: ArticleField) throws(InputError) -> String? {
        guard let value = object[field.name], !(value is NSNull) else { return nil }
        guard let string = value as? String else { throw wrongType(field, value, expected: "a string") }
        return string
    }

    func identifier(_ field: ArticleField) throws(InputError) -> String? {
        guard let value = object[field.name], !(value is NSNull) else { return nil }
        if let string = value as? String { return string }
        if let number = value as? NSNumber, !Self.isBoolean(number) {
            let double = number.doubleValue
            if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
            return number.stringValue
        }
        throw wrongType(field, value, expected: "a string or a number")
    }

    func isPresent(_ field: ArticleField) -> Bool {
        guard let value = object[field.name] else { return false }
        return !(value is NSNull)
    }

    private func wrongType(_ field: ArticleField, _ value: Any, expected: String) -> InputError {
        InputError(origin: origin, reason: "field \"\(field.name)\" is \(Self.kind(of: value)), expected \(expected)")
    }

    /// `a string`, `a number`, `a boolean`, `an array`, `an object`.
    static func kind(of value: Any) -> String {
        switch value {
        case is String: "a string"
        case let number as NSNumber: isBoolean(number) ? "a boolean" : "a number"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        default: "of an unknown type"
        }
    }

    /// Whether JSONSerialization made this number from `true` or `false`.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
