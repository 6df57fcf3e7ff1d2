import CaseworkCore
@testable import CaseworkUI

/// A small queue of cases with names from many scripts, and the frame around it, shared by the snapshot tests.
enum SampleScreen {
    static let today = Day(year: 2026, month: 3, day: 10)!

    static let rows = StaticRows([
        ["H-0001", "Hafid Hafiz", "2A 1C", "21", "valid", "council", "3/5", "4", "priya"],
        ["H-0002", "王秀英", "1A", "0", "none", "young-people", "1/5", "1", "tom"],
        ["H-0003", "Zoe\u{308} Brontë", "1A 2C", "7", "needs-checking", "refuge", "5/5", "12", "priya"],
        ["H-0004", "Kwame 😀 Mensah", "1A", "-", "invalid", "intensive", "2/5", "30", ""],
        ["H-0005", "Ayşe Yılmaz", "2A 3C", "56", "valid", "council", "4/5", "2", "tom"],
        ["H-0006", "Niamh Ó Súilleabháin", "1A", "14", "none", "council", "0/5", "9", "amir"],
    ], styles: [
        [nil, nil, nil, .amber], [nil, nil, nil, .red], [nil, nil, nil, .red], [], [nil, nil, nil, .green], [nil, nil, nil, .amber],
    ])

    static let columns = [
        TableColumn("Ref", width: 6),
        TableColumn("Name", width: 16, grows: true),
        TableColumn("House", width: 6, priority: 2),
        TableColumn("Loss", width: 4, priority: 1, alignment: .right),
        TableColumn("Notice", width: 14, priority: 1),
        TableColumn("Route", width: 12, priority: 2),
        TableColumn("Docs", width: 4, priority: 3, alignment: .right),
        TableColumn("Days", width: 4, priority: 3, alignment: .right),
        TableColumn("Officer", width: 8, priority: 4),
    ]

    static func table() -> Table<StaticRows> {
        Table(columns: columns, rows: rows, emptyMessage: "No cases match")
    }

    static let keys = FunctionKeyBar([
        .init("F1", "Help"), .init("Enter", "Open"), .init("/", "Filter"), .init("F6", "Sort"), .init("F10", "Quit"),
    ])

    static let help = HelpOverlay(sections: [
        .init("Queue", [.init("↑ ↓ j k", "move"), .init("PgUp PgDn", "page"), .init("Enter", "open the case"),
                        .init("/", "filter as you type; Esc clears"), .init("< >", "sort column"), .init("I", "reverse the sort")]),
        .init("Everywhere", [.init("? F1", "this help"), .init("Ctrl-L", "redraw"), .init("q F10", "quit")]),
    ])

    static func frame(status: StatusLine = StatusLine(position: "1 of 6")) -> Frame {
        Frame(title: TitleLine(dataSet: "demo caseload", isDemo: true, user: "Priya Shah", role: "Triage officer", today: today),
              keys: keys, status: status)
    }

    /// The queue in its frame at a size, with the table laid out and handed `keys` first.
    static func render(width: Int, height: Int, keys: String = "", status: StatusLine? = nil) -> Buffer {
        var table = table()
        table.layout(in: Frame.body(width: width, height: height))
        for key in Key.sequence(keys) { _ = table.handle(key) }
        var line = status ?? StatusLine(position: table.position)
        line.position = table.position
        return frame(status: line).render(width: width, height: height) { buffer, area in
            table.render(into: &buffer, area: area)
        }
    }
}
