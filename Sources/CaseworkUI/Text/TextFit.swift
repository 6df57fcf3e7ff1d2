/// Fitting text to a number of columns by display width, never splitting a grapheme.
public enum TextFit {
    public static let ellipsis: Character = "…"

    /// The longest prefix that fits in `width` columns, with "…" as its last column when anything was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let columns = DisplayWidth.of(text[index])
            if used + columns > width - 1 { break }
            used += columns
            end = text.index(after: index)
        }
        return String(text[..<end]) + String(ellipsis)
    }

    /// `text` cut to `width` and padded with spaces after it to exactly `width` columns.
    public static func padRight(_ text: String, to width: Int) -> String {
        let fitted = truncate(text, to: width)
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }

    /// `text` cut to `width` and padded with spaces before it to exactly `width` columns.
    public static func padLeft(_ text: String, to width: Int) -> String {
        let fitted = truncate(text, to: width)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted))) + fitted
    }

    /// `text` centred in `width` columns (the odd column goes to the right).
    public static func center(_ text: String, in width: Int) -> String {
        let fitted = truncate(text, to: width)
        let spare = max(0, width - DisplayWidth.of(fitted))
        return String(repeating: " ", count: spare / 2) + fitted + String(repeating: " ", count: spare - spare / 2)
    }
}
