/// Fitting text to a number of columns by display width, never splitting a grapheme.
public enum TextFit {
    public static let ellipsis: Character = "…"

    /// The longest prefix that fits in `width` columns, with "…" as its last column when anything was cut;
    /// a space left before the "…" goes, so a cut reads "Watford Housing…", not "Watford Housing …".
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
        var kept = text[..<end]
        while kept.last == " " { kept = kept.dropLast() }
        return String(kept) + String(ellipsis)
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

extension TextFit {
    /// Lines of at most `width` columns, broken at spaces where possible; explicit newlines are kept.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var piece = String(word)
                var pieceWidth = DisplayWidth.of(piece)
                let gap = line.isEmpty ? 0 : 1
                if lineWidth + gap + pieceWidth <= width {
                    line += (gap == 1 ? " " : "") + piece
                    lineWidth += gap + pieceWidth
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                // A word longer than the line is cut by columns.
                while pieceWidth > width {
                    let head = prefix(piece, columns: width)
                    lines.append(head)
                    piece = String(piece.dropFirst(head.count))
                    pieceWidth = DisplayWidth.of(piece)
                }
                line = piece
                lineWidth = pieceWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest prefix of `text` within `columns` columns (at least one grapheme, so progress is made).
    static func prefix(_ text: String, columns: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = DisplayWidth.of(text[index])
            if used + width > columns, used > 0 { break }
            used += width
            end = text.index(after: index)
        }
        return String(text[..<end])
    }
}
