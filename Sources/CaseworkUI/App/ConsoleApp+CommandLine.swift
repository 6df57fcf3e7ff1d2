/// The `:` line: a command typed, run with Enter; ↑ ↓ go through the commands run before, Tab completes a command's
/// name, a column, an officer, a status or a route.
extension ConsoleApp {
    enum CommandLineAction: Sendable { case run, cancel, older, newer, complete, erase, edit }

    static let commandLineKeys = KeyTable<TextField, CommandLineAction>("The : line", [
        KeyBinding([.enter], .run, help: "run the command"),
        KeyBinding([.escape], .cancel, help: "close the line"),
        KeyBinding([.up], .older, help: "the commands run before, newest first", keys: "↑ ↓"), .with([.down], .newer),
        KeyBinding([.tab], .complete, help: "complete a command, a column, an officer, a status or a route"),
        KeyBinding([.backspace], .erase, help: "delete a letter; on an empty line, close it", keys: "Backspace"),
        KeyBinding([.left, .right, .home, .end, .delete, .control("a"), .control("e"), .control("u"), .control("k")], .edit,
                   help: "type; ← → Home End move, Ctrl-U / Ctrl-K delete to start / end", keys: "letters", typesText: true),
    ])

    /// How many commands the line remembers.
    static let historyLength = 50

    mutating func handleCommandLine(_ key: Key) -> [ConsoleEffect] {
        guard var field = command else { return [] }
        guard case .action(let action) = ConsoleApp.commandLineKeys.resolve(key, in: field) else { return [] }
        switch action {
        case .run:
            command = nil
            remember(field.text)
            switch ColonCommand.parse(field.text, context: context, screens: entries) {
            case .success(let parsed): return run(parsed)
            case .failure(let problem): status.fail(problem.description)
            }
            return []
        case .cancel:
            command = nil
            historyPlace = nil
            return []
        case .older, .newer:
            browseHistory(older: action == .older, in: &field)
        case .complete:
            complete(&field)
        case .erase:
            guard !field.text.isEmpty else {
                command = nil
                historyPlace = nil
                return []
            }
            _ = field.handle(key)
        case .edit:
            _ = field.handle(key)
        }
        command = field
        return []
    }

    private mutating func remember(_ line: String) {
        historyPlace = nil
        let line = line.trimmingSpaces
        guard !line.isEmpty, commandHistory.last != line else { return }
        commandHistory.append(line)
        if commandHistory.count > ConsoleApp.historyLength { commandHistory.removeFirst() }
    }

    /// ↑ from the line being typed goes to the newest command run; ↓ past the newest comes back to what was typed.
    private mutating func browseHistory(older: Bool, in field: inout TextField) {
        guard !commandHistory.isEmpty else { return }
        if historyPlace == nil {
            guard older else { return }
            historyTyped = field.text
        }
        let place = (historyPlace ?? commandHistory.count) + (older ? -1 : 1)
        if place >= commandHistory.count {
            historyPlace = nil
            field.text = historyTyped
        } else {
            historyPlace = max(0, place)
            field.text = commandHistory[max(0, place)]
        }
    }

    /// One match is put in whole; several are cut to what they share, and named on the status line.
    private mutating func complete(_ field: inout TextField) {
        let matches = ColonCommand.completions(of: field.text, context: context, screens: entries)
        guard let first = matches.first else {
            status.show("Nothing to complete: :help lists the commands")
            return
        }
        var words = field.text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let shared = matches.dropFirst().reduce(first) { common, next in String(zip(common, next).prefix { $0 == $1 }.map(\.0)) }
        words[words.count - 1] = matches.count == 1 ? first + " " : shared
        field.text = words.joined(separator: " ")
        if matches.count > 1 { status.show(matches.joined(separator: " · ")) }
    }
}
