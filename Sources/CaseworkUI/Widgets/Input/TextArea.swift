/// Several lines of text (a note, an assessment, a plan step), wrapped at spaces to the area's width by display
/// width (a CJK character takes two columns, a combining mark none).
/// Keys: characters insert (a paste arrives as characters and Enters, and undoes as one); Enter starts a new line;
/// ← → move by character, Ctrl-← Ctrl-→ by word, ↑ ↓ by wrapped row (keeping the column), PgUp PgDn by ten rows,
/// Home End to the ends of the line; Backspace and Del join lines at their ends; Ctrl-Z undoes, Ctrl-Y redoes;
/// Esc is `.cancelled`; the screen saves on its own key (Ctrl-S), which is `.ignored` here.
public struct TextArea: Hashable, Sendable {
    public private(set) var lines: [[Character]]
    public private(set) var line = 0
    /// Grapheme index within the current line.
    public private(set) var column = 0
    /// Columns the text wraps at for ↑ ↓: the owner sets it to the width it draws the area at.
    public var width: Int
    /// At most this many characters (line breaks count); typing or pasting past it stops there.
    public var limit: Int?

    /// The display column ↑ and ↓ aim for, kept while they are pressed in a row.
    private var goal: Int?
    private var undoStack: [Snapshot] = []
    private var redoStack: [Snapshot] = []
    /// The kind of the edit in progress: a run of one kind undoes as one step.
    private var run: Run?

    static let undoDepth = 200

    private struct Snapshot: Hashable, Sendable {
        var lines: [[Character]]
        var line: Int
        var column: Int
    }

    private enum Run: Hashable, Sendable { case typing, deleting }

    public init(_ text: String = "", width: Int = 60, limit: Int? = nil) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        line = lines.count - 1
        column = lines[line].count
        self.width = max(1, width)
        self.limit = limit
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    public var isEmpty: Bool { lines.allSatisfy(\.isEmpty) }
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }
    /// Characters held, line breaks included.
    public var count: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

    public mutating func handle(_ key: Key) -> WidgetOutcome {
        if key != .up, key != .down, key != .pageUp, key != .pageDown { goal = nil }
        switch key {
        case .character(let c):
            if column > 0, DisplayWidth.of(c) == 0, let joined = Character.joining(lines[line][column - 1], c) {
                begin(.typing)
                lines[line][column - 1] = joined
                return .handled
            }
            guard hasRoom(1) else { return .handled }
            begin(.typing)
            lines[line].insert(c, at: column)
            column += 1
        case .enter:
            guard hasRoom(1) else { return .handled }
            begin(.typing)
            breakLine()
        case .backspace:
            guard column > 0 || line > 0 else { return .handled }
            begin(.deleting)
            if column > 0 {
                lines[line].remove(at: column - 1)
                column -= 1
            } else {
                column = lines[line - 1].count
                lines[line - 1] += lines.remove(at: line)
                line -= 1
            }
        case .delete:
            guard column < lines[line].count || line + 1 < lines.count else { return .handled }
            begin(.deleting)
            if column < lines[line].count {
                lines[line].remove(at: column)
            } else {
                lines[line] += lines.remove(at: line + 1)
            }
        case .left:
            run = nil
            if column > 0 { column -= 1 } else if line > 0 { line -= 1; column = lines[line].count }
        case .right:
            run = nil
            if column < lines[line].count { column += 1 } else if line + 1 < lines.count { line += 1; column = 0 }
        case .wordLeft: wordLeft()
        case .wordRight: wordRight()
        case .up: moveRows(by: -1)
        case .down: moveRows(by: 1)
        case .pageUp: moveRows(by: -10)
        case .pageDown: moveRows(by: 10)
        case .home, .control("a"):
            run = nil
            column = 0
        case .end, .control("e"):
            run = nil
            column = lines[line].count
        case .control("z"): undo()
        case .control("y"): redo()
        case .escape: return .cancelled
        default: return .ignored
        }
        return .handled
    }

    /// Inserts text at the cursor as one undoable step: a paste of several lines.
    public mutating func insert(_ text: String) {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard !normalised.isEmpty else { return }
        run = nil
        begin(.typing)
        run = nil
        for character in normalised {
            guard hasRoom(1) else { break }
            if character == "\n" {
                breakLine()
            } else {
                lines[line].insert(character, at: column)
                column += 1
            }
        }
    }

    public mutating func undo() {
        guard let last = undoStack.popLast() else { return }
        redoStack.append(snapshot)
        restore(last)
    }

    public mutating func redo() {
        guard let next = redoStack.popLast() else { return }
        undoStack.append(snapshot)
        restore(next)
    }

    // MARK: - editing

    private var snapshot: Snapshot { Snapshot(lines: lines, line: line, column: column) }

    private mutating func restore(_ state: Snapshot) {
        lines = state.lines
        line = state.line
        column = state.column
        run = nil
        goal = nil
    }

    /// Starts an undo step unless the edit continues a run of the same kind.
    private mutating func begin(_ kind: Run) {
        guard run != kind else { return }
        undoStack.append(snapshot)
        if undoStack.count > Self.undoDepth { undoStack.removeFirst() }
        redoStack.removeAll()
        run = kind
    }

    private func hasRoom(_ more: Int) -> Bool { limit.map { count + more <= $0 } ?? true }

    private mutating func breakLine() {
        let rest = Array(lines[line][column...])
        lines[line].removeLast(rest.count)
        lines.insert(rest, at: line + 1)
        line += 1
        column = 0
    }

    // MARK: - moving

    private static func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "_" }

    /// Back to the start of this word or the one before, across line ends.
    private mutating func wordLeft() {
        run = nil
        if column == 0 {
            guard line > 0 else { return }
            line -= 1
            column = lines[line].count
            return
        }
        let characters = lines[line]
        while column > 0, !Self.isWord(characters[column - 1]) { column -= 1 }
        while column > 0, Self.isWord(characters[column - 1]) { column -= 1 }
    }

    /// On to the end of this word or the next, across line ends.
    private mutating func wordRight() {
        run = nil
        let characters = lines[line]
        if column == characters.count {
            guard line + 1 < lines.count else { return }
            line += 1
            column = 0
            return
        }
        while column < characters.count, !Self.isWord(characters[column]) { column += 1 }
        while column < characters.count, Self.isWord(characters[column]) { column += 1 }
    }

    /// Every wrapped row at `width`: its line and grapheme range.
    func rows(width: Int) -> [(line: Int, range: Range<Int>)] {
        lines.enumerated().flatMap { index, characters in TextWrap.rows(characters, width: width).map { (index, $0) } }
    }

    /// The row the cursor is on: the one it falls inside, or the end of its line's last row.
    static func cursorRow(_ rows: [(line: Int, range: Range<Int>)], line: Int, column: Int) -> Int {
        var found = 0
        for (index, row) in rows.enumerated() where row.line == line {
            found = index
            if row.range.contains(column) { return index }
        }
        return found
    }

    private func displayColumn(in row: Range<Int>, of line: Int, upTo column: Int) -> Int {
        lines[line][row.lowerBound..<min(column, row.upperBound)].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// Up or down by wrapped rows, aiming for the column the cursor started from.
    private mutating func moveRows(by delta: Int) {
        run = nil
        let rows = rows(width: width)
        let current = Self.cursorRow(rows, line: line, column: column)
        let aim = goal ?? displayColumn(in: rows[current].range, of: line, upTo: column)
        let target = max(0, min(rows.count - 1, current + delta))
        guard target != current else {
            column = delta < 0 ? 0 : lines[line].count
            return
        }
        let row = rows[target]
        let characters = lines[row.line]
        var position = row.range.lowerBound, used = 0
        let lastRowOfLine = row.range.upperBound == characters.count
        let end = lastRowOfLine ? row.range.upperBound : max(row.range.lowerBound, row.range.upperBound - 1)
        while position < end, used + DisplayWidth.of(characters[position]) <= aim {
            used += DisplayWidth.of(characters[position])
            position += 1
        }
        line = row.line
        column = position
        goal = aim
    }

    // MARK: - drawing

    /// Wrapped rows, scrolled so the cursor's row is on screen; the cursor is a reversed cell when focused. A cursor
    /// at the end of a full row gets a row of its own, so it is always visible.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, style: Style = .field) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: style)
        var rows = rows(width: area.width)
        var cursorRow = Self.cursorRow(rows, line: line, column: column)
        let atRowEnd = column == rows[cursorRow].range.upperBound
        if focused, atRowEnd, displayColumn(in: rows[cursorRow].range, of: line, upTo: column) >= area.width {
            rows.insert((line, column..<column), at: cursorRow + 1)
            cursorRow += 1
        }
        let top = max(0, cursorRow - area.height + 1)
        for offset in 0..<min(area.height, rows.count - top) {
            let row = rows[top + offset]
            var x = area.x
            let y = area.y + offset
            for index in row.range {
                let isCursor = focused && row.line == line && index == column
                x += buffer.put(String(lines[row.line][index]), x: x, y: y, limit: area.maxX - x, style: isCursor ? .cursor : style)
            }
            if focused, top + offset == cursorRow, row.line == line, column == row.range.upperBound, x < area.maxX {
                buffer.put(" ", x: x, y: y, style: .cursor)
            }
        }
    }
}
