import CaseworkCore
import Testing
@testable import CaseworkUI

@Suite struct TableTests {
    /// A table of `count` numbered rows laid out `height` rows tall (one of them the header).
    static func numbered(_ count: Int, height: Int = 6) -> Table<StaticRows> {
        var table = Table(columns: [TableColumn("N", width: 6)], rows: StaticRows((0..<count).map { ["row \($0)"] }))
        table.layout(in: Rect(x: 0, y: 0, width: 10, height: height))
        return table
    }

    static func run(_ table: inout Table<StaticRows>, _ keys: String) -> [WidgetOutcome] {
        Key.sequence(keys).map { table.handle($0) }
    }

    @Test(arguments: [
        ("", 0), ("j", 1), ("jjk", 1), ("<Down><Down><Up>", 1), ("k", 0), ("G", 99), ("Gg", 0), ("<End><Home>", 0),
        ("<PgDn>", 5), ("<PgDn><PgDn><PgUp>", 5), ("G<PgDn>", 99), ("jjjjjjjjjjjj", 12),
    ])
    func selectionMoves(keys: String, selected: Int) {
        var table = Self.numbered(100)
        _ = Self.run(&table, keys)
        #expect(table.selectedRow == selected)
        #expect(table.position == "\(selected + 1) of 100")
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        var table = Self.numbered(100)
        _ = Self.run(&table, "jjjjjjj")
        var buffer = Buffer(width: 10, height: 6)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines.last == "row 7     ")
        #expect(buffer[x: 0, y: 5].style == .selected)
        _ = Self.run(&table, "kkkkk")
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[1] == "row 2     ")
        #expect(buffer[x: 0, y: 1].style == .selected)
    }

    @Test func enterOpensAndEscIsLeftToTheScreen() {
        var table = Self.numbered(3)
        #expect(Self.run(&table, "j<Enter><Esc>") == [.handled, .submitted, .ignored])
        var empty = Self.numbered(0)
        #expect(Self.run(&empty, "<Enter>j") == [.handled, .handled])
        #expect(empty.selectedRow == nil && empty.position == "0 of 0")
    }

    @Test func filterAppliesAsYouTypeAndEscClearsIt() {
        var table = SampleScreen.table()
        _ = Self.run(&table, "/zoe")
        #expect(table.visibleRows == [2])
        #expect(table.position == "1 of 1 (filtered from 6)")
        _ = Self.run(&table, "<BS><BS><BS>")
        #expect(table.filterText == "")
        #expect(table.visibleRows.count == 6)
        _ = Self.run(&table, "COUNCIL<Enter>")
        #expect(table.visibleRows == [0, 4, 5] && !table.isEditingFilter)
        #expect(Self.run(&table, "j<Esc>") == [.handled, .handled])
        #expect(table.visibleRows.count == 6 && table.selectedRow == 4)
    }

    @Test(arguments: [("王", [1]), ("yilmaz", [4]), ("suilleabhain", [5]), ("priya council", [0]), ("h-000", [0, 1, 2, 3, 4, 5]), ("xyz", [])])
    func filterFoldsCaseAndAccents(query: String, rows: [Int32]) {
        var table = SampleScreen.table()
        table.setFilter(query)
        #expect(table.visibleRows == rows)
    }

    @Test func emptyFilterResultSaysSo() {
        var table = SampleScreen.table()
        _ = Self.run(&table, "/qqq")
        var buffer = Buffer(width: 40, height: 5)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[1].hasPrefix("No cases match"))
        #expect(buffer.lines[4].hasPrefix("/qqq▏") && buffer.lines[4].hasSuffix("0 matches"))
    }

    @Test func sortingCyclesColumnsAndShowsTheDirection() {
        var table = SampleScreen.table()
        _ = Self.run(&table, ">>")
        #expect(table.sort?.column == 1 && table.sort?.ascending == true)
        #expect(table.visibleRows.first == 5 || table.visibleRows.first == 4)
        _ = Self.run(&table, "I")
        #expect(table.sort?.ascending == false)
        #expect(table.visibleRows.first == 1)
        var buffer = Buffer(width: 80, height: 4)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[0].contains("Name▼"))
        _ = Self.run(&table, "<<")
        #expect(table.sort == nil && table.visibleRows == [0, 1, 2, 3, 4, 5])
    }

    /// A title as wide as its column is never cut for the arrow ("Los▲" or "Los…"): the arrow goes in the gap after it.
    @Test(arguments: [(0, true, "Name▲Loss"), (1, true, "Name Loss▲"), (1, false, "Name Loss▼")])
    func sortArrowNeverCutsANarrowTitle(column: Int, ascending: Bool, header: String) {
        var table = Table(columns: [TableColumn("Name", width: 4), TableColumn("Loss", width: 4, alignment: .right)],
                          rows: StaticRows([["Zoë", "12"], ["Ann", "3"]]))
        table.sort(by: column, ascending: ascending)
        var buffer = Buffer(width: 11, height: 3)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[0] == TextFit.padRight(header, to: 11))
    }

    /// After the rows shrink under a selection near the end, the table fills its height rather than showing the
    /// selected row alone at the top with empty lines below it.
    @Test func narrowedRowsFillTheTable() {
        var table = Self.numbered(100)
        _ = Self.run(&table, "G")
        table.setRows(StaticRows((0..<20).map { ["row \($0)"] }), keeping: 18)
        var buffer = Buffer(width: 10, height: 6)
        table.render(into: &buffer, area: buffer.area)
        #expect(Array(buffer.lines[1...5]) == (15...19).map { TextFit.padRight("row \($0)", to: 10) })
        #expect(buffer[x: 0, y: 4].style == .selected)
    }

    @Test func aSortStartsAtTheTopOfTheNewOrder() {
        var table = Self.numbered(100)
        table.layout(in: Rect(x: 0, y: 0, width: 10, height: 6))
        _ = Self.run(&table, "G")
        table.sort(by: 0, ascending: false)
        #expect(table.selection == 0 && table.selectedRow == table.visibleRows.first.map(Int.init))
        var buffer = Buffer(width: 10, height: 6)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[1].hasPrefix(table.rows.text(row: Int(table.visibleRows[0]), column: 0)))
        #expect(buffer[x: 0, y: 1].style == .selected)
    }

    /// Equal values keep the caller's order both ways, so reversing a sort does not reshuffle ties.
    @Test func tiesKeepTheCallersOrderEitherWay() {
        var table = Table(columns: [TableColumn("Team", width: 8)], rows: StaticRows([["b"], ["a"], ["b"], ["a"], ["b"]]))
        table.sort(by: 0)
        #expect(table.visibleRows == [1, 3, 0, 2, 4])
        table.sort(by: 0, ascending: false)
        #expect(table.visibleRows == [0, 2, 4, 1, 3])
    }

    @Test func aColumnThatSortsDescendingFirstIsPickedThatWay() {
        var table = Table(columns: [TableColumn("Name", width: 6), TableColumn("Days", width: 4, sortsDescendingFirst: true)],
                          rows: StaticRows([["Ann", "3"], ["Bo", "12"], ["Cy", "7"]], sortKeys: [["Ann", "03"], ["Bo", "12"], ["Cy", "07"]]))
        _ = Self.run(&table, ">")
        #expect(table.sort == TableSort(column: 0, ascending: true))
        _ = Self.run(&table, ">")
        #expect(table.sort == TableSort(column: 1, ascending: false) && table.visibleRows == [1, 2, 0])
        var buffer = Buffer(width: 12, height: 4)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines[0].contains("Days▼"))
    }

    @Test(arguments: [(80, 8), (60, 5), (40, 3), (200, 9), (10, 1)])
    func narrowTablesDropColumnsByPriority(width: Int, kept: Int) {
        let layout = TableColumn.layout(SampleScreen.columns, in: width)
        #expect(layout.count == kept)
        #expect(layout.map(\.index) == layout.map(\.index).sorted())
        #expect(layout.reduce(0) { $0 + $1.width } + layout.count - 1 <= width)
        if kept < SampleScreen.columns.count {
            let dropped = Set(SampleScreen.columns.indices).subtracting(layout.map(\.index))
            let lowestKept = layout.map { SampleScreen.columns[$0.index].priority }.max()!
            #expect(dropped.allSatisfy { SampleScreen.columns[$0].priority >= lowestKept })
        }
    }

    @Test func refreshedRowsKeepFilterSortAndSelection() {
        var table = SampleScreen.table()
        table.setFilter("council")
        var rows = SampleScreen.rows
        rows.cells.append(["H-0007", "New Person", "1A", "3", "none", "council", "1/5", "0", ""])
        table.setRows(rows, keeping: 5)
        #expect(table.visibleRows == [0, 4, 5, 6])
        #expect(table.selectedRow == 5)
    }

    /// The incremental filter must give exactly what filtering from scratch gives, over random edits.
    @Test func incrementalFilterMatchesAFreshFilter() {
        var random = SeededRandom(seed: 0xCA5E)
        let alphabet: [Character] = ["a", "e", "i", "n", "r", " ", "ë", "王", "1"]
        let rows = StaticRows((0..<300).map { _ in
            [String((0..<random.next(upTo: 12)).map { _ in alphabet[random.next(upTo: alphabet.count)] })]
        })
        var table = Table(columns: [TableColumn("T", width: 10)], rows: rows)
        var query = ""
        for _ in 0..<400 {
            if !query.isEmpty, random.next(upTo: 3) == 0 { query.removeLast() } else { query.append(alphabet[random.next(upTo: alphabet.count)]) }
            table.setFilter(query)
            var fresh = Table(columns: [TableColumn("T", width: 10)], rows: rows)
            fresh.setFilter(query)
            #expect(table.visibleRows == fresh.visibleRows, "query \"\(query)\"")
        }
    }
}
