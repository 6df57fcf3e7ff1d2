/// A key press as the screens see it, whatever terminal sent it.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter, always lower case: `.control("s")` is Ctrl-S.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// Ctrl-Left and Ctrl-Right: a word back or forward in a text.
    case wordLeft, wordRight
    /// F1 to F12.
    case function(Int)
    /// The terminal changed size: redraw at the new size.
    case resize

    /// Keys for the F-key bar and help: "F1", "Ctrl-S", "Enter", "j".
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .wordLeft: "Ctrl-←"
        case .wordRight: "Ctrl-→"
        case .function(let n): "F\(n)"
        case .resize: "Resize"
        }
    }

    /// The printable character this key types, if any.
    public var typed: Character? {
        if case .character(let c) = self { return c }
        return nil
    }
}
