import CaseworkCore

/// The case screen's keys: the shell's (tabs, save, back) around the shown pane's, and the form and question the
/// frame handles over them.
extension CaseScreen: ConsoleScreen {
    enum Action: Sendable {
        case nextTab, previousTab, show(CaseTab), save, back
        case book
    }

    static let keys = KeyTable<CaseScreen, Action>("Case screen", [
        KeyBinding([.tab], .nextTab, help: "next / previous tab", keys: "Tab Shift-Tab"), .with([.backTab], .previousTab),
    ] + CaseTab.allCases.map { tab in
        let group = tab.rawValue < 4 ? Array(CaseTab.allCases.prefix(4)) : Array(CaseTab.allCases.dropFirst(4))
        guard tab == group.first else { return .with([.character(tab.digit)], .show(tab)) }
        return KeyBinding([.character(tab.digit)], .show(tab), help: group.map(\.title).joined(separator: ", "),
                          keys: group.map { String($0.digit) }.joined(separator: " "))
    } + [
        KeyBinding([.control("s")], .save, help: "save the changed facts (Household, Home & notice)", bar: "Save",
                   unavailable: { $0.sheet.facts.hasEdits ? nil : "Nothing to save on \($0.ref)" }),
        KeyBinding([.escape], .back, help: "back (asks when there are unsaved changes)"),
        KeyBinding([.character("b")], .book, help: "book an appointment: the best free slots in the diary", bar: "Book"),
    ])

    static let restrictedKeys = KeyTable<CaseScreen, Action>("Restricted case", [
        KeyBinding([.escape], .back, help: "back to the queue"),
    ])

    var keys: KeyTable<CaseScreen, Action> { mayView ? CaseScreen.keys : CaseScreen.restrictedKeys }

    var title: String { "case \(ref)" }

    /// The overlays first; then what the pane types; the shell's keys; the pane's; Esc last, so a pane's own Esc
    /// (clearing a filter) comes before going back.
    mutating func handleKey(_ key: Key) -> ScreenOutcome {
        guard mayView else { return dispatch(key, in: keys) }
        defer { sheet.refresh() }
        if let outcome = handleOverlays(key) { return outcome }
        if let typed = panes[tab.rawValue].type(key, sheet: &sheet) { return typed }
        if key != .escape, case .action(let action) = keys.resolve(key, in: self) { return perform(action, key: key) }
        let outcome = panes[tab.rawValue].handleTable(key, sheet: &sheet, overlays: &overlays)
        switch outcome {
        case .ignored, .unavailable:
            let own = dispatch(key, in: keys)
            return own == .ignored ? outcome : own
        default:
            return outcome
        }
    }

    mutating func perform(_ action: Action, key: Key) -> ScreenOutcome {
        switch action {
        case .nextTab: tab = CaseTab(rawValue: (tab.rawValue + 1) % CaseTab.allCases.count)!
        case .previousTab: tab = CaseTab(rawValue: (tab.rawValue + CaseTab.allCases.count - 1) % CaseTab.allCases.count)!
        case .show(let next): tab = next
        case .save: return save()
        case .back: return .back
        case .book: return .handOver(.diary, .bookSlot(ref: ref))
        }
        return .handled
    }

    mutating func answer(_ answer: CaseAnswer) -> ScreenOutcome {
        switch answer {
        case .keep: return .handled
        case .removeMember(let index):
            sheet.facts.removeMember(at: index)
            return .handled
        case .unprovide(let kind): return .perform(.setDocument(kind: kind, provided: false))
        case .closeAtTriage(let action): return confirmedTriageOutcome(action)
        case .backToTriageOutcome:
            overlays.open(CaseForms.triageOutcome(sheet.record.triage, rules: sheet.report.rules))
            return .handled
        case .plan(let answer): return answerPlan(answer)
        }
    }

    /// The officers' open cases arrived: the assign form opens with them.
    mutating func receive(_ message: CaseMessage) -> ScreenOutcome {
        switch message {
        case .caseloads(let counts):
            overlays.open(CaseForms.assign(sheet.context.staff, current: sheet.record.assignedOfficer, caseloads: counts))
            return .handled
        case .failed(let why):
            return .error(why)
        }
    }

    mutating func apply(_ event: ScreenEvent) {
        if case .newDay(let context) = event { moveTo(context) }
    }

    /// A form covers the tab's content when there is room, else the whole screen.
    func formArea(_ area: Rect) -> Rect {
        let content = CaseLayout(area).content
        return content.height >= 12 ? content : area
    }

    var helpSections: [HelpOverlay.Section] {
        guard mayView else { return [keys.helpSection(in: self)] }
        if let question = overlays.question { return [Dialog.keys.helpSection(in: question)] }
        let pane = panes[tab.rawValue]
        var sections: [HelpOverlay.Section] = []
        if let form = overlays.form { sections.append(.init("Form: " + form.title, Form.keys.helpEntries(in: form))) }
        return sections + pane.helpSections(sheet: sheet) + [keys.helpSection(in: self)]
    }

    var barItems: [FunctionKeyBar.Item] {
        guard mayView, overlays.question == nil else { return [] }
        if let form = overlays.form { return Form.keys.barItems(in: form) }
        let pane = panes[tab.rawValue]
        let editing = pane.typingHelp(sheet: sheet) != nil
        return pane.barItems(sheet: sheet) + (editing ? [] : keys.barItems(in: self))
    }

    var position: String {
        guard mayView else { return CaseAccess.restrictedLabel }
        if let form = overlays.form { return form.title }
        return panes[tab.rawValue].position(sheet: sheet)
    }

    /// What a key that does nothing here does on another tab: "c: log a call, email, letter, visit or text (Timeline, 4)".
    func hint(for key: Key) -> String? {
        guard mayView, overlays.form == nil else { return nil }
        for other in CaseTab.allCases where other != tab {
            if let help = panes[other.rawValue].describe(key, sheet: sheet) { return "\(key.label) on \(other.title) (\(other.digit)): \(help)" }
        }
        return nil
    }

    var unsavedWork: UnsavedWork {
        let facts = (sheet.facts.hasEdits ? ["unsaved changes to case \(ref)"] : [])
            + (planPane?.plan.hasUnsavedEdits == true ? ["unsaved changes to the plan of \(ref)"] : [])
        let forms = overlays.unsavedForms
        let items = facts + forms.map { "what you typed in “\($0.title)” on \(ref)" }
        let canSave = items.count == 1 && (forms.isEmpty || overlays.form != nil)
        return UnsavedWork(items, canSave: canSave, canKeepDraft: forms.allSatisfy { $0.purpose.draftKey != nil })
    }

    mutating func saveUnsaved() -> ScreenOutcome {
        if let form = overlays.form { return submitForm(form) }
        if !sheet.facts.hasEdits, var pane = planPane, pane.plan.hasUnsavedEdits {
            defer { panes[CaseTab.plan.rawValue] = pane }
            return pane.save()
        }
        return save()
    }

    /// Every form with typed work, as a draft keeps them.
    var draftForms: [DraftForm] {
        overlays.unsavedForms.compactMap { form in form.purpose.draftKey.map { DraftForm(kind: $0, values: form.values) } }
    }

    /// Forms kept in a draft, back as they were typed: the first open, the rest put aside.
    mutating func restore(forms: [DraftForm]) {
        let rebuilt = forms.compactMap { kept in
            CaseForms.form(draftKey: kept.kind, sheet: sheet).map { $0.filled(with: kept.values) }
        }
        overlays.bringBack(rebuilt)
    }

    /// The officer chose to throw away everything typed.
    mutating func discardUnsaved() {
        sheet.facts.reset(to: CaseDetails(sheet.record))
        if var pane = planPane {
            pane.plan.reload(sheet.record, keepEdits: false)
            panes[CaseTab.plan.rawValue] = pane
        }
        overlays.discardAll()
        sheet.refresh()
    }
}
