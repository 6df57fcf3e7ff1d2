import CaseworkCore

/// What the plan's keys do to the selection and the working copy (`PlanTabPane.perform` says which), and typing
/// into the text being edited.
extension PlanPane {
    enum Movement: Sendable { case up, down, first, last }

    /// The steps in the order they are shown: by owner, then the plan's order.
    var shownSteps: [PlanStep] { StepOwner.allCases.flatMap { owner in shown.steps.filter { $0.owner == owner } } }

    /// The selected step as the working copy holds it.
    var chosenStep: PlanStep? { selectedStep.flatMap { id in working.steps.first { $0.id == id } } }

    mutating func moveSection(by delta: Int) {
        let count = Section.allCases.count
        section = Section(rawValue: (section.rawValue + count + delta) % count)!
    }

    /// Up, down, to the first or the last of the section's list.
    mutating func select(_ movement: Movement) {
        switch section {
        case .steps:
            let steps = shownSteps
            let index = steps.firstIndex { $0.id == selectedStep }
            switch movement {
            case .up: if let index, index > 0 { selectedStep = steps[index - 1].id }
            case .down:
                if let index, index + 1 < steps.count { selectedStep = steps[index + 1].id } else if index == nil { selectedStep = steps.first?.id }
            case .first: selectedStep = steps.first?.id
            case .last: selectedStep = steps.last?.id
            }
        case .assessment:
            selectedField = Self.moved(selectedField, movement, count: Self.assessmentRows.count)
        case .versions:
            selectedVersion = Self.moved(selectedVersion, movement, count: plan.versions.count)
        }
    }

    private static func moved(_ index: Int, _ movement: Movement, count: Int) -> Int {
        switch movement {
        case .up: max(0, index - 1)
        case .down: min(max(0, count - 1), index + 1)
        case .first: 0
        case .last: max(0, count - 1)
        }
    }

    // MARK: - the text editor

    mutating func editStep(_ id: Int) {
        editor = PlanEditor(.step(id), in: working, width: PlanLayout(viewArea).textWidth)
    }

    /// Opens an assessment field's text for editing, starting the assessment if there is none yet.
    public mutating func edit(_ field: AssessmentField) {
        if working.assessment == nil { changeAssessment { _ in } }
        section = .assessment
        selectedField = (AssessmentField.allCases.firstIndex(of: field) ?? 0) + 2
        editor = PlanEditor(.field(field), in: working, width: PlanLayout(viewArea).textWidth)
    }

    /// A key typed into the open text (nothing when none is open).
    @discardableResult
    public mutating func type(_ key: Key) -> WidgetOutcome {
        guard var open = editor else { return .ignored }
        let outcome = open.area.handle(key)
        editor = open
        return outcome
    }

    /// Done editing: the words go into the working copy, for Ctrl-S to save.
    mutating func closeEditor() {
        commitEditor()
        editor = nil
    }

    // MARK: - steps

    /// A new step of `owner`, its words typed next.
    mutating func addStep(_ owner: StepOwner) {
        let step = PlanStep(id: working.nextStepId(alongside: record.planContent), owner: owner, text: "")
        working.steps.append(step)
        selectedStep = step.id
        editStep(step.id)
    }

    /// A standard step from the council's library, due after its usual offset.
    @discardableResult
    mutating func addStandardStep(_ standard: StandardStep) -> PlanStep {
        let step = standard.step(id: working.nextStepId(alongside: record.planContent), on: context.today)
        working.steps.append(step)
        selectedStep = step.id
        return step
    }

    mutating func changeStep(_ id: Int, _ change: (inout PlanStep) -> Void) {
        guard let index = working.steps.firstIndex(where: { $0.id == id }) else { return }
        change(&working.steps[index])
    }

    /// Whose step it is, in turn: applicant required, recommended, council.
    mutating func cycleOwner(_ id: Int) {
        let owners = StepOwner.allCases
        changeStep(id) { $0.owner = owners[(owners.firstIndex(of: $0.owner)! + 1) % owners.count] }
    }

    /// A partner from the directory (nil for none): its usual cost goes with it, and a referral to the old one is
    /// no longer sent.
    mutating func setPartner(_ partner: Partner?, of id: Int) {
        changeStep(id) { step in
            guard step.partnerId != partner?.id else { return }
            step.partnerId = partner?.id
            step.cost = partner?.usualCost
            step.referralSentOn = nil
        }
    }

    /// Up or down among the steps of the same owner, as they are shown.
    mutating func moveStep(_ id: Int, by delta: Int) {
        guard let step = working.steps.first(where: { $0.id == id }) else { return }
        let peers = working.steps.enumerated().filter { $0.element.owner == step.owner }.map(\.offset)
        guard let position = peers.firstIndex(where: { working.steps[$0].id == id }) else { return }
        let target = position + delta
        guard peers.indices.contains(target) else { return }
        working.steps.swapAt(peers[position], peers[target])
    }

    mutating func removeStep(_ id: Int) {
        working.steps.removeAll { $0.id == id }
        selectedStep = shownSteps.first?.id
    }

    /// Done today, or back to do.
    mutating func toggleDone(_ id: Int) {
        let today = context.today
        changeStep(id) { step in
            step.doneOn = step.doneOn == nil ? today : nil
            step.notDoneReason = nil
        }
    }

    mutating func setNotDone(_ id: Int, reason: String) {
        changeStep(id) { step in
            step.notDoneReason = reason
            step.doneOn = nil
        }
    }

    /// The referral to the step's partner sent today, or not sent after all.
    mutating func toggleReferral(_ id: Int) {
        let today = context.today
        changeStep(id) { $0.referralSentOn = $0.referralSentOn == nil ? today : nil }
    }

    // MARK: - assessment and versions

    static let assessmentRows: [String] = ["Reason (H-CLIC)", "Bedrooms"] + AssessmentField.allCases.map(\.shortLabel) + ["Support needs"]

    /// The assessment row that opens a text for editing, if the selected one does (the others are chosen in a form).
    var selectedAssessmentField: AssessmentField? {
        let fields = AssessmentField.allCases
        return (2..<2 + fields.count).contains(selectedField) ? fields[selectedField - 2] : nil
    }

    mutating func changeAssessment(_ change: (inout Assessment) -> Void) {
        var assessment = working.assessment ?? Assessment(completedOn: context.today, completedBy: context.actor.id)
        change(&assessment)
        working.assessment = assessment
    }

    /// Shows the chosen version on the steps (read-only when an earlier one); says which.
    mutating func viewSelectedVersion() -> String {
        let versions = plan.versions
        guard versions.indices.contains(selectedVersion) else { return "No versions yet: the plan is a draft until agreed" }
        let number = versions[selectedVersion].version
        viewing = number == plan.version ? nil : number
        section = .steps
        selectedStep = shownSteps.first?.id
        return viewing == nil ? "The current version" : "Version \(number), read-only: Esc goes back to the current one"
    }

    // MARK: - saving

    /// Ctrl-S: the working copy (with the text being edited) to the service, as one version once agreed.
    mutating func save() -> ScreenOutcome {
        closeEditor()
        if let viewing {
            return .message(PlanRefusal.editing(viewing, of: plan).description)
        }
        // The service trims a step's words: trimmed here too, so the saved record and this copy agree.
        for index in working.steps.indices { working.steps[index].text = working.steps[index].text.trimmingSpaces }
        guard working != base else { return .message("Nothing to save") }
        return .perform(.savePlan(working, basedOnVersion: plan.version))
    }
}
