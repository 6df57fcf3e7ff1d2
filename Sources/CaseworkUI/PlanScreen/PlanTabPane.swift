import CaseworkCore

/// The Plan tab (9, or F4 on a case): `PlanPane` inside the case screen, with its keys in one table for the help
/// and the key bar. While a text or a question is open every key goes to it first (`type`), so digits, Tab and
/// letters are typed, not taken as the screen's.
struct PlanTabPane: CasePane {
    enum Action: Sendable { case key }

    var plan: PlanPane
    /// The fields both sides changed at the last reload that kept the officer's work.
    private(set) var clashes: [String] = []
    var tab: CaseTab { .plan }

    init(_ record: Case, context: ConsoleContext) {
        plan = PlanPane(record: record, context: context, partners: context.partners, library: context.stepLibrary)
    }

    var keys: KeyTable<State, Action> { PlanTabPane.keys }

    static func onSteps(_ state: State) -> String? { state.pane.plan.section == .steps ? nil : "on the Steps section (← →)" }
    static func chosenStep(_ state: State) -> String? {
        onSteps(state) ?? (state.pane.plan.selectedStep == nil ? "No step chosen: a adds one" : nil)
    }
    static func current(_ state: State) -> String? {
        state.pane.plan.viewing.map { "version \($0) is an earlier one, read-only: Esc goes back to the current version" }
    }

    static let keys = KeyTable<State, Action>("Plan", [
        KeyBinding([.left, .right], .key, help: "steps, assessment, versions", keys: "← →"),
        KeyBinding([.up, .down, .character("k"), .character("j"), .home, .end], .key, help: "choose", keys: "↑ ↓ j k"),
        KeyBinding([.enter, .character("e")], .key, help: "edit the words (a step's, an assessment field's); on Versions, show that one",
                   keys: "Enter", bar: "Edit"),
        KeyBinding([.character("a")], .key, help: "add a step (whose, then its words)", bar: "Add",
                   unavailable: { onSteps($0) ?? current($0) }),
        KeyBinding([.character("l")], .key, help: "add a standard step from the council's library, with its usual due date",
                   bar: "Library", unavailable: { onSteps($0) ?? current($0) }),
        KeyBinding([.character("o")], .key, help: "whose step: applicant required, recommended, council",
                   unavailable: { chosenStep($0) ?? current($0) }),
        KeyBinding([.character("u")], .key, help: "the step's due date", unavailable: { chosenStep($0) ?? current($0) }),
        KeyBinding([.character("t")], .key, help: "the step's partner from the directory (its usual cost goes with it)", bar: "Partner",
                   unavailable: { chosenStep($0) ?? current($0) }),
        KeyBinding([.character("K"), .character("J")], .key, help: "move the step up / down", keys: "K J",
                   unavailable: { chosenStep($0) ?? current($0) }),
        KeyBinding([.character("d")], .key, help: "remove the step", unavailable: { chosenStep($0) ?? current($0) }),
        KeyBinding([.character("x")], .key, help: "step done today / back to do", bar: "Done", unavailable: { chosenStep($0) ?? current($0) }),
        KeyBinding([.character("n")], .key, help: "step not done, with the reason", unavailable: { chosenStep($0) ?? current($0) }),
        KeyBinding([.character("r")], .key, help: "the step's referral sent today", unavailable: { chosenStep($0) ?? current($0) }),
        KeyBinding([.control("s")], .key, help: "save the plan's changes (after agreement, a new version)", bar: "Save",
                   unavailable: { $0.pane.plan.hasUnsavedEdits ? nil : "Nothing to save on the plan" }),
        KeyBinding([.character("g")], .key, help: "agreed with the applicant today (s189A(4))", bar: "Agree",
                   unavailable: { state in
                       if let why = onSteps(state) { return why }
                       return state.pane.plan.working.steps.isEmpty ? "A plan with no step cannot be agreed" : nil
                   }),
        KeyBinding([.character("G")], .key, help: "not agreed: the applicant's reason, the steps stand as the council's (s189A(5)-(6))",
                   unavailable: { onSteps($0) }),
        KeyBinding([.character("p")], .key, help: "write the letter for the version shown and record it sent today", bar: "Letter",
                   unavailable: { state in
                       let plan = state.pane.plan.plan
                       let version = state.pane.plan.viewing ?? plan.version
                       return plan.entry(version)?.settledOn == nil ? "Version \(version) is not agreed or recorded as not agreed yet" : nil
                   }),
        KeyBinding([.character("R")], .key, help: "review done, with what it found", unavailable: { onSteps($0) }),
        KeyBinding([.character("f")], .key, help: "record the applicant's refusal of a required step (s193A)",
                   unavailable: { chosenStep($0) }),
        KeyBinding([.character("w")], .key, help: "record the written warning about it, with its period (s193B(4))",
                   unavailable: { chosenStep($0) }),
    ])

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        Self.outcome(plan.handle(key))
    }

    mutating func type(_ key: Key, sheet: inout CaseSheet) -> ScreenOutcome? {
        // A key the text or question does not use (an F-key) goes on to the frame.
        if plan.isEditing { return Self.outcome(plan.handle(key)) }
        if key == .escape, plan.viewing != nil { return Self.outcome(plan.handle(key)) }
        return nil
    }

    func typingHelp(sheet: CaseSheet) -> (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? {
        guard plan.isEditing else { return nil }
        let entries: [(String, String)] = plan.prompt != nil
            ? [("↑ ↓", "choose"), ("Enter", "keep the answer"), ("Esc", "cancel")]
            : [("← → ↑ ↓", "move by character and wrapped row"), ("Ctrl-← Ctrl-→", "move by word"), ("Home End", "the line's ends"),
               ("Ctrl-Z Ctrl-Y", "undo, redo"), ("Enter", "a new line"), ("Esc", "done editing"), ("Ctrl-S", "save the plan")]
        let bar = plan.prompt != nil ? [FunctionKeyBar.Item("Ent", "Keep"), FunctionKeyBar.Item("Esc", "Cancel")]
            : [FunctionKeyBar.Item("Esc", "Done"), FunctionKeyBar.Item("^S", "Save"), FunctionKeyBar.Item("^Z", "Undo")]
        return (HelpOverlay.Section("Plan: typing", entries.map { HelpOverlay.Entry($0.0, $0.1) }), bar)
    }

    func render(into buffer: inout Buffer, area: Rect, sheet: CaseSheet, focused: Bool) {
        plan.render(into: &buffer, area: area)
    }

    func position(sheet: CaseSheet) -> String {
        let current = plan.plan.version
        return plan.viewing.map { "Plan · version \($0) of \(current)" } ?? "Plan · version \(current)"
    }

    mutating func reload(from old: Case, sheet: CaseSheet) {
        clashes = plan.reload(sheet.record, keepEdits: true)
    }

    mutating func layout(in content: Rect) { plan.layout(in: content) }

    /// Ctrl-S from the frame's "Save" on the way out.
    mutating func save() -> ScreenOutcome { Self.outcome(plan.save()) }

    static func outcome(_ outcome: PlanPane.Outcome) -> ScreenOutcome {
        switch outcome {
        case .handled: .handled
        case .ignored: .ignored
        case .perform(let action): .perform(action)
        case .notice(let text): .message(text)
        }
    }
}
