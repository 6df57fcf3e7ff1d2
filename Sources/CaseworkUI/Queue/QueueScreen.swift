import CaseworkCore

/// The triage queue, the main screen: cases awaiting triage or an appointment in the rules' priority order,
/// narrowed by route, status and officer and by text typed after `/`, sortable by any column. Its other caseloads
/// (`c`): the officer's own, their team's, every open case, most pressing first, with the duty, its last day, the
/// next appointment and the plan.
/// Rules run once per summary at load and once per changed summary after; keys and filter keystrokes
/// only move indexes.
public struct QueueScreen: Sendable {
    public private(set) var context: ConsoleContext
    public private(set) var filter = QueueFilter()
    public private(set) var isLoaded = false
    public private(set) var scope = CaseloadScope.triage
    /// Every admitted case, most urgent first.
    public private(set) var ordered: [QueueRow] = []
    /// Each admitted ref's place in the order, for merging changes without a scan.
    private var places: [String: QueueRank] = [:]
    /// The whole caseload, for building another scope's list.
    private var caseload = LoadedSummaries()
    /// The officers whose cases are the team's, for the team's caseload.
    private let team: Set<String>
    private var officerNames: [String: String]
    var table: Table<QueueRows>
    /// The question before opening a case that will be refused; the queue opens no forms.
    var overlays = ScreenOverlays<QueueAnswer, Never>()

    public init(context: ConsoleContext) {
        self.context = context
        officerNames = QueueScreen.officerNames(context.staff)
        team = context.staff.team(of: context.actor.id)
        table = Table(columns: QueueColumn.tableColumns(refWidth: 0), rows: QueueRows([], officerNames: officerNames),
                      emptyMessage: "Loading the caseload…")
    }

    /// Builds the queue from the index: the admitted cases, each evaluated once, in queue order.
    public mutating func load(_ summaries: [CaseSummary]) {
        caseload.load(summaries)
        build(summaries, keeping: isLoaded ? selectedRef : nil)
    }

    /// The scope's list, with the cursor on `selected` where it is still listed (a reload), else at the top.
    private mutating func build(_ summaries: [CaseSummary], keeping selected: String?) {
        var rows: [QueueRow] = []
        rows.reserveCapacity(scope == .triage ? summaries.count / 2 : 256)
        let monitored = scope != .triage
        for summary in summaries where admits(summary) {
            rows.append(QueueRow(summary, context: context, monitored: monitored))
        }
        let scope = scope
        // Ranks made once and indices sorted: sorting the rows themselves moved every wide row many times.
        let ranks = rows.map { $0.rank(in: scope) }
        let order = rows.indices.sorted { ranks[$0] < ranks[$1] }
        ordered = order.map { rows[$0] }
        places = Dictionary(order.lazy.map { (rows[$0].ref, ranks[$0]) }, uniquingKeysWith: { _, last in last })
        isLoaded = true
        table.columns = QueueColumn.tableColumns(refWidth: rows.lazy.map(\.ref.utf8.count).max() ?? 0, scope: scope)
        refresh(keeping: selected)
        if selected == nil { settleOnOpenable() }
    }

    /// Whether a case belongs in the list of the current scope.
    func admits(_ summary: CaseSummary) -> Bool {
        switch scope {
        case .triage: QueueOrder.admits(summary)
        case .mine: summary.status != .closed && summary.assignedOfficer == context.actor.id
        case .team: summary.status != .closed && summary.assignedOfficer.map(team.contains) == true
        case .open: summary.status != .closed
        }
    }

    /// Shows another caseload: the triage queue, mine, my team's, all open cases. The filters and sort are dropped, as
    /// they were for another list.
    public mutating func setScope(_ newScope: CaseloadScope) {
        guard newScope != scope else { return }
        scope = newScope
        filter = QueueFilter()
        table.setFilter("")
        table.sort(by: nil)
        build(caseload.all, keeping: nil)
    }

    /// A new day: the rows are evaluated again from it when the index is next loaded.
    mutating func moveTo(_ newer: ConsoleContext) { context = newer }

    /// Folds in summaries changed by anyone: re-evaluated, moved to their new place, dropped when they leave the queue.
    /// A few changes move rows one by one; many (a bulk import elsewhere) rebuild the order in one sort.
    public mutating func merge(_ changed: [CaseSummary]) {
        caseload.merge(changed)
        var latest: [String: CaseSummary] = [:]
        for summary in changed { latest[summary.ref] = summary }
        latest = latest.filter { isNews($0.value) }
        guard !latest.isEmpty else { return }
        let selected = selectedRef
        let scope = scope
        let rows = latest.values.filter(admits).map { QueueRow($0, context: context, monitored: scope != .triage) }
        if latest.count > QueueScreen.bulkMerge {
            ordered.removeAll { latest[$0.ref] != nil }
            ordered += rows
            ordered.sort { $0.rank(in: scope) < $1.rank(in: scope) }
        } else {
            for ref in latest.keys {
                guard let old = places[ref] else { continue }
                let at = insertionIndex(of: old)
                if at < ordered.count, ordered[at].rank(in: scope) == old { ordered.remove(at: at) }
            }
            for row in rows { ordered.insert(row, at: insertionIndex(of: row.rank(in: scope))) }
        }
        for ref in latest.keys { places[ref] = nil }
        for row in rows { places[row.ref] = row.rank(in: scope) }
        let widest = rows.lazy.map(\.ref.utf8.count).max() ?? 0
        let refColumn = QueueColumn.shown(in: scope).firstIndex(of: .ref) ?? 0
        if widest > table.columns[refColumn].width {
            table.columns = QueueColumn.tableColumns(refWidth: widest, scope: scope)
        }
        refresh(keeping: selected)
    }

    /// A summary the queue does not hold at this revision, and that either is in the queue or should be.
    private func isNews(_ summary: CaseSummary) -> Bool {
        guard let key = places[summary.ref] else { return admits(summary) }
        let at = insertionIndex(of: key)
        return at >= ordered.count || ordered[at].revision != summary.revision
    }

    /// Above this many changed cases at once, one sort is cheaper than moving rows one at a time.
    static let bulkMerge = 64

    /// Narrows or widens the queue; the selected case stays selected if it is still shown, else the top one is.
    public mutating func setFilter(_ newFilter: QueueFilter) {
        guard newFilter != filter else { return }
        filter = newFilter
        refresh(keeping: selectedRef, orTop: true)
    }

    /// Sorts by a column, by default in the direction that puts the most pressing cases first; nil, or the score
    /// highest first, is the priority order.
    public mutating func sort(by column: QueueColumn?, ascending: Bool? = nil) {
        defer { sorted() }
        guard let column, let index = QueueColumn.shown(in: scope).firstIndex(of: column) else { return table.sort(by: nil) }
        let ascending = ascending ?? !column.sortsDescendingFirst
        table.sort(by: column == .score && !ascending ? nil : index, ascending: ascending)
    }

    /// After a new order: the name column says when it is by family name, and the cursor starts on a case to open.
    mutating func sorted() {
        if let name = QueueColumn.shown(in: scope).firstIndex(of: .name) {
            table.columns[name].title = sortColumn == .name ? QueueColumn.familyNameTitle : QueueColumn.name.title
        }
        settleOnOpenable()
    }

    /// A cursor put on the list by the queue (after a load, a filter, a sort) never starts on a case the officer may
    /// not open: it goes to the first one they may. Moving onto one is the officer's own doing and stays.
    mutating func settleOnOpenable() {
        guard let row = table.selectedRow, table.rows.rows[row].withheld,
              let open = table.visibleRows.first(where: { !table.rows.rows[Int($0)].withheld }) else { return }
        table.select(row: Int(open))
    }

    public var sortColumn: QueueColumn? {
        table.sort.flatMap { sort in QueueColumn.shown(in: scope).indices.contains(sort.column) ? QueueColumn.shown(in: scope)[sort.column] : nil }
    }

    /// Sets the text filter as if typed after `/`.
    public mutating func setText(_ text: String) { table.setFilter(text) }

    public var filterText: String { table.filterText }
    /// True while `/` is taking letters: every character belongs to the filter, none is a command.
    public var isTyping: Bool { table.isEditingFilter }

    public var selectedRef: String? { table.selectedRow.map { table.rows.rows[$0].ref } }
    /// Refs in display order after every filter: for tests and the status line's count.
    public var shownRefs: [String] { table.visibleRows.map { table.rows.rows[Int($0)].ref } }
    public var position: String { isLoaded ? table.position : "" }

    /// Moves the selection to a ref if it is shown.
    public mutating func select(ref: String) {
        if let index = table.rows.rows.firstIndex(where: { $0.ref == ref }) { table.select(row: index) }
    }

    public mutating func layout(in area: Rect) { table.layout(in: QueueScreen.tableArea(area)) }

    /// "Mine" on and off: only the cases assigned to the officer at the keyboard, or everyone's.
    mutating func toggleMine() -> ScreenOutcome {
        var next = filter
        let mine = QueueFilter.Officer.assigned(context.actor.id)
        next.officer = filter.officer == mine ? nil : mine
        setFilter(next)
        return .message(next.officer == nil ? "Showing every officer's cases" : "Showing only your cases")
    }

    /// Rebuilds the rows after a load, a merge or a filter. The selection follows `ref`; when that case is gone it
    /// stays at the same place in the list (the next case, as after triaging one), or with `orTop` goes to the top
    /// (a new filter: the same place in a different list means nothing).
    private mutating func refresh(keeping ref: String?, orTop: Bool = false) {
        let visible = filter.isEmpty ? ordered : ordered.filter(filter.admits)
        table.emptyMessage = !ordered.isEmpty ? "No cases match; Esc clears the filters"
            : scope == .triage ? "No cases are waiting for triage or an appointment" : "No open cases in \(scope.label.lowercased())"
        let rows = QueueRows(visible, officerNames: officerNames, columns: QueueColumn.shown(in: scope))
        let kept = ref.flatMap { ref in visible.firstIndex { $0.ref == ref } }
        table.setRows(rows, keeping: kept)
        if kept == nil, orTop, let first = table.visibleRows.first {
            table.select(row: Int(first))
            settleOnOpenable()
        }
    }

    /// Where `key` is or would go in `ordered` (binary search; ranks are unique as they hold the ref).
    private func insertionIndex(of key: QueueRank) -> Int {
        var low = 0, high = ordered.count
        while low < high {
            let middle = (low + high) / 2
            if ordered[middle].rank(in: scope) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Full names when they fit the officer column, else "Tomasz K.", else "T. Kowalczyk" ("Caseworker 12" is
    /// "C. 12", not "Caseworker …" like every other caseworker), else cut.
    static func officerNames(_ staff: StaffDirectory, room: Int = QueueColumn.officer.width) -> [String: String] {
        return Dictionary(staff.members.map { member in
            let words = member.name.split(separator: " ").map(String.init)
            guard DisplayWidth.of(member.name) > room, words.count > 1, let first = words.first?.first,
                  let last = words.last?.first else { return (member.id, member.name) }
            let forms = [words.dropLast().joined(separator: " ") + " \(last).", "\(first). " + words.dropFirst().joined(separator: " ")]
            return (member.id, forms.first { DisplayWidth.of($0) <= room } ?? member.name)
        }, uniquingKeysWith: { first, _ in first })
    }

    static func tableArea(_ area: Rect) -> Rect { area.splitTop(1).rest }
}

extension QueueScreen {
    /// The summary line over the table, then the table.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let (top, _) = area.splitTop(1)
        // The summary says what is shown and comes first; the priority order shows only when there is room for it.
        // A column's sort always shows (at 80 columns the column itself may be off screen): the summary gives up
        // "Triage queue · " for it, then is cut.
        let order = sortDescription
        func fits(_ text: String) -> Bool { DisplayWidth.of(text) + 1 + DisplayWidth.of(order) <= top.width }
        let sorted = table.sort != nil
        let text = sorted && !fits(summary) ? shown : summary
        let orderWidth = sorted || fits(text) ? DisplayWidth.of(order) + 1 : 0
        let (left, right) = top.splitLeft(top.width - orderWidth)
        buffer.put(text, in: left, style: Style.normal.bolded)
        buffer.put(order, in: right, alignment: .right, style: .muted)
        table.render(into: &buffer, area: QueueScreen.tableArea(area))
    }

    /// "Triage queue · 57 cases awaiting triage or an appointment", or with the filters: "12 of 57 cases · route …".
    public var summary: String { scope.label + " · " + shown }

    /// The summary without the screen's name.
    var shown: String {
        guard isLoaded else { return "loading…" }
        let total = ordered.count
        let noun = total == 1 ? "case" : "cases"
        let what = scope == .triage ? " awaiting triage or an appointment" : " open"
        guard !filter.isEmpty else { return "\(total) \(noun)\(what)" }
        return "\(table.rows.count) of \(total) \(noun) · " + filter.summary(context: context)
    }

    /// "sorted by Days ▼", the arrow as in the column's header.
    var sortDescription: String {
        guard let sort = table.sort, let column = sortColumn else { return scope == .triage ? "in priority order" : "most pressing first" }
        let name = column == .mark ? "R/A/G" : column == .name ? "family name, then given name" : column.title
        return "sorted by \(name) " + (sort.ascending ? "▲" : "▼")
    }

    /// What each column means, listed after the keys.
    public var columnHelp: HelpOverlay.Section {
        .init("Columns", QueueColumn.shown(in: scope).map { .init($0 == .mark ? "R/A/G" : $0.title, $0.meaning) })
    }
}
