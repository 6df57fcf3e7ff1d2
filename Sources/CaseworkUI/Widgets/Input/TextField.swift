/// A one-line text entry with a cursor, editing by grapheme so wide and accented letters move as one.
/// Keys: characters insert; ← → Home End Ctrl-A Ctrl-E move; Backspace Del Ctrl-U (to start) Ctrl-K (to end)
/// delete; Enter is `.submitted`, Esc `.cancelled`, anything else `.ignored`.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Grapheme index of the cursor, 0...characters.count.
    public private(set) var cursor: Int
    /// Most graphemes accepted; typing past it is refused.
    public var maxLength: Int?

    public init(_ text: String = "", maxLength: Int? = nil) {
        characters = Array(text)
        cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
        }
    }

    public mutating func handle(_ key: Key) -> WidgetOutcome {
        switch key {
        case .character(let c):
            // Terminals send a combining mark as its own key: join it to the letter before when they make one grapheme.
            if cursor > 0, DisplayWidth.of(c) == 0, let joined = Character.joining(characters[cursor - 1], c) {
                characters[cursor - 1] = joined
                return .handled
            }
            if let maxLength, characters.count >= maxLength { return .handled }
            characters.insert(c, at: cursor)
            cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return .handled }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .control("k"): characters.removeLast(characters.count - cursor)
        case .enter: return .submitted
        case .escape: return .cancelled
        default: return .ignored
        }
        return .handled
    }

    /// Draws the text in `area`'s first row, scrolled so the cursor shows; the cursor is a reversed cell when focused.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, style: Style = .field) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        let first = firstVisible(width: row.width)
        var x = row.x
        for index in first...characters.count {
            let isCursor = focused && index == cursor
            guard index < characters.count else {
                if isCursor, x < row.maxX { buffer.put(" ", x: x, y: row.y, style: .cursor) }
                break
            }
            let written = buffer.put(String(characters[index]), x: x, y: row.y, limit: row.maxX - x, style: isCursor ? .cursor : style)
            guard written > 0 else { break }
            x += written
        }
    }

    /// The first grapheme to draw so that everything up to the cursor (and the cursor cell) fits.
    func firstVisible(width: Int) -> Int {
        var columns = cursor < characters.count ? DisplayWidth.of(characters[cursor]) : 1
        var first = cursor
        while first > 0 {
            let previous = DisplayWidth.of(characters[first - 1])
            if columns + previous > width { break }
            columns += previous
            first -= 1
        }
        return first
    }
}

extension Character {
    /// `first` and `second` as one grapheme, if Unicode joins them.
    static func joining(_ first: Character, _ second: Character) -> Character? {
        let text = String(first) + String(second)
        return text.count == 1 ? text.first : nil
    }
}
