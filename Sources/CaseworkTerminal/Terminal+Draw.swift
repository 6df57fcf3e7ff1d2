import CNcursesw
import CaseworkUI

extension Terminal {
    /// Copies a buffer to the screen, one cell at a time, clipped to the terminal: cells unchanged since the last
    /// draw are skipped, the right half of a wide glyph is left to ncurses, and the screen is updated once.
    public func draw(_ buffer: Buffer) {
        let (columns, rows) = size
        let previous = shown.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
        if previous == nil { werase(cw_stdscr()) }
        for y in 0..<min(rows, buffer.height) {
            for x in 0..<min(columns, buffer.width) {
                let cell = buffer[x: x, y: y]
                if cell.isContinuation { continue }
                if let previous, previous[x: x, y: y] == cell, x + 1 >= buffer.width || previous[x: x + 1, y: y] == buffer[x: x + 1, y: y] {
                    continue
                }
                // A wide glyph cut by the terminal's right edge would wrap: draw a space instead.
                let fits = x + Int(cell.width) <= columns
                put(fits ? cell.text : " ", style: cell.style, x: x, y: y)
            }
        }
        shown = buffer
        wnoutrefresh(cw_stdscr())
        doupdate()
    }

    private func put(_ text: String, style: Style, x: Int, y: Int) {
        var characters = text.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        let (attributes, pair) = palette.attributes(style)
        var cell = cchar_t()
        setcchar(&cell, characters, attributes, pair, nil)
        mvwadd_wch(cw_stdscr(), Int32(y), Int32(x), &cell)
    }
}

extension Terminal {
    /// What ncurses believes row `y` of the screen shows (its `curscr`): base and combining characters of each
    /// cell, wide glyphs once. The headless tests compare it with the buffer drawn.
    func screenText(row y: Int) -> String {
        let capacity = size.width * Int(CCHARW_MAX) + 1
        var characters = [wchar_t](repeating: 0, count: capacity)
        let count = mvwinnwstr(cw_curscr(), Int32(y), 0, &characters, Int32(capacity - 1))
        guard count != cw_err() else { return "" }
        var text = ""
        for value in characters.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { text.unicodeScalars.append(scalar) }
        }
        return text
    }
}
