import CaseworkCore

extension PlanPane {
    public mutating func handle(_ key: Key) -> Outcome {
        if prompt != nil { return answer(key) }
        if editor != nil { return edit(key) }
        switch key {
        case .control("s"): return save()
        case .left:
            section = Section(rawValue: (section.rawValue + Section.allCases.count - 1) % Section.allCases.count)!
            return .handled
        case .right:
            section = Section(rawValue: (section.rawValue + 1) % Section.allCases.count)!
            return .handled
        case .escape where viewing != nil:
            viewing = nil
            return .notice("Back to the current version")
        case .character("p"):
            return immediate(.sendPlanLetter(version: viewing ?? plan.version))
        default:
            break
        }
        switch section {
        case .steps: return stepKey(key)
        case .assessment: return assessmentKey(key)
        case .versions: return versionKey(key)
        }
    }

    // MARK: - steps

    /// The steps in the order they are shown: by owner, then the plan's order.
    var shownSteps: [PlanStep] { StepOwner.allCases.flatMap { owner in shown.steps.filter { $0.owner == owner } } }

    private mutating func stepKey(_ key: Key) -> Outcome {
        let steps = shownSteps
        let index = steps.firstIndex { $0.id == selectedStep }
        switch key {
        case .up, .character("k"):
            if let index, index > 0 { selectedStep = steps[index - 1].id }
            return .handled
        case .down, .character("j"):
            if let index, index + 1 < steps.count { selectedStep = steps[index + 1].id } else if index == nil { selectedStep = steps.first?.id }
            return .handled
        case .home:
            selectedStep = steps.first?.id
            return .handled
        case .end:
            selectedStep = steps.last?.id
            return .handled
        default:
            break
        }
        if let viewing, [Key.enter, .character("a"), .character("l"), .character("o"), .character("u"), .character("t"),
                         .character("K"), .character("J"), .character("d"), .character("x"), .character("n"),
                         .character("r")].contains(key) {
            return .notice(PlanRefusal.editing(viewing, of: plan).description)
        }
        switch key {
        case .character("a"):
            prompt = .choose(.newStep, "A step for", StepOwner.allCases.map(\.label))
        case .character("l"):
            guard !library.steps.isEmpty else { return .notice("The library of standard steps is empty (\(library.source))") }
            prompt = .choose(.library, "A standard step (\(library.source))", library.steps.map { "\($0.owner == .council ? "Council" : "Applicant"): \($0.text)" })
        case .character("g"): return immediate(.agreePlan(on: context.today))
        case .character("G"): prompt = .ask(.disagree, "Why the applicant does not agree (s189A(5))")
        case .character("R"): prompt = .ask(.review, "What the review found")
        default:
            guard let id = selectedStep, let step = working.steps.first(where: { $0.id == id }) else {
                return [.enter, .character("e"), .character("o"), .character("u"), .character("t"), .character("d"), .character("x"), .character("n"),
                        .character("r"), .character("f"), .character("w")].contains(key) ? .notice("No step chosen: a adds one") : .ignored
            }
            return selectedStepKey(key, step)
        }
        return .handled
    }

    private mutating func selectedStepKey(_ key: Key, _ step: PlanStep) -> Outcome {
        switch key {
        case .enter, .character("e"):
            editor = PlanEditor(.step(step.id), in: working, width: PlanLayout(viewArea).textWidth)
        case .character("o"):
            let owners = StepOwner.allCases
            changeStep(step.id) { $0.owner = owners[(owners.firstIndex(of: $0.owner)! + 1) % owners.count] }
        case .character("u"): prompt = .date(.due(step: step.id), "Step \(step.id) is due", step.dueOn, today: context.today)
        case .character("t"):
            let options = ["No partner"] + partners.partners.map { "\($0.name) (\($0.kind.label), \($0.usualCost.formatted()))" }
            let selected = step.partnerId.flatMap { id in partners.partners.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            prompt = .choose(.partner(step: step.id), "Partner for step \(step.id)", options, selected: selected)
        case .character("K"), .character("J"): moveStep(step.id, by: key == .character("K") ? -1 : 1)
        case .character("d"):
            working.steps.removeAll { $0.id == step.id }
            selectedStep = shownSteps.first?.id
            return .notice("Step \(step.id) removed; Ctrl-S saves")
        case .character("x"):
            let today = context.today
            changeStep(step.id) { step in
                step.doneOn = step.doneOn == nil ? today : nil
                step.notDoneReason = nil
            }
        case .character("n"): prompt = .ask(.notDone(step: step.id), "Why step \(step.id) was not done", step.notDoneReason ?? "")
        case .character("r"):
            guard step.partnerId != nil else { return .notice("Step \(step.id) has no partner: t chooses one") }
            let today = context.today
            changeStep(step.id) { $0.referralSentOn = $0.referralSentOn == nil ? today : nil }
        case .character("f"): prompt = .ask(.refusal(step: step.id), "What the applicant refused of step \(step.id), and how")
        case .character("w"): prompt = .ask(.warning(step: step.id), "Days given to take step \(step.id) after the warning", "7", maxLength: 3)
        default: return .ignored
        }
        return .handled
    }

    mutating func changeStep(_ id: Int, _ change: (inout PlanStep) -> Void) {
        guard let index = working.steps.firstIndex(where: { $0.id == id }) else { return }
        change(&working.steps[index])
    }

    /// Up or down among the steps of the same owner, as they are shown.
    private mutating func moveStep(_ id: Int, by delta: Int) {
        guard let step = working.steps.first(where: { $0.id == id }) else { return }
        let peers = working.steps.enumerated().filter { $0.element.owner == step.owner }.map(\.offset)
        guard let position = peers.firstIndex(where: { working.steps[$0].id == id }) else { return }
        let target = position + delta
        guard peers.indices.contains(target) else { return }
        working.steps.swapAt(peers[position], peers[target])
    }

    // MARK: - texts and questions

    private mutating func edit(_ key: Key) -> Outcome {
        guard var open = editor else { return .ignored }
        switch key {
        case .control("s"):
            return save()
        case .escape:
            open.apply(to: &working)
            editor = nil
            return .handled
        default:
            let outcome = open.area.handle(key)
            editor = open
            return outcome == .ignored ? .ignored : .handled
        }
    }

    private mutating func answer(_ key: Key) -> Outcome {
        guard var question = prompt else { return .ignored }
        if key == .escape {
            prompt = nil
            return .handled
        }
        if question.purpose == .supportNeeds, key == .character(" "), let choice = question.choice {
            if question.ticked.contains(choice.selected) { question.ticked.remove(choice.selected) } else { question.ticked.insert(choice.selected) }
            prompt = question
            return .handled
        }
        let outcome: WidgetOutcome
        if var choice = question.choice {
            outcome = choice.handle(key)
            question.choice = choice
        } else if var date = question.date {
            outcome = date.handle(key)
            question.date = date
        } else if var text = question.text {
            outcome = text.handle(key)
            question.text = text
        } else {
            outcome = .ignored
        }
        question.problem = nil
        prompt = question
        guard outcome == .submitted else { return .handled }
        return submit(question)
    }

    private mutating func submit(_ question: PlanPrompt) -> Outcome {
        let text = question.text?.text.trimmingSpaces ?? ""
        func refuse(_ problem: String) -> Outcome {
            prompt?.problem = problem
            return .handled
        }
        prompt = nil
        switch question.purpose {
        case .newStep:
            let owner = StepOwner.allCases[question.choice?.selected ?? 0]
            let step = PlanStep(id: working.nextStepId(alongside: record.planContent), owner: owner, text: "")
            working.steps.append(step)
            selectedStep = step.id
            editor = PlanEditor(.step(step.id), in: working, width: PlanLayout(viewArea).textWidth)
        case .library:
            let standard = library.steps[question.choice?.selected ?? 0]
            let step = standard.step(id: working.nextStepId(alongside: record.planContent), on: context.today)
            working.steps.append(step)
            selectedStep = step.id
            if let kind = standard.partnerKind, let first = partners.partners.firstIndex(where: { $0.kind == kind }) {
                let options = ["No partner"] + partners.partners.map { "\($0.name) (\($0.kind.label), \($0.usualCost.formatted()))" }
                prompt = .choose(.partner(step: step.id), "Partner for step \(step.id)", options, selected: first + 1)
            }
        case .partner(let id):
            let index = (question.choice?.selected ?? 0) - 1
            let partner = partners.partners.indices.contains(index) ? partners.partners[index] : nil
            changeStep(id) { step in
                guard step.partnerId != partner?.id else { return }
                step.partnerId = partner?.id
                step.cost = partner?.usualCost
                step.referralSentOn = nil
            }
        case .due(let id):
            if let error = question.date?.error {
                prompt = question
                return refuse(error.description)
            }
            changeStep(id) { $0.dueOn = question.date?.day }
        case .notDone(let id):
            guard !text.isEmpty else { prompt = question; return refuse("Say why it was not done") }
            changeStep(id) { step in
                step.notDoneReason = text
                step.doneOn = nil
            }
        case .refusal(let id):
            guard !text.isEmpty else { prompt = question; return refuse("Say what was refused, and how") }
            return immediate(.recordRefusal(stepId: id, on: context.today, note: text))
        case .warning(let id):
            guard let days = Int(text), (1...90).contains(days) else { prompt = question; return refuse("A number of days from 1 to 90") }
            return immediate(.recordWarning(on: context.today, periodDays: days, note: nil))
        case .disagree:
            guard !text.isEmpty else { prompt = question; return refuse("Record the applicant's reason") }
            return immediate(.disagreePlan(reason: text, on: context.today))
        case .review:
            guard !text.isEmpty else { prompt = question; return refuse("Say what the review found") }
            return immediate(.reviewPlan(note: text, on: context.today, nextDueOn: nil))
        case .reason:
            let index = (question.choice?.selected ?? 0) - 1
            changeAssessment { $0.reasonForLoss = LossReason.allCases.indices.contains(index) ? LossReason.allCases[index] : nil }
        case .bedrooms:
            guard text.isEmpty || Int(text).map({ (0...10).contains($0) }) == true else {
                prompt = question
                return refuse("A number of bedrooms from 0 (a studio) to 10, or empty")
            }
            changeAssessment { $0.bedroomsNeeded = Int(text) }
        case .supportNeeds:
            changeAssessment { $0.supportNeeds = SupportNeeds(question.ticked.sorted().map { SupportNeed.allCases[$0] }) }
        }
        return .handled
    }

    /// An action that goes straight to the service: refused while edits are unsaved, so nothing is lost or mixed.
    private func immediate(_ action: CaseAction) -> Outcome {
        if hasUnsavedEdits { return .notice("Save the plan's changes first (Ctrl-S)") }
        return .perform(action)
    }

    mutating func save() -> Outcome {
        commitEditor()
        editor = nil
        if let viewing {
            return .notice(PlanRefusal.editing(viewing, of: plan).description)
        }
        // The service trims a step's words: trimmed here too, so the saved record and this copy agree.
        for index in working.steps.indices { working.steps[index].text = working.steps[index].text.trimmingSpaces }
        guard working != base else { return .notice("Nothing to save") }
        return .perform(.savePlan(working, basedOnVersion: plan.version))
    }

    // MARK: - assessment

    static let assessmentRows: [String] = ["Reason (H-CLIC)", "Bedrooms"] + AssessmentField.allCases.map(\.shortLabel) + ["Support needs"]

    mutating func changeAssessment(_ change: (inout Assessment) -> Void) {
        var assessment = working.assessment ?? Assessment(completedOn: context.today, completedBy: context.actor.id)
        change(&assessment)
        working.assessment = assessment
    }

    private mutating func assessmentKey(_ key: Key) -> Outcome {
        let count = Self.assessmentRows.count
        switch key {
        case .up, .character("k"): selectedField = max(0, selectedField - 1)
        case .down, .character("j"): selectedField = min(count - 1, selectedField + 1)
        case .home: selectedField = 0
        case .end: selectedField = count - 1
        case .enter, .character("e"):
            if viewing != nil { return .notice("An earlier version is read-only: Esc goes back to the current one") }
            let fields = AssessmentField.allCases
            switch selectedField {
            case 0:
                let current = working.assessment?.reasonForLoss.flatMap { LossReason.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                prompt = .choose(.reason, "Why homeless or threatened (H-CLIC)", ["Not recorded"] + LossReason.allCases.map(\.label), selected: current)
            case 1:
                prompt = .ask(.bedrooms, "Bedrooms needed (0 for a studio)", working.assessment?.bedroomsNeeded.map(String.init) ?? "", maxLength: 2)
            case count - 1:
                var question = PlanPrompt.choose(.supportNeeds, "Support needs (H-CLIC)", SupportNeed.allCases.map(\.label))
                let held = working.assessment?.supportNeeds ?? []
                question.ticked = Set(SupportNeed.allCases.indices.filter { held.contains(SupportNeed.allCases[$0]) })
                prompt = question
            default:
                if working.assessment == nil { changeAssessment { _ in } }
                editor = PlanEditor(.field(fields[selectedField - 2]), in: working, width: PlanLayout(viewArea).textWidth)
            }
        default: return .ignored
        }
        return .handled
    }

    // MARK: - versions

    private mutating func versionKey(_ key: Key) -> Outcome {
        let versions = plan.versions
        switch key {
        case .up, .character("k"): selectedVersion = max(0, selectedVersion - 1)
        case .down, .character("j"): selectedVersion = min(max(0, versions.count - 1), selectedVersion + 1)
        case .home: selectedVersion = 0
        case .end: selectedVersion = max(0, versions.count - 1)
        case .enter, .character("e"):
            guard versions.indices.contains(selectedVersion) else { return .notice("No versions yet: the plan is a draft until agreed") }
            let number = versions[selectedVersion].version
            viewing = number == plan.version ? nil : number
            section = .steps
            selectedStep = shownSteps.first?.id
            return .notice(viewing == nil ? "The current version" : "Version \(number), read-only: Esc goes back to the current one")
        default: return .ignored
        }
        return .handled
    }
}
