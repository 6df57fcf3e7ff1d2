import CaseworkCore

/// The timeline: contacts, notes and changes, newest first, with the selected entry's full text below the list.
enum TimelinePane {
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
}

extension CaseScreen {
    mutating func handleTimelineKey(_ key: Key) -> CaseScreenOutcome? {
        switch key {
        case .character("c"): return open(CaseForms.contact())
        case .character("n"): return open(CaseForms.note())
        default:
            let outcome = timeline.handle(key)
            return outcome == .ignored ? nil : .handled
        }
    }

    func renderTimeline(into buffer: inout Buffer, area: Rect) {
        let list = TimelinePane.listArea(area)
        timeline.render(into: &buffer, area: list, focused: form == nil && dialog == nil)
        let reader = Rect(x: area.x, y: list.maxY, width: area.width, height: area.height - list.height)
        guard reader.height > 1 else { return }
        buffer.horizontalLine(reader.row(0))
        let order = TimelinePane.order(record)
        guard let row = timeline.selectedRow, order.indices.contains(row) else { return }
        let event = record.timeline[order[row]]
        let title = " \(DayFormat.long(event.at.day)) \(event.at.clockTime) · \(TimelinePane.what(event)) · \(context.name(of: event.by)) "
        buffer.put(TextFit.truncate(title, to: reader.width - 4), x: reader.x + 2, y: reader.y, style: Style.normal.bolded)
        var text = PaneText(width: reader.width)
        text.wrapped(TimelinePane.text(event), lead: [Span("  ")], indent: 2)
        text.render(into: &buffer, area: Rect(x: reader.x, y: reader.y + 1, width: reader.width, height: reader.height - 1))
    }
}
