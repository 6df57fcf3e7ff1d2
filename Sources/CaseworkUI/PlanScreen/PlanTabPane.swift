import CaseworkCore

/// The Plan tab (9): `PlanPane` inside the case screen. Its key table is the only dispatch: `perform` does each
/// action, and questions and forms go over the case screen as the frame's (`PlanForms`). While a step's words or an
/// assessment field are being typed, every key goes to the text first (`type`, with its own table), so digits, Tab and
/// letters are typed, not taken as the screen's.
struct PlanTabPane: CasePane {
    enum Action: Sendable {
        case previousSection, nextSection
        case up, down, first, last
        case edit, viewVersion, backToCurrent
        case addStep, addStandardStep
        case owner, dueDate, partner, moveUp, moveDown, remove
        case done, notDone, referralSent
        case save, agree, notAgreed, letter, reviewDone, refusal, warning
    }

    /// The keys while a text is open: the text's own, and the two that close it.
    enum TypingAction: Sendable { case done, save, type }

    var plan: PlanPane
    /// The fields both sides changed at the last reload that kept the officer's work.
    private(set) var clashes: [String] = []
    var tab: CaseTab { .plan }

    init(_ record: Case, context: ConsoleContext) {
        plan = PlanPane(record: record, context: context, partners: context.partners, library: context.stepLibrary)
    }

    var keys: KeyTable<State, Action> { PlanTabPane.keys }

    // Why a key does nothing now, in the order the officer would want to hear it.
    static func onSteps(_ state: State) -> String? { state.pane.plan.section == .steps ? nil : "on the Steps section (← →)" }
    static func current(_ state: State) -> String? {
        let plan = state.pane.plan
        return plan.viewing.map { PlanRefusal.editing($0, of: plan.plan).description }
    }
    static func chosen(_ state: State) -> String? {
        onSteps(state) ?? (state.pane.plan.chosenStep == nil ? "No step chosen: a adds one" : nil)
    }
    static func stepEdit(_ state: State) -> String? { chosen(state) ?? current(state) }
    static func reading(_ state: State) -> String? {
        state.pane.plan.viewing.map { "Version \($0) is an earlier one, read-only: Esc goes back to the current version" }
    }
    static func saved(_ state: State) -> String? {
        state.pane.plan.hasUnsavedEdits ? "Save the plan's changes first (Ctrl-S)" : nil
    }

    static let keys = KeyTable<State, Action>("Plan", [
        KeyBinding([.left], .previousSection, help: "steps, assessment, versions", keys: "← →"), .with([.right], .nextSection),
        KeyBinding([.up, .character("k")], .up, help: "choose; Home End the first, the last", keys: "↑ ↓ j k"),
        .with([.down, .character("j")], .down), .with([.home], .first), .with([.end], .last),
        KeyBinding([.enter, .character("e")], .edit, help: "edit the words (a step's, an assessment field's), or choose",
                   keys: "Enter e", bar: "Edit", unavailable: { state in
                       if state.pane.plan.section == .versions { return "Enter shows the chosen version" }
                       if state.pane.plan.section == .steps, let why = chosen(state) { return why }
                       return current(state)
                   }),
        KeyBinding([.enter, .character("e")], .viewVersion, help: "show the chosen version (an earlier one read-only)", keys: "Enter e",
                   bar: "View", unavailable: { state in
                       if state.pane.plan.section != .versions { return "on the Versions section (← →)" }
                       return state.pane.plan.plan.versions.isEmpty ? "No versions yet: the plan is a draft until agreed" : nil
                   }),
        KeyBinding([.escape], .backToCurrent, help: "back to the current version",
                   unavailable: { $0.pane.plan.viewing == nil ? "the current version is shown" : nil }),
        KeyBinding([.character("a")], .addStep, help: "add a step (whose, then its words)", bar: "Add",
                   unavailable: { onSteps($0) ?? current($0) }),
        KeyBinding([.character("l")], .addStandardStep, help: "add a standard step from the council's library, with its usual due date",
                   bar: "Library", unavailable: { state in
                       if let why = onSteps(state) ?? current(state) { return why }
                       let library = state.pane.plan.library
                       return library.steps.isEmpty ? "The library of standard steps is empty (\(library.source))" : nil
                   }),
        KeyBinding([.character("o")], .owner, help: "whose step: applicant required, recommended, council", unavailable: stepEdit),
        KeyBinding([.character("u")], .dueDate, help: "the step's due date", unavailable: stepEdit),
        KeyBinding([.character("t")], .partner, help: "the step's partner from the directory (its usual cost goes with it)", bar: "Partner",
                   unavailable: stepEdit),
        KeyBinding([.character("K")], .moveUp, help: "move the step up / down", keys: "K J", unavailable: stepEdit),
        .with([.character("J")], .moveDown, unavailable: stepEdit),
        KeyBinding([.character("d")], .remove, help: "remove the step", unavailable: stepEdit),
        KeyBinding([.character("x")], .done, help: "step done today / back to do", bar: "Done", unavailable: stepEdit),
        KeyBinding([.character("n")], .notDone, help: "step not done, with the reason", unavailable: stepEdit),
        KeyBinding([.character("r")], .referralSent, help: "the step's referral sent today", unavailable: { state in
            if let why = stepEdit(state) { return why }
            let step = state.pane.plan.chosenStep
            return step?.partnerId == nil ? "Step \(step?.id ?? 0) has no partner: t chooses one" : nil
        }),
        KeyBinding([.control("s")], .save, help: "save the plan's changes (after agreement, a new version)", bar: "Save",
                   unavailable: { state in
                       // The case screen's Ctrl-S saves changed facts first; the plan's comes next.
                       if state.sheet.facts.hasEdits { return "Save the changed facts first (Ctrl-S)" }
                       return state.pane.plan.hasUnsavedEdits ? nil : "Nothing to save on the plan"
                   }),
        KeyBinding([.character("g")], .agree, help: "agreed with the applicant today (s189A(4))", bar: "Agree", unavailable: { state in
            if let why = onSteps(state) ?? reading(state) { return why }
            if state.pane.plan.working.steps.isEmpty { return "A plan with no step cannot be agreed" }
            return saved(state)
        }),
        KeyBinding([.character("G")], .notAgreed, help: "not agreed: the applicant's reason, the steps stand as the council's (s189A(5)-(6))",
                   unavailable: { onSteps($0) ?? reading($0) ?? saved($0) }),
        KeyBinding([.character("p")], .letter, help: "write the letter for the version shown and record it sent today", bar: "Letter",
                   unavailable: { state in
                       let plan = state.pane.plan.plan
                       let version = state.pane.plan.viewing ?? plan.version
                       if plan.entry(version)?.settledOn == nil { return "Version \(version) is not agreed or recorded as not agreed yet" }
                       return saved(state)
                   }),
        KeyBinding([.character("R")], .reviewDone, help: "review done, with what it found and the next review",
                   unavailable: { onSteps($0) ?? reading($0) ?? saved($0) }),
        KeyBinding([.character("f")], .refusal, help: "record the applicant's refusal of a required step (s193B)",
                   unavailable: { chosen($0) ?? reading($0) ?? saved($0) }),
        KeyBinding([.character("w")], .warning, help: "record the written warning about it, with its period (s193B(4))",
                   unavailable: { state in
                       if let why = onSteps(state) ?? reading(state) { return why }
                       if NonCooperation.stage(NonCooperationFacts(state.sheet.record)) == .none {
                           return "Record a refusal of a required step first (f): the warning follows it (s193B)"
                       }
                       return saved(state)
                   }),
    ])

    mutating func perform(_ action: Action, key: Key, sheet: inout CaseSheet, overlays: inout Overlays) -> ScreenOutcome {
        let today = sheet.today
        switch action {
        case .previousSection: plan.moveSection(by: -1)
        case .nextSection: plan.moveSection(by: 1)
        case .up: plan.select(.up)
        case .down: plan.select(.down)
        case .first: plan.select(.first)
        case .last: plan.select(.last)
        case .edit: edit(overlays: &overlays)
        case .viewVersion: return .message(plan.viewSelectedVersion())
        case .backToCurrent:
            plan.viewing = nil
            return .message("Back to the current version")
        case .addStep: overlays.ask(PlanForms.newStep())
        case .addStandardStep: overlays.open(PlanForms.standardStep(plan.library))
        case .agree: return .perform(.agreePlan(on: today))
        case .notAgreed: overlays.open(PlanForms.notAgreed())
        case .letter: return .perform(.sendPlanLetter(version: plan.viewing ?? plan.plan.version))
        case .reviewDone: overlays.open(PlanForms.reviewDone(today: today))
        case .warning:
            overlays.open(CaseForms.warning(today: today, periodDays: sheet.context.configuration.nonCooperation.warningPeriodDays))
        case .save: return plan.save()
        default:
            guard let step = plan.chosenStep else { return .message("No step chosen: a adds one") }
            return perform(action, on: step, overlays: &overlays)
        }
        return .handled
    }

    /// The actions on the chosen step.
    private mutating func perform(_ action: Action, on step: PlanStep, overlays: inout Overlays) -> ScreenOutcome {
        switch action {
        case .owner: plan.cycleOwner(step.id)
        case .dueDate: overlays.open(PlanForms.due(step, today: plan.context.today))
        case .partner: overlays.open(PlanForms.partner(step, plan.partners))
        case .moveUp: plan.moveStep(step.id, by: -1)
        case .moveDown: plan.moveStep(step.id, by: 1)
        case .remove:
            plan.removeStep(step.id)
            return .message("Step \(step.id) removed; Ctrl-S saves")
        case .done: plan.toggleDone(step.id)
        case .notDone: overlays.open(PlanForms.notDone(step))
        case .referralSent: plan.toggleReferral(step.id)
        case .refusal: overlays.open(PlanForms.refusal(step, today: plan.context.today))
        default: break
        }
        return .handled
    }

    /// Enter: a step's words or an assessment text open for typing; the assessment's reason, bedrooms and support
    /// needs are chosen in a form.
    private mutating func edit(overlays: inout Overlays) {
        switch plan.section {
        case .steps:
            if let step = plan.chosenStep { plan.editStep(step.id) }
        case .assessment:
            if let field = plan.selectedAssessmentField {
                plan.edit(field)
                return
            }
            let assessment = plan.working.assessment
            switch plan.selectedField {
            case 0: overlays.open(PlanForms.lossReason(assessment?.reasonForLoss))
            case 1: overlays.open(PlanForms.bedrooms(assessment?.bedroomsNeeded))
            default: overlays.open(PlanForms.supportNeeds(assessment?.supportNeeds ?? []))
            }
        case .versions:
            break
        }
    }

    // MARK: - typing

    static let typingKeys = KeyTable<PlanEditor, TypingAction>("Plan: typing", [
        KeyBinding([.escape], .done, help: "done editing (Ctrl-S saves the plan)", bar: "Done"),
        KeyBinding([.control("s")], .save, help: "save the plan", bar: "Save"),
        KeyBinding([.control("z")], .type, help: "undo, redo", keys: "Ctrl-Z Ctrl-Y", bar: "Undo"), .with([.control("y")], .type),
        KeyBinding([.left, .right, .up, .down], .type, help: "move by character and wrapped row", keys: "← → ↑ ↓"),
        KeyBinding([.wordLeft, .wordRight], .type, help: "move by word", keys: "Ctrl-← Ctrl-→"),
        KeyBinding([.home, .end, .control("a"), .control("e")], .type, help: "the line's ends", keys: "Home End"),
        KeyBinding([.pageUp, .pageDown], .type, help: "ten rows up / down", keys: "PgUp PgDn"),
        KeyBinding([.enter], .type, help: "a new line"),
        KeyBinding([.backspace, .delete], .type, help: "type; Backspace and Del delete", keys: "keys", typesText: true),
    ])

    /// Every key while a text is open: the text's, Esc, Ctrl-S; the rest (F-keys) go on to the frame.
    mutating func type(_ key: Key, sheet: inout CaseSheet) -> ScreenOutcome? {
        guard let editor = plan.editor else { return nil }
        guard case .action(let action) = Self.typingKeys.resolve(key, in: editor) else { return .ignored }
        switch action {
        case .done: plan.closeEditor()
        case .save: return plan.save()
        case .type: plan.type(key)
        }
        return .handled
    }

    func typingHelp(sheet: CaseSheet) -> (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? {
        guard let editor = plan.editor else { return nil }
        return (Self.typingKeys.helpSection(in: editor), Self.typingKeys.barItems(in: editor))
    }

    // MARK: - the pane

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
    mutating func save() -> ScreenOutcome { plan.save() }
}
