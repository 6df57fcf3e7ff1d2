import CaseworkCore

/// One tab of the case screen as a value of its own (tig's view operations): its state, its key table, what its
/// keys do, and how it draws. The shell (`CaseScreen`) keeps only the tabs, the shared facts (`CaseSheet`) and the
/// form and question over them (`overlays`), which a pane's keys may open.
protocol CasePane: Sendable {
    associatedtype Action: Sendable
    typealias State = PaneState<Self>
    typealias Overlays = ScreenOverlays<CaseAnswer, CaseFormPurpose>

    var tab: CaseTab { get }
    var keys: KeyTable<State, Action> { get }
    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome
    /// While the pane takes text (a fact being edited, a filter line) its keys go here first; nil lets the tables
    /// have the key (Tab still changes tab while a filter line is open).
    mutating func type(_ key: Key, sheet: inout CaseSheet) -> ScreenOutcome?
    /// Help and bar while `type` takes keys.
    func typingHelp(sheet: CaseSheet) -> (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])?
    func render(into buffer: inout Buffer, area: Rect, sheet: CaseSheet, focused: Bool)
    /// "Documents · 3 of 6".
    func position(sheet: CaseSheet) -> String
    /// The record changed (a save, another officer's change, a new day); `old` is the one shown until now.
    mutating func reload(from old: Case, sheet: CaseSheet)
    /// The content area it will be drawn in.
    mutating func layout(in content: Rect)
}

/// What a pane's keys are judged on: the pane and the case it shows.
struct PaneState<Pane>: Sendable where Pane: Sendable {
    let pane: Pane
    let sheet: CaseSheet
}

extension CasePane {
    mutating func type(_ key: Key, sheet: inout CaseSheet) -> ScreenOutcome? { nil }
    func typingHelp(sheet: CaseSheet) -> (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? { nil }
    func position(sheet: CaseSheet) -> String { tab.title }
    mutating func reload(from old: Case, sheet: CaseSheet) {}
    mutating func layout(in content: Rect) {}

    /// A key for the pane's table (after `type` had its chance).
    mutating func handleTable(_ key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        switch keys.resolve(key, in: PaneState(pane: self, sheet: sheet)) {
        case .action(let action): return perform(action, key: key, sheet: &sheet, overlays: &overlays)
        case .unavailable(let why): return .unavailable(why)
        case .unbound: return .ignored
        }
    }

    func helpSections(sheet: CaseSheet) -> [HelpOverlay.Section] {
        let own = keys.helpSection(in: PaneState(pane: self, sheet: sheet))
        return (typingHelp(sheet: sheet).map { [$0.section] } ?? []) + [HelpOverlay.Section(tab.title, own.entries)]
    }

    func barItems(sheet: CaseSheet) -> [FunctionKeyBar.Item] {
        typingHelp(sheet: sheet)?.bar ?? keys.barItems(in: PaneState(pane: self, sheet: sheet))
    }

    /// What `key` does on this pane now, for the hint given when it does nothing on another.
    func describe(_ key: Key, sheet: CaseSheet) -> String? {
        let state = PaneState(pane: self, sheet: sheet)
        return keys.bindings.first { $0.matches(key) && !$0.typesText && $0.help != nil && $0.unavailable(state) == nil }?.help
    }
}
