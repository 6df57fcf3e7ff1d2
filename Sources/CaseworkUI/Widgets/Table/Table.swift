/// The column a table is sorted by, and which way: ascending is the smallest or earliest value first (▲).
public struct TableSort: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool

    public init(column: Int, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }
}

/// A list of rows with a header, a selection that scrolling keeps in view, sorting by a column and a
/// filter line applied as you type. Keys (htop/less style): ↑↓ j k, PgUp PgDn, Home End g G, Enter
/// opens (`.submitted`), `/` starts the filter (Enter keeps it, Esc clears it), `<` `>` pick the sort
/// column (in the direction the column asks for first) and `I` inverts it. Esc with no filter is `.ignored`,
/// so the screen can go back.
public struct Table<Rows: TableRows>: Sendable {
    public var columns: [TableColumn]
    public private(set) var rows: Rows
    /// Shown instead of rows when none match.
    public var emptyMessage: String
    /// Rows the last layout left room for: the page PgUp/PgDn move by.
    public private(set) var pageRows: Int = 10
    public private(set) var sort: TableSort?
    public private(set) var isEditingFilter = false
    public private(set) var filterText = ""

    private var filter: RowFilter
    /// Index of the selection among the matching rows.
    public private(set) var selection = 0
    /// First matching row drawn.
    private var top = 0

    public init(columns: [TableColumn], rows: Rows, emptyMessage: String = "Nothing to show") {
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
        filter = RowFilter(rows: rows, order: (0..<Int32(rows.count)).map { $0 })
    }

    /// Matching rows, in display order, as indexes into `rows`.
    public var visibleRows: [Int32] { filter.matches }
    /// The caller's index of the selected row, if any row matches.
    public var selectedRow: Int? { visibleRows.isEmpty ? nil : Int(visibleRows[selection]) }
    /// "12 of 57", or "12 of 57 (filtered from 100000)".
    public var position: String {
        let shown = visibleRows.count
        let place = shown == 0 ? "0 of 0" : "\(selection + 1) of \(shown)"
        return shown == rows.count ? place : place + " (filtered from \(rows.count))"
    }

    /// Replaces the rows (after a refresh), keeping the sort and the filter, and the selection on `keeping` when given.
    public mutating func setRows(_ newRows: Rows, keeping row: Int? = nil) {
        rows = newRows
        let text = filterText
        filter = RowFilter(rows: newRows, order: sortedOrder())
        filter.apply(text)
        if let row { select(row: row) } else { clampSelection() }
    }

    /// Selects the caller's row `row` if it is among the matching rows.
    public mutating func select(row: Int) {
        if let index = visibleRows.firstIndex(of: Int32(row)) { selection = index }
        clampSelection()
    }

    /// Records the area the table will be drawn in, so paging and scrolling use its height.
    public mutating func layout(in area: Rect) {
        pageRows = max(1, Table.bodyHeight(area: area, filterShown: isEditingFilter || !filterText.isEmpty))
        clampSelection()
    }

    /// A new order is read from its top: the selection goes to the first row, scrolled into view.
    public mutating func sort(by column: Int?, ascending: Bool = true) {
        sort = column.map { TableSort(column: $0, ascending: ascending) }
        filter.reorder(sortedOrder())
        selection = 0
        top = 0
        clampSelection()
    }

    public mutating func setFilter(_ text: String) {
        filterText = text
        let selected = selectedRow
        filter.apply(text)
        selection = 0
        if let selected { select(row: selected) }
        clampSelection()
    }

    public enum Action: Sendable {
        case up, down, pageUp, pageDown, first, last, choose, startFilter, clearFilter, nextSort, previousSort, reverseSort
    }

    /// The table's keys (htop and less style); a screen takes them into its own table with its own words.
    public static var keys: KeyTable<Table, Action> {
        KeyTable("List", [
            KeyBinding([.up, .character("k")], .up, help: "move", keys: "↑ ↓ j k"),
            .with([.down, .character("j")], .down),
            KeyBinding([.pageUp], .pageUp, help: "page up and down", keys: "PgUp PgDn"), .with([.pageDown], .pageDown),
            KeyBinding([.home, .character("g")], .first, help: "first and last", keys: "Home End g G"),
            .with([.end, .character("G")], .last),
            KeyBinding([.enter], .choose, help: "open", unavailable: { $0.selectedRow == nil ? "nothing is selected" : nil }),
            KeyBinding([.character("/")], .startFilter, help: "filter as you type; Enter keeps the filter", bar: "Filter"),
            KeyBinding([.escape], .clearFilter, help: "clear the filter",
                       unavailable: { $0.filterText.isEmpty ? "no filter to clear" : nil }),
            KeyBinding([.character(">")], .nextSort, help: "sort by the next or previous column", keys: "> <", bar: "Sort"),
            .with([.character("<")], .previousSort),
            KeyBinding([.character("I")], .reverseSort, help: "reverse the sort",
                       unavailable: { $0.sort == nil ? "the list is in its own order: > or < sorts it by a column" : nil }),
        ])
    }

    /// The bindings of these actions, inside an owner's table (a screen's, a pane's) that holds this table.
    public static func bindings<Outer, OuterAction>(_ actions: [Action], in inner: @escaping @Sendable (Outer) -> Table,
                                                    as wrap: (Action) -> OuterAction) -> [KeyBinding<Outer, OuterAction>] {
        keys.bindings.filter { actions.contains($0.action) }.map { $0.pulledBack(inner, wrap) }
    }

    /// Moving the selection: ↑ ↓ PgUp PgDn Home End and their letters.
    public static var moving: [Action] { [.up, .down, .pageUp, .pageDown, .first, .last] }

    public mutating func handle(_ key: Key) -> WidgetOutcome {
        if isEditingFilter { return handleFilter(key) }
        switch Table.keys.resolve(key, in: self) {
        case .action(let action): return perform(action)
        case .unavailable: return key == .escape ? .ignored : .handled
        case .unbound: return .ignored
        }
    }

    public mutating func perform(_ action: Action) -> WidgetOutcome {
        switch action {
        case .up: move(by: -1)
        case .down: move(by: 1)
        case .pageUp: move(by: -pageRows)
        case .pageDown: move(by: pageRows)
        case .first: move(by: -selection)
        case .last: move(by: visibleRows.count)
        case .choose: return selectedRow == nil ? .handled : .submitted
        case .startFilter: isEditingFilter = true
        case .clearFilter: setFilter("")
        case .nextSort: cycleSort(by: 1)
        case .previousSort: cycleSort(by: -1)
        case .reverseSort:
            guard let sort else { return .handled }
            self.sort(by: sort.column, ascending: !sort.ascending)
        }
        return .handled
    }

    public enum FilterAction: Sendable { case type, erase, eraseAll, keep, clear, leave }

    /// The keys while the filter line takes letters: every printable character is part of the filter.
    public static var filterKeys: KeyTable<Table, FilterAction> {
        KeyTable("Filter line", [
            KeyBinding([.enter], .keep, help: "keep the filter and go back to the list", bar: "Keep"),
            KeyBinding([.escape], .clear, help: "clear the filter", bar: "Clear"),
            KeyBinding([.backspace], .erase, help: "delete a letter (on an empty filter, close it)", keys: "Backspace"),
            KeyBinding([.control("u")], .eraseAll, help: "delete the whole filter"),
            KeyBinding([.up, .down, .pageUp, .pageDown], .leave, help: "keep the filter and move in the list", keys: "↑ ↓ PgUp PgDn"),
            KeyBinding([], .type, help: "type to narrow the list", keys: "letters", typesText: true),
        ])
    }

    /// A key while the filter line is open; `.ignored` when not one of its keys.
    public mutating func handleFilter(_ key: Key) -> WidgetOutcome {
        guard case .action(let action) = Table.filterKeys.resolve(key, in: self) else { return .ignored }
        return perform(action, key: key)
    }

    /// What a key of `filterKeys` does; `key` is the letter typed.
    public mutating func perform(_ action: FilterAction, key: Key) -> WidgetOutcome {
        switch action {
        case .type:
            guard case .character(let c) = key else { return .ignored }
            setFilter(filterText + String(c))
        case .erase:
            if filterText.isEmpty { isEditingFilter = false } else { setFilter(String(filterText.dropLast())) }
        case .eraseAll: setFilter("")
        case .keep: isEditingFilter = false
        case .clear:
            isEditingFilter = false
            setFilter("")
        case .leave:
            isEditingFilter = false
            return handle(key)
        }
        return .handled
    }

    private mutating func move(by delta: Int) {
        selection += delta
        clampSelection()
    }

    private mutating func cycleSort(by step: Int) {
        // Positions: -1 is the caller's own order, then each column.
        let current = sort?.column ?? -1
        let next = (current + 1 + step + columns.count + 1) % (columns.count + 1) - 1
        sort(by: next < 0 ? nil : next, ascending: next < 0 || !columns[next].sortsDescendingFirst)
    }

    private mutating func clampSelection() {
        selection = max(0, min(selection, visibleRows.count - 1))
        top = Table.scrolled(top: top, selection: selection, height: pageRows, count: visibleRows.count)
    }

    /// Rows with equal values keep the caller's order whichever way the column is sorted: Swift's sort is stable.
    private func sortedOrder() -> [Int32] {
        var order = (0..<Int32(rows.count)).map { $0 }
        guard let sort else { return order }
        let rows = self.rows
        order.sort { lhs, rhs in
            sort.ascending ? rows.precedes(Int(lhs), Int(rhs), column: sort.column)
                : rows.precedes(Int(rhs), Int(lhs), column: sort.column)
        }
        return order
    }

    /// The first row to draw so the selection is on screen, moving as little as possible from `top`, and never
    /// leaving empty lines below the last row while rows above are scrolled out of sight (after a filter narrows).
    static func scrolled(top: Int, selection: Int, height: Int, count: Int) -> Int {
        guard height > 0 else { return selection }
        if selection < top { return selection }
        if selection >= top + height { return selection - height + 1 }
        return max(0, min(top, count - height))
    }

    static func bodyHeight(area: Rect, filterShown: Bool) -> Int { area.height - 1 - (filterShown ? 1 : 0) }

    func drawnTop(height: Int) -> Int { Table.scrolled(top: top, selection: selection, height: height, count: visibleRows.count) }
}
