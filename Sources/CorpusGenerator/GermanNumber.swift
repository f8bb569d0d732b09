/// Numbers as German news prints them: `11.000`, `2,5`.
enum GermanNumber {
    /// Thousands separated by dots: `11000` → `11.000`, `950` → `950`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// Tenths with a decimal comma: `25` → `2,5`, `30` → `3`.
    static func tenths(_ value: Int) -> String {
        value % 10 == 0 ? grouped(value / 10) : "\(grouped(value / 10)),\(value % 10)"
    }
}
