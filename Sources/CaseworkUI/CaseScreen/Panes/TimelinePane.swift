import CaseworkCore

/// The timeline: contacts, notes and changes, newest first, with the selected entry's full text below the list.
struct TimelinePane: ListPane {
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
        let table: @Sendable (State) -> Table<StaticRows> = { $0.pane.table }
        return KeyTable("Timeline", Table<StaticRows>.bindings(Table<StaticRows>.moving, in: table, as: Action.list) + [
            KeyBinding([.character("c")], .contact, help: "log a call, email, letter, visit or text", bar: "Contact"),
            KeyBinding([.character("n")], .note, help: "add an internal note", bar: "Note"),
            KeyBinding([.character("/")], .list(.startFilter), help: "find in the timeline; Esc clears", bar: "Find"),
        ] + Table<StaticRows>.bindings([.clearFilter], in: table, as: Action.list))
    }()

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        switch action {
        case .contact: overlays.open(CaseForms.contact(today: sheet.today))
        case .note: overlays.open(CaseForms.note())
        case .list(let action): _ = table.perform(action)
        }
        return .handled
    }

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

    /// The date without its year in the year shown, so the note has the room; "What" says what happened.
    static let columns = [
        TableColumn("When", width: 12),
        TableColumn("What", width: 24),
        TableColumn("By", width: 14, priority: 2),
        TableColumn("Note", width: 16, grows: true),
    ]

    static func table(_ record: Case, context: ConsoleContext) -> Table<StaticRows> {
        Table(columns: columns, rows: rows(record, context: context), emptyMessage: "Nothing logged yet: c logs a contact, n a note")
    }

    /// The entry for the application's arrival, always the first: not stored, made from the record.
    static let arrivalId = Int.min

    /// Every entry, newest first, the application's arrival last.
    static func entries(_ record: Case) -> [ContactEvent] {
        let logged = record.timeline.sorted { x, y in x.at != y.at ? x.at > y.at : x.id > y.id }
        return logged + [arrival(record)]
    }

    static func arrival(_ record: Case) -> ContactEvent {
        let at = record.createdAt.day == record.receivedOn ? record.createdAt : Timestamp(day: record.receivedOn, secondOfDay: 0)
        let how = record.referral.map { " by a referral from " + $0.agency.label.lowercased() + " (duty to refer, s213B)" }
            ?? (record.externalId != nil ? " through the online form" : "")
        return ContactEvent(id: arrivalId, at: at, by: record.referral != nil ? "referral" : "online-form", channel: .system,
                            party: .internalNote, text: "Application received" + how, summary: "Application received")
    }

    static func rows(_ record: Case, context: ConsoleContext) -> StaticRows {
        let events = entries(record)
        return StaticRows(events.map { event in
            [when(event, today: context.today), what(event), by(event, context: context),
             text(event).split(separator: "\n").joined(separator: " ")]
        }, styles: events.map { $0.channel == .system ? Array(repeating: .muted, count: 4) : [] },
           sortKeys: events.map { [$0.at.day.iso + " " + $0.at.clockTime] })
    }

    /// "23 Nov 11:10", "17 Nov 2025 09:00" from another year, and the arrival's day alone when its time is not known.
    static func when(_ event: ContactEvent, today: Day) -> String {
        let day = event.at.day.year == today.year ? DayFormat.dayAndMonth(event.at.day) : DayFormat.medium(event.at.day)
        return event.id == arrivalId && event.at.secondOfDay == 0 ? day : day + " " + event.at.clockTime
    }

    static func by(_ event: ContactEvent, context: ConsoleContext) -> String {
        switch event.by {
        case "online-form": "Online form"
        case "referral": "Referral"
        default: context.name(of: event.by)
        }
    }

    /// What an entry says: an officer's words as typed; the system's own lines ("Requested … by 2026-12-01") with
    /// their dates as every other date on screen.
    static func text(_ event: ContactEvent) -> String { event.channel == .system ? DayFormat.readable(event.text) : event.text }

    /// What happened, in a few words: "Call with landlord", "Note", "Documents requested", "Triage outcome: advice only".
    static func what(_ event: ContactEvent) -> String {
        switch event.channel {
        case .system: event.summary ?? event.channel.label
        case .note: event.channel.label
        default: event.channel.label + " with " + (event.party == .other ? "another party" : event.party.label.lowercased())
        }
    }

    static func selectedEvent(_ table: Table<StaticRows>, record: Case) -> Int? {
        let entries = entries(record)
        return table.selectedRow.flatMap { entries.indices.contains($0) ? entries[$0].id : nil }
    }

    static func row(of id: Int, in record: Case) -> Int {
        entries(record).firstIndex { $0.id == id } ?? 0
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
        let entries = TimelinePane.entries(record)
        guard let row = table.selectedRow, entries.indices.contains(row) else { return }
        let event = entries[row]
        let when = event.id == TimelinePane.arrivalId && event.at.secondOfDay == 0 ? DayFormat.long(event.at.day)
            : "\(DayFormat.long(event.at.day)) \(event.at.clockTime)"
        let person = event.person.map { " (\($0))" } ?? ""
        let title = " \(when) · \(TimelinePane.what(event))\(person) · \(TimelinePane.by(event, context: context)) "
        buffer.put(TextFit.truncate(title, to: reader.width - 4), x: reader.x + 2, y: reader.y, style: Style.normal.bolded)
        var text = PaneText(width: reader.width)
        text.wrapped(TimelinePane.text(event), lead: [Span("  ")], indent: 2)
        if let logged = event.loggedAt {
            text.wrapped("Logged \(DayFormat.medium(logged.day)) at \(logged.clockTime)", style: .muted, lead: [Span("  ")], indent: 2)
        }
        if let followUp = event.followUpOn {
            text.wrapped("Follow up on \(DayFormat.long(followUp))", style: .amber, lead: [Span("  ")], indent: 2)
        }
        text.render(into: &buffer, area: Rect(x: reader.x, y: reader.y + 1, width: reader.width, height: reader.height - 1))
    }
}
