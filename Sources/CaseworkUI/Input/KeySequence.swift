/// The compact notation tests script keys in: plain characters, and named keys in angle brackets.
///
/// `Key.sequence("jjj<Enter><Esc>/hafiz<C-s><F10><lt>")`. Names (case-insensitive): Enter, Esc, Tab, S-Tab,
/// BS, Del, Ins, Up, Down, Left, Right, C-Left, C-Right, PgUp, PgDn, Home, End, F1…F12, C-a…C-z, Resize, Space,
/// lt (a literal "<").
/// An unknown name stops the test with a clear message, as it is a mistake in the test itself.
extension Key {
    public static func sequence(_ notation: String) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(notation)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">"), close > rest.index(after: rest.startIndex) {
                let name = rest[rest.index(after: rest.startIndex)..<close]
                guard let key = Key(name: String(name)) else { preconditionFailure("unknown key name <\(name)> in \"\(notation)\"") }
                keys.append(key)
                rest = rest[rest.index(after: close)...]
            } else {
                keys.append(.character(first))
                rest = rest.dropFirst()
            }
        }
        return keys
    }

    static let named: [String: Key] = [
        "enter": .enter, "cr": .enter, "esc": .escape, "tab": .tab, "s-tab": .backTab, "bs": .backspace,
        "del": .delete, "ins": .insert, "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pgdn": .pageDown, "home": .home, "end": .end, "resize": .resize,
        "c-left": .wordLeft, "c-right": .wordRight,
        "space": .character(" "), "lt": .character("<"),
    ]

    init?(name: String) {
        let lower = name.lowercased()
        if let key = Key.named[lower] {
            self = key
        } else if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isLetter, letter.isASCII {
            self = .control(letter)
        } else if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }
}
