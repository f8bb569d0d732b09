/// Colour notation shared by the styles.
enum Colour {
    /// `#RRGGBB` for channels 0–255 (clamped).
    static func hex(_ red: Int, _ green: Int, _ blue: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        var out = "#"
        for channel in [red, green, blue] {
            let value = min(max(channel, 0), 255)
            out.append(digits[value / 16])
            out.append(digits[value % 16])
        }
        return out
    }
}
