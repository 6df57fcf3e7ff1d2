import CaseworkCore

/// The Plan tab's answers and forms: the rules' view as a form is filled in, and what a form that passed does —
/// a change to the working copy (saved with Ctrl-S), or an action for the service.
extension PlanTabPane {
    mutating func answer(_ answer: PlanAnswer) -> ScreenOutcome {
        switch answer {
        case .newStep(let owner): plan.addStep(owner)
        }
        return .handled
    }

    func check(_ form: CaseForm, _ purpose: PlanFormPurpose, sheet: CaseSheet) -> FormCheck {
        var check = FormCheck()
        let record = sheet.record, today = sheet.today
        switch purpose {
        case .due:
            if let due = form.day(1), due < record.receivedOn {
                check.problems[1] = "is before the application (\(DayFormat.medium(record.receivedOn)))"
            }
        case .notDone:
            if let problem = PlanRules.textProblem(form.text(1), limit: PlanRules.reasonLimit, multiline: false) { check.problems[1] = problem }
        case .refusal(let step):
            guard let day = form.day(2) else { break }
            if day > today { check.problems[2] = "is in the future" }
            check.refuse(NonCooperation.refusalProblems(NonCooperationFacts(record), stepId: step, on: day))
            if !check.refused {
                check.cleared = [Span("✓ The next step is the written warning with its period (w)", .green)]
            }
        case .notAgreed:
            if let problem = PlanRules.textProblem(form.text(0), limit: PlanRules.reasonLimit, multiline: false) { check.problems[0] = problem }
        case .reviewDone:
            if let next = form.day(1), next <= today { check.problems[1] = "must come after today's review" }
        case .bedrooms:
            let text = form.text(0)
            if !text.isEmpty, Int(text).map({ (0...10).contains($0) }) != true {
                check.problems[0] = "is a number of bedrooms from 0 (a studio) to 10, or empty"
            }
        case .standardStep, .partner, .lossReason, .supportNeeds:
            break
        }
        return check
    }

    mutating func submit(_ form: CaseForm, _ purpose: PlanFormPurpose, overlays: inout Overlays) -> ScreenOutcome {
        let today = plan.context.today
        switch purpose {
        case .standardStep:
            let standard = plan.library.steps[form.selected(0)]
            let step = plan.addStandardStep(standard)
            // A step that usually goes to a partner asks which, on the first of that kind.
            if let kind = standard.partnerKind, plan.partners.partners.contains(where: { $0.kind == kind }) {
                overlays.open(PlanForms.partner(step, plan.partners, kind: kind))
            }
        case .partner(let step, let ids):
            let index = form.selected(0) - 1
            plan.setPartner(ids.indices.contains(index) ? plan.partners.partner(ids[index]) : nil, of: step)
        case .due(let step):
            let day = form.day(1)
            plan.changeStep(step) { $0.dueOn = day }
        case .notDone(let step):
            plan.setNotDone(step, reason: form.text(1))
        case .refusal(let step):
            return .perform(.recordRefusal(stepId: step, on: form.day(2) ?? today, note: form.text(1)))
        case .notAgreed:
            return .perform(.disagreePlan(reason: form.text(0), on: today))
        case .reviewDone:
            return .perform(.reviewPlan(note: form.text(0), on: today, nextDueOn: form.day(1)))
        case .lossReason:
            let index = form.selected(0) - 1
            plan.changeAssessment { $0.reasonForLoss = LossReason.allCases.indices.contains(index) ? LossReason.allCases[index] : nil }
        case .bedrooms:
            let count = Int(form.text(0))
            plan.changeAssessment { $0.bedroomsNeeded = count }
        case .supportNeeds:
            let needs = SupportNeeds(form.checked(0).sorted().map { SupportNeed.allCases[$0] })
            plan.changeAssessment { $0.supportNeeds = needs }
        }
        return .handled
    }
}

/// The case screen's part in the Plan tab: its questions and forms come back through the shell, and its working
/// copy goes into a draft and comes back from one with the facts.
extension CaseScreen {
    func checkPlan(_ form: CaseForm, _ purpose: PlanFormPurpose) -> FormCheck {
        planPane?.check(form, purpose, sheet: sheet) ?? FormCheck()
    }

    mutating func submitPlan(_ form: CaseForm, _ purpose: PlanFormPurpose) -> ScreenOutcome {
        guard var pane = planPane else { return .handled }
        defer { panes[CaseTab.plan.rawValue] = pane }
        return pane.submit(form, purpose, overlays: &overlays)
    }

    mutating func answerPlan(_ answer: PlanAnswer) -> ScreenOutcome {
        guard var pane = planPane else { return .handled }
        defer { panes[CaseTab.plan.rawValue] = pane }
        return pane.answer(answer)
    }

    /// The plan's working copy (with the text being typed) when it holds unsaved edits, for a draft.
    var editedPlan: PlanContent? {
        guard let plan = planPane?.plan, plan.hasUnsavedEdits else { return nil }
        return plan.workingWithEditor
    }

    /// A plan kept in a draft, back on top of the record as loaded; the Plan tab shows when it is the only unsaved
    /// work, so Ctrl-S saves it. Drafts written before the plan was kept have no base, and no plan edits.
    @discardableResult
    mutating func restore(plan draft: PlanContent, madeOn base: PlanContent?) -> [String] {
        guard let base, draft != base, var pane = planPane else { return [] }
        let clashes = pane.plan.restore(draft, madeOn: base)
        panes[CaseTab.plan.rawValue] = pane
        if pane.plan.hasUnsavedEdits, !sheet.facts.hasEdits { tab = .plan }
        return clashes
    }
}

extension PlanContent {
    /// The record with this content in place of its current version's, as it stands (no new version): what a draft
    /// keeps of the plan's unsaved edits.
    func drafted(onto record: Case) -> Case {
        var copy = record
        copy.assessment = assessment
        if copy.plan != nil || !steps.isEmpty {
            var plan = copy.plan ?? Plan()
            plan.steps = steps
            copy.plan = plan
        }
        return copy
    }
}
