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

    public mutating func handle(_ key: Key) -> WidgetOutcome {
        if isEditingFilter { return handleFilter(key) }
        switch key {
        case .up, .character("k"): move(by: -1)
        case .down, .character("j"): move(by: 1)
        case .pageUp: move(by: -pageRows)
        case .pageDown: move(by: pageRows)
        case .home, .character("g"): move(by: -selection)
        case .end, .character("G"): move(by: visibleRows.count)
        case .enter: return selectedRow == nil ? .handled : .submitted
        case .character("/"): isEditingFilter = true
        case .escape:
            guard !filterText.isEmpty else { return .ignored }
            setFilter("")
        case .character(">"): cycleSort(by: 1)
        case .character("<"): cycleSort(by: -1)
        case .character("I"):
            guard let sort else { return .handled }
            self.sort(by: sort.column, ascending: !sort.ascending)
        default: return .ignored
        }
        return .handled
    }

    private mutating func handleFilter(_ key: Key) -> WidgetOutcome {
        switch key {
        case .character(let c): setFilter(filterText + String(c))
        case .backspace:
            if filterText.isEmpty { isEditingFilter = false } else { setFilter(String(filterText.dropLast())) }
        case .control("u"): setFilter("")
        case .enter: isEditingFilter = false
        case .escape:
            isEditingFilter = false
            setFilter("")
        case .up, .down, .pageUp, .pageDown:
            isEditingFilter = false
            return handle(key)
        default: return .ignored
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
