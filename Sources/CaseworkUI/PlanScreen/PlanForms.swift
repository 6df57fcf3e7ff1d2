import CaseworkCore

/// What a form of the Plan tab is for (one of the case screen's forms, `CaseFormPurpose.plan`).
enum PlanFormPurpose: Hashable, Sendable {
    case standardStep
    /// The partners' ids in the order listed after "No partner".
    case partner(step: Int, [String])
    case due(step: Int)
    case notDone(step: Int)
    case refusal(step: Int)
    case notAgreed
    case reviewDone
    case lossReason
    case bedrooms
    case supportNeeds

    /// How a draft names the form: every one, so a plan kept as a draft never waits on a form that could not be.
    var draftKey: String {
        switch self {
        case .standardStep: "plan-standard-step"
        case .partner(let step, _): "plan-partner-\(step)"
        case .due(let step): "plan-due-\(step)"
        case .notDone(let step): "plan-not-done-\(step)"
        case .refusal(let step): "plan-refusal-\(step)"
        case .notAgreed: "plan-not-agreed"
        case .reviewDone: "plan-review"
        case .lossReason: "plan-loss-reason"
        case .bedrooms: "plan-bedrooms"
        case .supportNeeds: "plan-support-needs"
        }
    }
}

/// What the Plan tab's question answers (`CaseAnswer.plan`): whose new step it is.
enum PlanAnswer: Hashable, Sendable {
    case newStep(StepOwner)
}

/// The Plan tab's question and forms, built from the plan as it stands.
enum PlanForms {
    /// Whose step: a fixed set of answers, so a question; Esc adds nothing.
    static func newStep() -> Dialog<CaseAnswer> {
        Dialog(title: "A step for",
               message: "Whose step is it? A step required of the applicant can found non-co-operation (s193B); "
                   + "a recommended one never does.",
               buttons: [.init("Applicant (required)", .plan(.newStep(.applicantRequired))),
                         .init("Recommended", .plan(.newStep(.applicantRecommended))),
                         .init("Council", .plan(.newStep(.council)))],
               cancel: .keep)
    }

    static func standardStep(_ library: StepLibrary) -> CaseForm {
        let labels = library.steps.map { "\($0.owner == .council ? "Council" : "Applicant"): \($0.text)" }
        return Form(.plan(.standardStep), title: "A standard step (\(library.source))", fields: [
            FormField("Step", .choice(ChoiceList(labels), inline: false)),
        ])
    }

    /// The list opens on the step's partner, or on `kind`'s first for a standard step that usually goes to one.
    static func partner(_ step: PlanStep, _ partners: PartnerDirectory, kind: PartnerKind? = nil) -> CaseForm {
        let listed = partners.partners
        let options = ["No partner"] + listed.map { "\($0.name) (\($0.kind.label), \($0.usualCost.formatted()))" }
        let current = step.partnerId.flatMap { id in listed.firstIndex { $0.id == id } }
            ?? kind.flatMap { kind in listed.firstIndex { $0.kind == kind } }
        return Form(.plan(.partner(step: step.id, listed.map(\.id))), title: "Partner for step \(step.id)", fields: [
            FormField("Partner", .choice(ChoiceList(options, selected: current.map { $0 + 1 } ?? 0), inline: false)),
        ])
    }

    static func due(_ step: PlanStep, today: Day) -> CaseForm {
        Form(.plan(.due(step: step.id)), title: "Step \(step.id) is due", fields: [
            FormField("Step", .fixed(label(step))),
            FormField("Due on", .date(DateField(day: step.dueOn, today: today))),
        ])
    }

    static func notDone(_ step: PlanStep) -> CaseForm {
        Form(.plan(.notDone(step: step.id)), title: "Why step \(step.id) was not done", fields: [
            FormField("Step", .fixed(label(step))),
            FormField("Reason", .text(TextField(step.notDoneReason ?? "", maxLength: PlanRules.reasonLimit)), required: true),
        ])
    }

    static func refusal(_ step: PlanStep, today: Day) -> CaseForm {
        Form(.plan(.refusal(step: step.id)), title: "The applicant's refusal of step \(step.id) (s193B)", fields: [
            FormField("Step", .fixed(label(step))),
            FormField("What and how", .text(TextField(maxLength: PlanRules.reasonLimit)), required: true),
            FormField("Refused on", .date(DateField("today", today: today, required: true)), required: true),
        ])
    }

    static func notAgreed() -> CaseForm {
        Form(.plan(.notAgreed), title: "Why the applicant does not agree (s189A(5))", fields: [
            FormField("Reason", .text(TextField(maxLength: PlanRules.reasonLimit)), required: true),
        ])
    }

    static func reviewDone(today: Day) -> CaseForm {
        Form(.plan(.reviewDone), title: "Review done (s189A(9))", fields: [
            FormField("What it found", .text(TextField(maxLength: PlanRules.reasonLimit)), required: true),
            FormField("Next review on", .date(DateField(today: today))),
        ])
    }

    static func lossReason(_ reason: LossReason?) -> CaseForm {
        let selected = reason.flatMap { LossReason.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        return Form(.plan(.lossReason), title: "Why homeless or threatened (H-CLIC)", fields: [
            FormField("Reason", .choice(ChoiceList(["Not recorded"] + LossReason.allCases.map(\.label), selected: selected), inline: false)),
        ])
    }

    static func bedrooms(_ count: Int?) -> CaseForm {
        Form(.plan(.bedrooms), title: "Bedrooms needed (0 for a studio)", fields: [
            FormField("Bedrooms", .text(TextField(count.map(String.init) ?? "", maxLength: 2))),
        ])
    }

    static func supportNeeds(_ held: SupportNeeds) -> CaseForm {
        let needs = SupportNeed.allCases
        return Form(.plan(.supportNeeds), title: "Support needs (H-CLIC; Space ticks)", fields: [
            FormField("Needs", .checklist(ChoiceList(needs.map(\.label)), checked: Set(needs.indices.filter { held.contains(needs[$0]) }))),
        ])
    }

    /// The form a draft named (`PlanFormPurpose.draftKey`), fresh, for the draft's values to go into.
    static func form(draftKey: String, sheet: CaseSheet) -> CaseForm? {
        let content = sheet.record.planContent, today = sheet.today
        func step(after prefix: String) -> PlanStep? {
            guard draftKey.hasPrefix(prefix), let id = Int(draftKey.dropFirst(prefix.count)) else { return nil }
            // A step added since the last save is not on the record: its words come back with the plan, not here.
            return content.steps.first { $0.id == id } ?? PlanStep(id: id, owner: .applicantRequired, text: "(not saved yet)")
        }
        switch draftKey {
        case "plan-standard-step": return standardStep(sheet.context.stepLibrary)
        case "plan-not-agreed": return notAgreed()
        case "plan-review": return reviewDone(today: today)
        case "plan-loss-reason": return lossReason(content.assessment?.reasonForLoss)
        case "plan-bedrooms": return bedrooms(content.assessment?.bedroomsNeeded)
        case "plan-support-needs": return supportNeeds(content.assessment?.supportNeeds ?? [])
        default:
            if let step = step(after: "plan-partner-") { return partner(step, sheet.context.partners) }
            if let step = step(after: "plan-due-") { return due(step, today: today) }
            if let step = step(after: "plan-not-done-") { return notDone(step) }
            if let step = step(after: "plan-refusal-") { return refusal(step, today: today) }
            return nil
        }
    }

    /// "3. Bring the tenancy agreement…", short enough for one line of a form.
    private static func label(_ step: PlanStep) -> String {
        "\(step.id). " + (step.text.isEmpty ? "(no words yet)" : PlanChanges.brief(step.text))
    }
}
