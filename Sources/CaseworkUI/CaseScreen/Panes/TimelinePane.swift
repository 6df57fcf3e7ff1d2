import CaseworkCore

/// The timeline: contacts, notes and changes, newest first, with the selected entry's full text below the list.
struct TimelinePane: CasePane {
    enum Action: Sendable {
        case contact, note
        case list(Table<StaticRows>.Action)
    }

    var table: Table<StaticRows>
    var tab: CaseTab { .timeline }
    var keys: KeyTable<State, Action> { TimelinePane.keys }

    init(_ record: Case, context: ConsoleContext) {
        table = TimelinePane.table(record, context: context)
    }

    static let keys: KeyTable<State, Action> = {
        let list = Table<StaticRows>.keys.bindings.map { $0.pulledBack({ (state: State) in state.pane.table }, Action.list) }
        let moving = list.filter { binding in
            if case .list(let action) = binding.action { return [.up, .down, .pageUp, .pageDown, .first, .last].contains(action) }
            return false
        }
        let clearing = list.filter { binding in
            if case .list(.clearFilter) = binding.action { return true }
            return false
        }
        return KeyTable("Timeline", moving + [
            KeyBinding([.character("c")], .contact, help: "log a call, email, letter, visit or text", bar: "Contact"),
            KeyBinding([.character("n")], .note, help: "add an internal note", bar: "Note"),
            KeyBinding([.character("/")], .list(.startFilter), help: "find in the timeline; Esc clears", bar: "Find"),
        ] + clearing)
    }()

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        switch action {
        case .contact: overlays.open(CaseForms.contact())
        case .note: overlays.open(CaseForms.note())
        case .list(let action): _ = table.perform(action)
        }
        return .handled
    }

    /// The filter line takes what it can use; Tab, Ctrl-S and the like still work while it is open.
    mutating func type(_ key: Key, sheet: inout CaseSheet) -> ScreenOutcome? {
        guard table.isEditingFilter, table.handleFilter(key) != .ignored else { return nil }
        return .handled
    }

    func typingHelp(sheet: CaseSheet) -> (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? {
        guard table.isEditingFilter else { return nil }
        return (Table<StaticRows>.filterKeys.helpSection(in: table), Table<StaticRows>.filterKeys.barItems(in: table))
    }

    func position(sheet: CaseSheet) -> String { "\(tab.title) · \(table.position)" }

    /// On the newest entry, the selection follows to what was just logged; elsewhere it stays on its entry.
    mutating func reload(from old: Case, sheet: CaseSheet) {
        let selectedEvent = TimelinePane.selectedEvent(table, record: old)
        let followsNewest = table.selectedRow == 0
        table.setRows(TimelinePane.rows(sheet.record, context: sheet.context))
        if followsNewest {
            table.select(row: 0)
        } else if let selectedEvent {
            table.select(row: TimelinePane.row(of: selectedEvent, in: sheet.record))
        }
    }

    mutating func layout(in content: Rect) { table.layout(in: TimelinePane.listArea(content)) }

    static let columns = [
        TableColumn("When", width: 17),
        TableColumn("What", width: 22),
        TableColumn("By", width: 16, priority: 2),
        TableColumn("Note", width: 16, grows: true),
    ]

    static func table(_ record: Case, context: ConsoleContext) -> Table<StaticRows> {
        Table(columns: columns, rows: rows(record, context: context), emptyMessage: "Nothing logged yet: c logs a contact, n a note")
    }

    /// Positions in `record.timeline`, newest first.
    static func order(_ record: Case) -> [Int] {
        record.timeline.indices.sorted { a, b in
            let x = record.timeline[a], y = record.timeline[b]
            return x.at != y.at ? x.at > y.at : x.id > y.id
        }
    }

    static func rows(_ record: Case, context: ConsoleContext) -> StaticRows {
        let events = order(record).map { record.timeline[$0] }
        return StaticRows(events.map { event in
            [when(event), what(event), context.name(of: event.by),
             text(event).split(separator: "\n").joined(separator: " ")]
        }, styles: events.map { $0.channel == .system ? Array(repeating: .muted, count: 4) : [] },
           sortKeys: events.map { [$0.at.day.iso + " " + $0.at.clockTime] })
    }

    static func when(_ event: ContactEvent) -> String { DayFormat.medium(event.at.day) + " " + event.at.clockTime }

    /// What an entry says: an officer's words as typed; the system's own lines ("Requested … by 2026-12-01") with
    /// their dates as every other date on screen.
    static func text(_ event: ContactEvent) -> String { event.channel == .system ? DayFormat.readable(event.text) : event.text }

    static func what(_ event: ContactEvent) -> String {
        event.party == .internalNote ? event.channel.label : event.channel.label + " · " + event.party.label
    }

    static func selectedEvent(_ table: Table<StaticRows>, record: Case) -> Int? {
        let order = order(record)
        return table.selectedRow.flatMap { order.indices.contains($0) ? record.timeline[order[$0]].id : nil }
    }

    static func row(of id: Int, in record: Case) -> Int {
        order(record).firstIndex { record.timeline[$0].id == id } ?? 0
    }

    /// The list's share of the tab; the reader takes the rest.
    static func listArea(_ content: Rect) -> Rect {
        content.splitTop(max(4, content.height * 11 / 20)).top
    }

    func render(into buffer: inout Buffer, area: Rect, sheet: CaseSheet, focused: Bool) {
        let record = sheet.record, context = sheet.context
        let list = TimelinePane.listArea(area)
        table.render(into: &buffer, area: list, focused: focused)
        let reader = Rect(x: area.x, y: list.maxY, width: area.width, height: area.height - list.height)
        guard reader.height > 1 else { return }
        buffer.horizontalLine(reader.row(0))
        let order = TimelinePane.order(record)
        guard let row = table.selectedRow, order.indices.contains(row) else { return }
        let event = record.timeline[order[row]]
        let title = " \(DayFormat.long(event.at.day)) \(event.at.clockTime) · \(TimelinePane.what(event)) · \(context.name(of: event.by)) "
        buffer.put(TextFit.truncate(title, to: reader.width - 4), x: reader.x + 2, y: reader.y, style: Style.normal.bolded)
        var text = PaneText(width: reader.width)
        text.wrapped(TimelinePane.text(event), lead: [Span("  ")], indent: 2)
        text.render(into: &buffer, area: Rect(x: reader.x, y: reader.y + 1, width: reader.width, height: reader.height - 1))
    }
}
