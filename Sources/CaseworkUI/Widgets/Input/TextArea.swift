/// Several lines of text (a contact note), wrapped at word boundaries to the area's width (in display columns) when drawn.
/// Keys: characters insert; Enter starts a new line; arrows, Home End, PgUp PgDn move; Backspace and Del join
/// lines at their ends; Esc is `.cancelled`; the screen saves on its own key (Ctrl-S), which is `.ignored` here.
public struct TextArea: Hashable, Sendable {
    public private(set) var lines: [[Character]]
    public private(set) var line = 0
    /// Grapheme index within the current line.
    public private(set) var column = 0

    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        line = lines.count - 1
        column = lines[line].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    public var isEmpty: Bool { lines.allSatisfy(\.isEmpty) }

    public mutating func handle(_ key: Key) -> WidgetOutcome {
        switch key {
        case .character(let c):
            if column > 0, DisplayWidth.of(c) == 0, let joined = Character.joining(lines[line][column - 1], c) {
                lines[line][column - 1] = joined
                return .handled
            }
            lines[line].insert(c, at: column)
            column += 1
        case .enter:
            let rest = Array(lines[line][column...])
            lines[line].removeLast(rest.count)
            lines.insert(rest, at: line + 1)
            line += 1
            column = 0
        case .backspace:
            if column > 0 {
                lines[line].remove(at: column - 1)
                column -= 1
            } else if line > 0 {
                column = lines[line - 1].count
                lines[line - 1] += lines.remove(at: line)
                line -= 1
            }
        case .delete:
            if column < lines[line].count {
                lines[line].remove(at: column)
            } else if line + 1 < lines.count {
                lines[line] += lines.remove(at: line + 1)
            }
        case .left:
            if column > 0 { column -= 1 } else if line > 0 { line -= 1; column = lines[line].count }
        case .right:
            if column < lines[line].count { column += 1 } else if line + 1 < lines.count { line += 1; column = 0 }
        case .up: moveLine(by: -1)
        case .down: moveLine(by: 1)
        case .pageUp: moveLine(by: -10)
        case .pageDown: moveLine(by: 10)
        case .home, .control("a"): column = 0
        case .end, .control("e"): column = lines[line].count
        case .escape: return .cancelled
        default: return .ignored
        }
        return .handled
    }

    private mutating func moveLine(by delta: Int) {
        line = max(0, min(lines.count - 1, line + delta))
        column = min(column, lines[line].count)
    }

    /// Wrapped lines, scrolled so the cursor's row is on screen; the cursor is a reversed cell when focused.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, style: Style = .field) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: style)
        // Each visual row: (logical line, first grapheme, end grapheme).
        var rows: [(line: Int, start: Int, end: Int)] = []
        var cursorRow = 0
        for (index, characters) in lines.enumerated() {
            var start = 0
            repeat {
                var end = start
                var used = 0
                while end < characters.count, used + DisplayWidth.of(characters[end]) <= area.width {
                    used += DisplayWidth.of(characters[end])
                    end += 1
                }
                if end == start, end < characters.count { end += 1 }
                // Lines break after a space, as they read: a word moves down whole unless it is wider than the area.
                if end < characters.count, characters[end] == " " {
                    end += 1
                } else if end < characters.count, let space = (start..<end).last(where: { characters[$0] == " " }) {
                    end = space + 1
                }
                let broken = end < characters.count
                if index == line, column >= start, column < end || (column == end && !broken) { cursorRow = rows.count }
                rows.append((index, start, end))
                start = end
            } while start < characters.count
        }
        let top = max(0, cursorRow - area.height + 1)
        for offset in 0..<min(area.height, rows.count - top) {
            let row = rows[top + offset]
            var x = area.x
            let y = area.y + offset
            for index in row.start..<row.end {
                let isCursor = focused && row.line == line && index == column
                x += buffer.put(String(lines[row.line][index]), x: x, y: y, limit: area.maxX - x, style: isCursor ? .cursor : style)
            }
            if focused, row.line == line, column == row.end, top + offset == cursorRow, x < area.maxX {
                buffer.put(" ", x: x, y: y, style: .cursor)
            }
        }
    }
}
