import CaseworkCore

/// What the queue's one question answers.
enum QueueAnswer: Hashable, Sendable {
    case cancel
    case open(String)
}

/// The queue's keys: its table's, with the queue's own words, and the queue's own.
extension QueueScreen: ConsoleScreen {
    enum Action: Sendable {
        case table(Table<QueueRows>.Action)
        case open, mine, clearFilters
        case book
    }

    static let keys: KeyTable<QueueScreen, Action> = {
        let moving = Table<QueueRows>.bindings(Table<QueueRows>.moving, in: { (queue: QueueScreen) in queue.table }, as: Action.table)
        return KeyTable("Triage queue", moving + [
            KeyBinding([.enter], .open, help: "open the case", bar: "Open",
                       unavailable: { $0.selectedRef == nil ? "no case is selected" : nil }),
            KeyBinding([.character("/")], .table(.startFilter), help: "filter as you type; Enter keeps the filter", bar: "Filter"),
            KeyBinding([.escape], .clearFilters, help: "clear the typed filter, then the other filters",
                       unavailable: { $0.filterText.isEmpty && $0.filter.isEmpty ? "no filter to clear" : nil }),
            KeyBinding([.character(">"), .function(6)], .table(.nextSort), help: "sort by the next column, most pressing first",
                       keys: "> < F6", bar: "Sort"),
            .with([.character("<")], .table(.previousSort)),
            KeyBinding([.character("I")], .table(.reverseSort), help: "reverse the sort",
                       unavailable: { $0.table.sort == nil ? "the queue is in priority order: > sorts it by a column" : nil }),
            KeyBinding([.character("m"), .function(7)], .mine, help: "only my cases, or everyone's again", keys: "m F7", bar: "Mine"),
            KeyBinding([.character("b")], .book, help: "book the case: the best free slots in the diary", bar: "Book",
                       unavailable: { $0.selectedRef == nil ? "no case is selected" : nil }),
        ])
    }()

    var keys: KeyTable<QueueScreen, Action> { QueueScreen.keys }

    var title: String { "triage queue" }

    mutating func perform(_ action: Action, key: Key) -> ScreenOutcome {
        switch action {
        case .open:
            guard let row = table.selectedRow.map({ table.rows.rows[$0] }) else { return .handled }
            guard row.withheld else { return .openCase(ref: row.ref, tab: nil) }
            // Opening it is refused and recorded: the officer is told so before, not after.
            let whose = row.officer.map { " and assigned to " + context.name(of: $0) } ?? ""
            overlays.ask(.confirm(title: "Restricted case \(row.ref)",
                                  message: "\(row.ref) is restricted\(whose); you are not cleared to open it. Trying is refused "
                                      + "and recorded in the audit journal as an attempt. Try anyway?",
                                  no: .init("Cancel", .cancel), yes: .init("Try anyway", .open(row.ref))))
            return .handled
        case .mine:
            return toggleMine()
        case .clearFilters:
            if !filterText.isEmpty {
                setText("")
                return .handled
            }
            setFilter(QueueFilter())
            return .message("Filters cleared: every case in the queue")
        case .table(let action):
            _ = table.perform(action)
            if [.nextSort, .previousSort, .reverseSort].contains(action) { sorted() }
            return .handled
        case .book:
            return selectedRef.map { .handOver(.diary, .bookSlot(ref: $0)) } ?? .handled
        }
    }

    mutating func answer(_ answer: QueueAnswer) -> ScreenOutcome {
        switch answer {
        case .cancel: .handled
        case .open(let ref): .openCase(ref: ref, tab: nil)
        }
    }

    /// The filter line's keys, made once: a generic table's `filterKeys` is made on every use.
    static let filterKeys = Table<QueueRows>.filterKeys

    /// While `/` is taking letters every character belongs to the filter, none is a command.
    mutating func type(_ key: Key) -> ScreenOutcome? {
        guard table.isEditingFilter else { return nil }
        guard case .action(let action) = QueueScreen.filterKeys.resolve(key, in: table) else { return .ignored }
        _ = table.perform(action, key: key)
        settleOnOpenable()
        return .handled
    }

    var typingHelp: (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? {
        guard table.isEditingFilter else { return nil }
        return (QueueScreen.filterKeys.helpSection(in: table), QueueScreen.filterKeys.barItems(in: table))
    }

    var helpSections: [HelpOverlay.Section] {
        defaultHelpSections + [.init("Sort marks", [.init("▲ ▼", "smallest or earliest first; largest or most urgent first")])]
    }

    /// A key as the queue's table would take it (tests and the benchmark drive the queue alone).
    mutating func handle(_ key: Key) -> ScreenOutcome {
        let outcome = handleKey(key)
        if case .unavailable = outcome { return key == .escape ? .ignored : .handled }
        return outcome
    }
}
