/// What the frame's own keys do, on every screen (after the screen had its chance).
enum FrameAction: Hashable, Sendable {
    case help, queue, show(ScreenID), command, redraw, quit, back
}

extension ConsoleApp {
    /// The keys that work everywhere: help, the screens' F-keys and letters (from `ScreenRegistry`), the `:` line,
    /// redraw, quit and back.
    static func frameKeys(_ entries: [ScreenEntry]) -> KeyTable<ConsoleApp, FrameAction> {
        KeyTable("Everywhere", [
            KeyBinding([.character("?"), .function(1)], .help, help: "this help (Esc closes it)", keys: "? F1", bar: "Help"),
            KeyBinding([.function(2)], .queue, help: "the triage queue", bar: "Queue",
                       unavailable: { $0.showing == .queue ? "this is the queue" : nil }),
        ] + entries.map { entry in
            let id = entry.id
            return KeyBinding([.function(entry.functionKey)] + (entry.letter.map { [Key.character($0)] } ?? []), .show(id),
                              help: entry.help, bar: entry.name, unavailable: { $0.showing == id ? "this is the \(entry.name.lowercased())" : nil })
        } + [
            KeyBinding([.character(":")], .command, help: "type a command (below); Esc cancels"),
            KeyBinding([.control("l")], .redraw, help: "redraw the screen"),
            KeyBinding([.character("q"), .function(10)], .quit, help: "quit (asks when typed work is unsaved)", keys: "q F10", bar: "Quit"),
            KeyBinding([.escape], .back, help: "back (to the queue, or the screen the case was opened from)",
                       unavailable: { $0.showing == .queue ? "" : nil }),
        ])
    }
}

extension StatusLine {
    enum Action: Sendable { case acknowledge }

    /// While an error shows, these acknowledge it.
    static let keys = KeyTable<StatusLine, Action>("Status line", [
        KeyBinding([.enter, .escape, .character(" ")], .acknowledge, help: "dismiss an error on the status line", keys: "Enter Esc",
                   unavailable: { $0.hasError ? nil : "no error to dismiss" }),
    ])
}
