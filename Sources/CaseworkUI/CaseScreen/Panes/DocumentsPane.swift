import CaseworkCore

/// The documents checklist: what was asked for, when it is due, what has come in. Space or Enter marks a document
/// provided or missing, r asks for it by a date, a asks for a kind not yet on the list; the rest move, filter and
/// sort the list.
struct DocumentsPane: ListPane {
    enum Action: Sendable {
        case toggle, request, requestAll, add
        case list(Table<StaticRows>.Action)
    }

    var table: Table<StaticRows>
    var tab: CaseTab { .documents }
    var keys: KeyTable<State, Action> { DocumentsPane.keys }

    init(_ record: Case, today: Day) {
        table = DocumentsPane.table(record, today: today)
    }

    static let keys: KeyTable<State, Action> = {
        let table: @Sendable (State) -> Table<StaticRows> = { $0.pane.table }
        return KeyTable("Documents", Table<StaticRows>.bindings(Table<StaticRows>.moving, in: table, as: Action.list) + [
            KeyBinding([.character(" "), .enter], .toggle, help: "mark the document provided, or missing again (asks first)",
                       bar: "Provided", unavailable: { $0.pane.selected(in: $0.sheet.record) == nil ? "No document selected" : nil }),
            KeyBinding([.character("r")], .request, help: "ask for the document by a date", bar: "Request", unavailable: { state in
                guard let check = state.pane.selected(in: state.sheet.record) else { return "No document selected" }
                return check.provided ? "\(check.kind.label) is already provided" : nil
            }),
            KeyBinding([.character("R")], .requestAll, help: "ask for every document still to come, by one date", bar: "Request all",
                       unavailable: { DocumentsPane.outstanding($0.sheet.record).isEmpty ? "every document is provided" : nil }),
            KeyBinding([.character("a")], .add, help: "ask for another kind of document", bar: "Add"),
            KeyBinding([.character("/")], .list(.startFilter), help: "filter the list; Esc clears"),
        ] + Table<StaticRows>.bindings([.clearFilter, .nextSort, .previousSort, .reverseSort], in: table, as: Action.list)
            .map { $0.described(bar: .some(nil)) })
    }()

    /// The documents on the list still to come.
    static func outstanding(_ record: Case) -> [DocumentKind] { record.documents.filter { !$0.provided }.map(\.kind) }

    func selected(in record: Case) -> DocumentCheck? {
        table.selectedRow.flatMap { record.documents.indices.contains($0) ? record.documents[$0] : nil }
    }

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        let record = sheet.record
        switch action {
        case .toggle:
            guard let check = selected(in: record) else { return .message("No document selected") }
            guard check.provided else { return .perform(.setDocument(kind: check.kind, provided: true)) }
            // Undoing "provided" forgets when it came in: one stray key must not do that unasked.
            let received = check.receivedOn.map { ", and the date it came in (\(DayFormat.medium($0))) is cleared" } ?? ""
            overlays.ask(Dialog.confirm(title: "Mark as missing",
                                        message: "Mark \(check.kind.label) as not provided? It goes back on the list of "
                                            + "documents to come\(received).",
                                        no: .init("Keep", .keep), yes: .init("Mark missing", .unprovide(check.kind))))
        case .request:
            guard let check = selected(in: record) else { return .message("No document selected") }
            overlays.open(CaseForms.requestDocument(check.kind, today: sheet.today))
        case .requestAll:
            let kinds = DocumentsPane.outstanding(record)
            guard !kinds.isEmpty else { return .message("Every document on \(sheet.ref) is provided") }
            overlays.open(CaseForms.requestAll(kinds, today: sheet.today))
        case .add:
            let listed = Set(record.documents.map(\.kind))
            let kinds = DocumentKind.allCases.filter { !listed.contains($0) || $0 == .other }
            overlays.open(CaseForms.addDocument(kinds, today: sheet.today))
        case .list(let action):
            _ = table.perform(action)
        }
        return .handled
    }

    mutating func reload(from old: Case, sheet: CaseSheet) {
        table.setRows(DocumentsPane.rows(sheet.record, today: sheet.today), keeping: table.selectedRow)
    }

    mutating func layout(in content: Rect) { table.layout(in: DocumentsPane.listArea(content)) }

    func render(into buffer: inout Buffer, area: Rect, sheet: CaseSheet, focused: Bool) {
        table.render(into: &buffer, area: DocumentsPane.listArea(area), focused: focused)
        buffer.put(DocumentsPane.summary(sheet.record, today: sheet.today), in: area.splitBottom(1).bottom)
    }

    static let columns = [
        TableColumn("Document", width: 34),
        TableColumn("Status", width: 9),
        TableColumn("Asked", width: 11, priority: 1),
        TableColumn("Due", width: 11),
        TableColumn("Received", width: 11, priority: 2),
        TableColumn("Note", width: 20, priority: 3, grows: true),
    ]

    static func table(_ record: Case, today: Day) -> Table<StaticRows> {
        Table(columns: columns, rows: rows(record, today: today), emptyMessage: "No documents on the checklist: a asks for one")
    }

    static func rows(_ record: Case, today: Day) -> StaticRows {
        var cells: [[String]] = []
        var styles: [[Style?]] = []
        var sortKeys: [[String]] = []
        for check in record.documents {
            let status = status(check, today: today)
            let dates = [check.requestedOn, check.dueOn, check.receivedOn]
            cells.append([(check.provided ? "[x] " : "[ ] ") + check.kind.label, status.text]
                + dates.map { $0.map(DayFormat.medium) ?? "-" } + [check.note ?? ""])
            styles.append([nil, status.style, nil, status.text == "overdue" ? .red : nil, nil])
            // Dates sort as dates ("2 Dec" after "14 Nov"), a missing one last.
            sortKeys.append([check.kind.label, status.text] + dates.map { $0?.iso ?? "~" } + [check.note ?? ""])
        }
        return StaticRows(cells, styles: styles, sortKeys: sortKeys)
    }

    /// Provided, overdue (asked for by a date now passed), requested or missing.
    static func status(_ check: DocumentCheck, today: Day) -> (text: String, style: Style) {
        if check.provided { return ("provided", .green) }
        if let due = check.dueOn, due < today { return ("overdue", .red) }
        if check.requestedOn != nil { return ("requested", .amber) }
        return ("missing", .amber)
    }

    /// The table's share of the tab: all but the summary line under it.
    static func listArea(_ content: Rect) -> Rect { content.splitBottom(1).rest }

    /// "4 of 6 provided · 2 missing · next due 3 Dec 2026", under the table.
    static func summary(_ record: Case, today: Day) -> [Span] {
        let provided = record.documents.filter(\.provided).count
        let missing = record.documents.count - provided
        var spans = [Span("\(provided) of \(record.documents.count) provided", Style.normal.bolded)]
        if missing > 0 { spans.append(Span(" · \(missing) still to come", .amber)) }
        if let due = record.documents.filter({ !$0.provided }).compactMap(\.dueOn).min() {
            spans.append(Span(" · next due \(DayFormat.medium(due)) (\(Alert.relative(today.days(until: due))))",
                              due < today ? .red : .normal))
        }
        return spans
    }
}
