/// What changed between two contents of a plan, in lines an officer and the applicant can read: the "what
/// changed" of a version. Only the terms count (the assessment, which steps, their words, owner, due date and
/// partner, and their order); progress on a step is reported apart, since it changes nothing agreed.
public enum PlanChanges {
    /// `partnerName` turns a partner's id into the name a person reads (the directory's), where it is known.
    public static func terms(from old: PlanContent, to new: PlanContent, partnerName: (String) -> String = { $0 }) -> [String] {
        var lines = assessment(from: old.assessment, to: new.assessment)
        let oldIds = old.steps.map(\.id), newIds = new.steps.map(\.id)
        for step in old.steps where !newIds.contains(step.id) {
            lines.append("Step \(step.id) removed: \(brief(step.text))")
        }
        for step in new.steps {
            guard let before = old.steps.first(where: { $0.id == step.id }) else {
                lines.append("Step \(step.id) added (\(ownerWords(step.owner))): \(brief(step.text))")
                continue
            }
            lines += stepTerms(from: before, to: step, partnerName: partnerName)
        }
        let kept = newIds.filter(oldIds.contains)
        if kept != oldIds.filter(newIds.contains) { lines.append("Steps reordered") }
        return lines
    }

    /// Progress recorded on steps both contents hold: done, not done, reopened, referral sent.
    public static func progress(from old: [PlanStep], to new: [PlanStep]) -> [String] {
        new.compactMap { step -> [String]? in
            guard let before = old.first(where: { $0.id == step.id }) else { return nil }
            var lines: [String] = []
            if before.status != step.status {
                switch step.status {
                case .done(let on): lines.append("Step \(step.id) done on \(on)")
                case .notDone(let reason): lines.append("Step \(step.id) not done: \(brief(reason))")
                case .toDo: lines.append("Step \(step.id) back to do")
                }
            }
            if before.referralSentOn != step.referralSentOn, let sent = step.referralSentOn {
                lines.append("Step \(step.id) referral sent on \(sent)")
            }
            return lines
        }.flatMap { $0 }
    }

    private static func stepTerms(from old: PlanStep, to new: PlanStep, partnerName: (String) -> String) -> [String] {
        var lines: [String] = []
        if old.text != new.text { lines.append("Step \(new.id) reworded: \(brief(new.text))") }
        if old.owner != new.owner { lines.append("Step \(new.id) now \(ownerWords(new.owner))") }
        if old.dueOn != new.dueOn { lines.append("Step \(new.id) due \(new.dueOn.map(\.iso) ?? "with no date") (was \(old.dueOn.map(\.iso) ?? "no date"))") }
        if old.partnerId != new.partnerId {
            lines.append(new.partnerId.map { "Step \(new.id) now with \(partnerName($0))" } ?? "Step \(new.id) no longer with \(partnerName(old.partnerId!))")
        }
        if old.cost != new.cost, old.partnerId == new.partnerId {
            lines.append("Step \(new.id) cost \(new.cost.map(\.description) ?? "none") (was \(old.cost.map(\.description) ?? "none"))")
        }
        return lines
    }

    private static func assessment(from old: Assessment?, to new: Assessment?) -> [String] {
        switch (old, new) {
        case (nil, nil): return []
        case (nil, .some): return ["Assessment recorded"]
        case (.some, nil): return ["Assessment removed"]
        case let (old?, new?):
            var lines: [String] = []
            if old.reasonForLoss != new.reasonForLoss {
                lines.append("Assessment: reason now \(new.reasonForLoss?.label.lowercased() ?? "not recorded")")
            }
            for field in AssessmentField.allCases where old[keyPath: field.path] != new[keyPath: field.path] {
                lines.append("Assessment: \(field.label.lowercased()) changed")
            }
            if old.bedroomsNeeded != new.bedroomsNeeded {
                lines.append("Assessment: bedrooms needed \(new.bedroomsNeeded.map(String.init) ?? "not recorded")")
            }
            if old.supportNeeds != new.supportNeeds { lines.append("Assessment: support needs changed") }
            if old.completedOn != new.completedOn { lines.append("Assessment: completed on \(new.completedOn)") }
            return lines
        }
    }

    static func ownerWords(_ owner: StepOwner) -> String {
        switch owner {
        case .applicantRequired: "applicant, required"
        case .applicantRecommended: "applicant, recommended"
        case .council: "council"
        }
    }

    /// The first line of a text, cut to 60 characters: enough to recognise a step in a list of changes.
    public static func brief(_ text: String) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let trimmed = line.trimmingSpaces
        return trimmed.count > 60 ? String(trimmed.prefix(59)) + "…" : trimmed
    }
}
