/// A screen's worth of cells. Screens draw into it; the terminal backend copies it out; tests read it as text.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x x: Int, y y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` from column `x` of row `y`, clipped to `limit` columns and the buffer's edge.
    /// A 2-column glyph that would cross the limit becomes a space. Returns the columns written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, limit: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        outer: for character in text {
            var stop = false
            DisplayWidth.forEachGlyph(in: character) { glyph in
                guard !stop else { return }
                if column + glyph.width > end {
                    if column < end, column >= 0 { place(Glyph(text: " ", width: 1), x: column, y: y, style: style); column += 1 }
                    stop = true
                    return
                }
                if column >= 0 { place(glyph, x: column, y: y, style: style) }
                column += glyph.width
            }
            if stop || column >= end { break outer }
        }
        return max(0, column - max(x, 0))
    }

    /// Writes `text` into a one-row rectangle: cut with "…" when too long, aligned, the rest filled with spaces.
    public mutating func put(_ text: String, in rect: Rect, alignment: Alignment = .left, style: Style = .normal) {
        guard !rect.isEmpty else { return }
        let fitted: String
        switch alignment {
        case .left: fitted = TextFit.padRight(text, to: rect.width)
        case .right: fitted = TextFit.padLeft(text, to: rect.width)
        case .center: fitted = TextFit.center(text, in: rect.width)
        }
        let written = put(fitted, x: rect.x, y: rect.y, limit: rect.width, style: style)
        if written < rect.width {
            fill(Rect(x: rect.x + written, y: rect.y, width: rect.width - written, height: 1), style: style)
        }
    }

    public enum Alignment: Sendable { case left, right, center }

    /// Fills a rectangle (clipped to the buffer) with one character.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let line = String(repeating: character, count: max(0, rect.width))
        for y in rect.y..<rect.maxY {
            put(line, x: rect.x, y: y, limit: rect.width, style: style)
        }
    }

    /// A horizontal rule across a rectangle's first row.
    public mutating func horizontalLine(_ rect: Rect, style: Style = .muted) {
        fill(rect.row(0), with: "─", style: style)
    }

    /// A single-line frame around the edge of `rect`, its inside cleared, with an optional title on the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .dialog) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        fill(rect, style: style)
        let inner = rect.width - 2
        put("┌" + String(repeating: "─", count: inner) + "┐", x: rect.x, y: rect.y, limit: rect.width, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put("│", x: rect.x, y: y, style: style)
            put("│", x: rect.maxX - 1, y: y, style: style)
        }
        put("└" + String(repeating: "─", count: inner) + "┘", x: rect.x, y: rect.maxY - 1, limit: rect.width, style: style)
        if let title, inner > 4 {
            put(" " + TextFit.truncate(title, to: inner - 4) + " ", x: rect.x + 2, y: rect.y, limit: inner - 2, style: style.bolded)
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the text (selection bars, cursors).
    public mutating func restyle(_ rect: Rect, _ change: (Style) -> Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x].style = change(cells[y * width + x].style)
            }
        }
    }

    public mutating func restyle(_ rect: Rect, to style: Style) { restyle(rect) { _ in style } }

    /// Each row as text, continuation cells skipped.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += cells[y * width + x].text }
            return line
        }
    }

    /// The text form tests compare: the size, each row between bars, then each cell's style role as one character.
    public var snapshot: String {
        var out = "size \(width)x\(height)\n"
        for line in lines { out += "|" + line + "|\n" }
        out += "styles\n"
        for y in 0..<height {
            out += "|"
            for x in 0..<width { out.append(cells[y * width + x].style.tone.code) }
            out += "|\n"
        }
        return out
    }

    /// Puts one glyph, turning any wide glyph it half-covers into a space so no cell is left orphaned.
    mutating func place(_ glyph: Glyph, x: Int, y: Int, style: Style) {
        let row = y * width
        func clear(_ column: Int) {
            guard column >= 0, column < width else { return }
            cells[row + column] = .blank(cells[row + column].style)
        }
        if cells[row + x].isContinuation { clear(x - 1) }
        let last = x + glyph.width - 1
        if last + 1 < width, cells[row + last + 1].isContinuation { clear(last + 1) }
        cells[row + x] = Cell(text: glyph.text, width: UInt8(glyph.width), style: style)
        if glyph.width == 2 { cells[row + x + 1] = .continuation(style) }
    }
}
