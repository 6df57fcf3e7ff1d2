/// How a line of text breaks into rows of at most `width` display columns: after the last space that fits, or
/// inside a word longer than a row. A space that reaches past the edge stays at the end of its row, so a row
/// never starts with the space that ended the one before. Widths come from `DisplayWidth` (CJK 2, marks 0).
enum TextWrap {
    /// Each row as a range of grapheme indices into `characters`; an empty line is one empty row.
    static func rows(_ characters: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        guard !characters.isEmpty else { return [0..<0] }
        var rows: [Range<Int>] = []
        var start = 0, used = 0, lastSpace: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let columns = DisplayWidth.of(character)
            if used + columns > width, index > start {
                if character == " " {
                    rows.append(start..<index + 1)
                    start = index + 1
                    used = 0
                    lastSpace = nil
                    index += 1
                    continue
                }
                if let space = lastSpace, space >= start {
                    rows.append(start..<space + 1)
                    start = space + 1
                } else {
                    rows.append(start..<index)
                    start = index
                }
                used = characters[start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            used += columns
            index += 1
        }
        rows.append(start..<characters.count)
        return rows
    }
}
