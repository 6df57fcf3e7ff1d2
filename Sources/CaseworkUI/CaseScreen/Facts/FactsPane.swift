import CaseworkCore

/// The Household and Home & notice tabs: the application's facts, walked with ↑ ↓ and edited in place (a typed
/// fact in a field on its row, a yes/no flipped, a list or a form for the rest), saved together with Ctrl-S.
struct FactsPane: CasePane {
    enum Action: Sendable {
        case up, down, pageUp, pageDown, first, last
        case edit, change, yes, no, notKnown, addMember, removeMember
    }

    enum EditingAction: Sendable { case keep, next, previous, down, up, putBack, keepThenSave, type }

    let tab: CaseTab
    /// The selected fact, and how far past the last fact the pane has been scrolled.
    var selection = 0
    var overscroll = 0

    init(_ tab: CaseTab) { self.tab = tab }

    var keys: KeyTable<State, Action> { tab == .household ? FactsPane.householdKeys : FactsPane.homeKeys }

    private static let moving: [KeyBinding<State, Action>] = [
        KeyBinding([.up, .character("k")], .up, help: "move; PgUp PgDn page; Home End (g G) first, last", keys: "↑ ↓ j k"),
        .with([.down, .character("j")], .down), .with([.pageUp], .pageUp), .with([.pageDown], .pageDown),
        .with([.home, .character("g")], .first), .with([.end, .character("G")], .last),
    ]

    private static func selectedFact(_ state: State) -> Fact? { state.pane.selectedFact(state.sheet) }

    private static let noFact: @Sendable (State) -> String? = { selectedFact($0) == nil ? "no fact is selected" : nil }

    /// y and n answer a yes/no, a landlord's check or the arrears; u only the latter two, which may be not known.
    private static func answers(_ answer: Bool?) -> @Sendable (State) -> String? {
        { state in
            guard let fact = selectedFact(state) else { return "no fact is selected" }
            if fact.kind == .tristate || (fact.kind == .flag && answer != nil) { return nil }
            return answer == nil ? "u (not known) is for the landlord's checks and rent arrears" : "y and n answer a yes/no fact"
        }
    }

    static let householdKeys = KeyTable<State, Action>("Household", moving + [
        KeyBinding([.enter, .character("e")], .edit, help: "edit the selected fact, or change it", bar: "Edit", unavailable: noFact),
        KeyBinding([.character(" ")], .change, help: "change a yes/no", keys: "Space y n", unavailable: { state in
            guard let fact = selectedFact(state) else { return "no fact is selected" }
            return fact.isTyped ? "Enter edits \(fact.label)" : nil
        }),
        .with([.character("y")], .yes, unavailable: answers(true)), .with([.character("n")], .no, unavailable: answers(false)),
        KeyBinding([.character("a")], .addMember, help: "add a household member", bar: "Add"),
        KeyBinding([.character("d"), .delete], .removeMember, help: "remove the selected member", bar: "Remove", unavailable: { state in
            guard case .member? = selectedFact(state) else { return "Select a household member to remove" }
            return nil
        }),
    ])

    static let homeKeys = KeyTable<State, Action>("Home & notice", moving + [
        KeyBinding([.enter, .character("e")], .edit, help: "edit the selected fact, or choose from a list", bar: "Edit", unavailable: noFact),
        KeyBinding([.character(" ")], .change, help: "change a yes/no, cycle a check or the arrears, or choose", bar: "Change",
                   unavailable: { state in
                       guard let fact = selectedFact(state) else { return "no fact is selected" }
                       return fact.isTyped ? "Enter edits \(fact.label)" : nil
                   }),
        KeyBinding([.character("y")], .yes, help: "set a yes/no, a check or the arrears to yes or no", keys: "y n",
                   unavailable: answers(true)),
        .with([.character("n")], .no, unavailable: answers(false)),
        KeyBinding([.character("u")], .notKnown, help: "not known: the landlord's checks and rent arrears only",
                   unavailable: answers(nil)),
    ])

    /// The keys while a fact is typed into: letters are text; Enter keeps, Esc puts back, Tab and ↑ ↓ move on.
    static let editingKeys = KeyTable<FactsEditor, EditingAction>("Editing a fact", [
        KeyBinding([.enter], .keep, help: "keep what you typed", bar: "Keep"),
        KeyBinding([.tab], .next, help: "keep it and edit the next / previous fact", keys: "Tab Shift-Tab", bar: "Next"),
        .with([.backTab], .previous),
        KeyBinding([.up], .up, help: "keep it and move", keys: "↑ ↓"), .with([.down], .down),
        KeyBinding([.escape], .putBack, help: "put back what was there", bar: "Undo"),
        KeyBinding([.control("s")], .keepThenSave, help: "keep it and save every change"),
        KeyBinding([.left, .right, .home, .end, .backspace, .delete, .control("a"), .control("e"), .control("u"), .control("k")],
                   .type, help: "move in the text; Ctrl-U / Ctrl-K delete to start / end", keys: "← → Home End", typesText: true),
    ])

    func facts(_ sheet: CaseSheet) -> [Fact] { FactLayout.facts(tab, details: sheet.facts.details, today: sheet.today) }

    func selectedIndex(_ sheet: CaseSheet) -> Int {
        let count = facts(sheet).count
        return count == 0 ? 0 : max(0, min(selection, count - 1))
    }

    func selectedFact(_ sheet: CaseSheet) -> Fact? {
        let list = facts(sheet)
        return list.isEmpty ? nil : list[selectedIndex(sheet)]
    }

    /// Selects `fact` if this pane shows it.
    mutating func select(_ fact: Fact, sheet: CaseSheet) -> Bool {
        guard let index = facts(sheet).firstIndex(of: fact) else { return false }
        selection = index
        overscroll = 0
        return true
    }

    func position(sheet: CaseSheet) -> String {
        let count = facts(sheet).count
        return count == 0 ? tab.title : "\(tab.title) · \(selectedIndex(sheet) + 1) of \(count)"
    }

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        let page = max(1, sheet.content.height - 3)
        let count = facts(sheet).count
        switch action {
        case .up: moveFact(by: -1, sheet: sheet)
        case .down: moveFact(by: 1, sheet: sheet)
        case .pageUp: moveFact(by: -page, sheet: sheet)
        case .pageDown: moveFact(by: page, sheet: sheet)
        case .first: moveFact(by: -count, sheet: sheet)
        case .last: moveFact(by: count, sheet: sheet)
        case .edit, .change:
            guard let fact = selectedFact(sheet) else { return .handled }
            activate(fact, sheet: &sheet, overlays: &overlays)
        case .yes, .no, .notKnown:
            guard let fact = selectedFact(sheet) else { return .handled }
            sheet.facts.setAnswer(action == .yes ? true : action == .no ? false : nil, for: fact)
        case .addMember:
            overlays.open(CaseForms.member(nil, details: sheet.facts.details, today: sheet.today))
        case .removeMember:
            guard let fact = selectedFact(sheet), case .member(let index) = fact else { return .message("Select a household member to remove") }
            let name = fact.display(in: sheet.facts.details)
            overlays.ask(Dialog.confirm(title: "Remove member", message: "Remove \(name) from the household? Ctrl-S saves the change.",
                                        no: .init("Keep", .keep), yes: .init("Remove", .removeMember(index))))
        }
        return .handled
    }

    /// Enter on a fact: type into it, flip it, or open its list or form.
    private func activate(_ fact: Fact, sheet: inout CaseSheet, overlays: inout Overlays) {
        let details = sheet.facts.details
        switch fact.kind {
        case .text, .date: sheet.facts.begin(fact)
        case .flag, .tristate: sheet.facts.cycle(fact)
        case .choice: overlays.open(CaseForms.pick(fact, details: details))
        case .form:
            switch fact {
            case .member(let index): overlays.open(CaseForms.member(index, details: details, today: sheet.today))
            case .correspondenceAddress: overlays.open(CaseForms.correspondenceAddress(details))
            default: overlays.open(CaseForms.supportNeeds(details))
            }
        }
    }

    /// Moves the selection; past the last fact the pane keeps scrolling so the rules' reasons below can be read.
    private mutating func moveFact(by step: Int, sheet: CaseSheet) {
        let count = facts(sheet).count
        let current = selectedIndex(sheet)
        if step > 0, current == count - 1 {
            overscroll = min(overscroll + step, maxOverscroll(sheet))
            return
        }
        if step < 0, overscroll > 0 {
            overscroll = max(0, overscroll + step)
            return
        }
        selection = max(0, min(count - 1, current + step))
        overscroll = 0
    }

    /// Keys while a fact is being typed into; Ctrl-S keeps the fact and leaves the save to the screen's Ctrl-S.
    mutating func type(_ key: Key, sheet: inout CaseSheet) -> ScreenOutcome? {
        guard sheet.facts.editing != nil else { return nil }
        // Nothing else moves while a fact is being typed into: the frame may have the rest (F-keys).
        guard case .action(let action) = FactsPane.editingKeys.resolve(key, in: sheet.facts) else { return .ignored }
        let today = sheet.today
        switch action {
        case .putBack: sheet.facts.revert(today: today)
        case .keep: sheet.facts.commit()
        case .next, .previous, .up, .down:
            sheet.facts.commit()
            moveFact(by: action == .next || action == .down ? 1 : -1, sheet: sheet)
            if action == .next || action == .previous, let next = selectedFact(sheet), next.isTyped { sheet.facts.begin(next) }
        case .keepThenSave:
            sheet.facts.commit()
            return sheet.facts.hasEdits ? nil : .message("Nothing to save on \(sheet.ref)")
        case .type:
            return sheet.facts.type(key, today: today) == .ignored ? .ignored : .handled
        }
        return .handled
    }

    func typingHelp(sheet: CaseSheet) -> (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? {
        guard sheet.facts.editing != nil else { return nil }
        return (FactsPane.editingKeys.helpSection(in: sheet.facts), FactsPane.editingKeys.barItems(in: sheet.facts))
    }
}
