/// The Documents and Timeline tabs: a list with a filter line, whose keys go to the filter while it is open.
protocol ListPane: CasePane {
    var table: Table<StaticRows> { get set }
}

extension ListPane {
    /// The filter line takes what it can use; Tab, Ctrl-S and the like still work while it is open.
    mutating func type(_ key: Key, sheet: inout CaseSheet) -> ScreenOutcome? {
        guard table.isEditingFilter, table.handleFilter(key) != .ignored else { return nil }
        return .handled
    }

    func typingHelp(sheet: CaseSheet) -> (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? {
        guard table.isEditingFilter else { return nil }
        return (Table<StaticRows>.filterKeys.helpSection(in: table), Table<StaticRows>.filterKeys.barItems(in: table))
    }

    func position(sheet: CaseSheet) -> String { "\(tab.title) · \(table.position)" }
}
