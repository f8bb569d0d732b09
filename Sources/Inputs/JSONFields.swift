import Foundation

/// Typed access to the fields of one JSON object, with a clear error when a
/// field holds the wrong kind of value. `null` counts as absent.
struct JSONFields {
    let object: [String: Any]
    let origin: String

    /// The string in `key`; nil when absent or null.
    func string(_ key: String) throws(InputError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let string = value as? String else { throw wrongType(key, value, expected: "a string") }
        return string
    }

    /// The string in `key`, or a number written as text (`42`, `3.5`); nil when absent or null.
    func identifier(_ key: String) throws(InputError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        if let string = value as? String { return string }
        if let number = value as? NSNumber, !Self.isBoolean(number) {
            let double = number.doubleValue
            if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
            return number.stringValue
        }
        throw wrongType(key, value, expected: "a string or a number")
    }

    /// The first of `keys` that holds a string with something other than white space.
    func firstNonBlank(_ keys: [String]) throws(InputError) -> String? {
        for key in keys {
            if let value = try string(key), value.contains(where: { !$0.isWhitespace }) { return value }
        }
        return nil
    }

    private func wrongType(_ key: String, _ value: Any, expected: String) -> InputError {
        InputError(origin: origin, reason: "field \"\(key)\" is \(Self.kind(of: value)), expected \(expected)")
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
