/// A column and how it gives way when the terminal is narrow.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    /// Columns it needs; a growing column may get more.
    public var width: Int
    /// 0 is kept longest; higher numbers are dropped first when the columns do not fit.
    public var priority: Int
    public var alignment: Buffer.Alignment
    /// Shares out the spare width (a name column, say).
    public var grows: Bool
    /// Picked with `<` `>`, the column sorts largest first (days waiting: the longest wait on top).
    public var sortsDescendingFirst: Bool

    public init(_ title: String, width: Int, priority: Int = 0, alignment: Buffer.Alignment = .left, grows: Bool = false,
                sortsDescendingFirst: Bool = false) {
        self.title = title
        self.width = width
        self.priority = priority
        self.alignment = alignment
        self.grows = grows
        self.sortsDescendingFirst = sortsDescendingFirst
    }

    /// The columns that fit in `total` columns (one space between each), as (column index, width) in
    /// display order: the least important are dropped first, and spare width goes to growing columns.
    public static func layout(_ columns: [TableColumn], in total: Int) -> [(index: Int, width: Int)] {
        var kept = Array(columns.indices)
        func needed(_ indices: [Int]) -> Int { indices.reduce(0) { $0 + columns[$1].width } + max(0, indices.count - 1) }
        while needed(kept) > total, kept.count > 1 {
            let drop = kept.enumerated().max { lhs, rhs in
                columns[lhs.element].priority != columns[rhs.element].priority
                    ? columns[lhs.element].priority < columns[rhs.element].priority : lhs.offset < rhs.offset
            }!
            kept.remove(at: drop.offset)
        }
        var widths = kept.map { columns[$0].width }
        let spare = total - needed(kept)
        if spare < 0, !widths.isEmpty { widths[0] = max(0, widths[0] + spare) }
        let growing = kept.indices.filter { columns[kept[$0]].grows }
        if spare > 0, !growing.isEmpty {
            for (order, position) in growing.enumerated() {
                widths[position] += spare / growing.count + (order < spare % growing.count ? 1 : 0)
            }
        }
        return zip(kept, widths).map { (index: $0, width: $1) }
    }
}
