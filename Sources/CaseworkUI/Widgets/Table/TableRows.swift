/// The caller's rows, read by index: a table of 100,000 cases holds no per-row objects of its own,
/// and asks for cell text only for the rows on screen.
public protocol TableRows: Sendable {
    var count: Int { get }
    /// The text of one cell; asked only for rows being drawn.
    func text(row: Int, column: Int) -> String
    /// A role for one cell (red/amber/green marks); nil for the table's normal style.
    func style(row: Int, column: Int) -> Style?
    /// What the filter line matches, asked once per row when the rows are set (not per keystroke).
    func searchText(row: Int) -> String
    /// Whether `a`'s value is smaller than `b`'s in `column` (numbers as numbers, dates as dates); equal values are
    /// neither, and the table keeps them in the caller's order.
    func precedes(_ a: Int, _ b: Int, column: Int) -> Bool
}

extension TableRows {
    public func style(row: Int, column: Int) -> Style? { nil }
    public func precedes(_ a: Int, _ b: Int, column: Int) -> Bool {
        text(row: a, column: column) < text(row: b, column: column)
    }
}

/// Rows held as strings: for short lists and tests. `sortKeys`, when given, is what a column sorts by in place of
/// its text (an ISO date for a column showing "2 Dec 2026").
public struct StaticRows: TableRows, Hashable {
    public var cells: [[String]]
    public var styles: [[Style?]]
    public var sortKeys: [[String]]

    public init(_ cells: [[String]], styles: [[Style?]] = [], sortKeys: [[String]] = []) {
        self.cells = cells
        self.styles = styles
        self.sortKeys = sortKeys
    }

    public var count: Int { cells.count }
    public func text(row: Int, column: Int) -> String { column < cells[row].count ? cells[row][column] : "" }
    public func style(row: Int, column: Int) -> Style? {
        row < styles.count && column < styles[row].count ? styles[row][column] : nil
    }
    public func searchText(row: Int) -> String { cells[row].joined(separator: " ") }
    public func precedes(_ a: Int, _ b: Int, column: Int) -> Bool {
        guard a < sortKeys.count, b < sortKeys.count, column < sortKeys[a].count, column < sortKeys[b].count else {
            return text(row: a, column: column) < text(row: b, column: column)
        }
        return sortKeys[a][column] < sortKeys[b][column]
    }
}
