import CaseworkCore

/// The documents checklist: what was asked for, when it is due, what has come in.
enum DocumentsPane {
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

/// Keys on the Documents tab: Space or Enter marks a document provided or missing, r asks for it by a date,
/// a asks for a kind not yet on the list; the rest move, filter and sort the table.
extension CaseScreen {
    var selectedDocument: DocumentCheck? {
        documents.selectedRow.flatMap { record.documents.indices.contains($0) ? record.documents[$0] : nil }
    }

    mutating func handleDocumentsKey(_ key: Key) -> CaseScreenOutcome? {
        switch key {
        case .character(" "), .enter:
            guard let check = selectedDocument else { return .message("No document selected") }
            guard check.provided else { return .perform(.setDocument(kind: check.kind, provided: true)) }
            // Undoing "provided" forgets when it came in: one stray key must not do that unasked.
            let received = check.receivedOn.map { ", and the date it came in (\(DayFormat.medium($0))) is cleared" } ?? ""
            dialog = .unprovide(check.kind, Dialog.confirm(title: "Mark as missing",
                                                           message: "Mark \(check.kind.label) as not provided? It goes back on the list of "
                                                               + "documents to come\(received).", yes: "Mark missing", no: "Keep"))
            return .handled
        case .character("r"):
            guard let check = selectedDocument else { return .message("No document selected") }
            guard !check.provided else { return .message("\(check.kind.label) is already provided") }
            return open(CaseForms.requestDocument(check.kind, today: context.today))
        case .character("a"):
            let listed = Set(record.documents.map(\.kind))
            let kinds = DocumentKind.allCases.filter { !listed.contains($0) || $0 == .other }
            return open(CaseForms.addDocument(kinds, today: context.today))
        default:
            let outcome = documents.handle(key)
            return outcome == .ignored ? nil : .handled
        }
    }

    func renderDocuments(into buffer: inout Buffer, area: Rect) {
        documents.render(into: &buffer, area: DocumentsPane.listArea(area), focused: form == nil && dialog == nil)
        buffer.put(DocumentsPane.summary(record, today: context.today), in: area.splitBottom(1).bottom)
    }
}
