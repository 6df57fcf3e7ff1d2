import CaseworkCore

/// `plan show` for a person: the version and its state, the assessment, the steps by owner, the cost, where
/// non-co-operation stands and the versions. Dates as the rest of the command line writes them.
enum PlanText {
    static func render(_ record: Case, version: Int, content: PlanContent, staff: StaffDirectory, partners: PartnerDirectory,
                       today: Day) -> String {
        let plan = record.plan ?? Plan()
        var lines: [String] = []
        func name(_ id: String) -> String { staff.member(id)?.name ?? id }
        let entry = plan.entry(version)
        var state: String
        if let agreed = entry?.agreedOn {
            state = "agreed \(agreed)"
        } else if let notAgreed = entry?.notAgreedOn {
            state = "not agreed \(notAgreed): \(entry?.notAgreedReason ?? "")"
        } else {
            state = "not agreed yet"
        }
        if version < plan.version { state += "; replaced by version \(version + 1)" }
        lines.append("\(record.ref) plan version \(version) of \(plan.version): \(state)")
        if let notified = plan.notifiedOn(version: version) {
            lines.append("Notified in writing: \(notified)")
        } else if entry?.settledOn != nil {
            lines.append("Not yet notified in writing")
        }
        if version == plan.version, let since = plan.changedSinceNotifiedOn {
            lines.append("Changed since version \(plan.notifiedVersion ?? 0) was notified (from \(since)): notify the changes in writing (s189A(11))")
        }
        if version == plan.version {
            if let due = plan.reviewDueOn { lines.append("Review due: \(due)") }
            if let last = plan.reviews.last { lines.append("Last reviewed: \(last.on) by \(name(last.by)): \(last.note)") }
        }
        lines.append("")
        if let assessment = content.assessment {
            lines.append("Assessment, completed \(assessment.completedOn) by \(name(assessment.completedBy))"
                + (assessment.notifiedInWritingOn.map { ", notified \($0)" } ?? ", not yet notified in writing"))
            if let reason = assessment.reasonForLoss { lines.append("  Reason: \(reason.label)") }
            if let bedrooms = assessment.bedroomsNeeded { lines.append("  Bedrooms needed: \(bedrooms)") }
            for field in AssessmentField.allCases where !assessment[keyPath: field.path].isEmpty {
                lines.append("  \(field.label): " + assessment[keyPath: field.path].replacingOccurrences(of: "\n", with: "\n    "))
            }
            if !assessment.supportNeeds.isEmpty {
                lines.append("  Support needs: " + assessment.supportNeeds.map(\.label).joined(separator: "; "))
            }
        } else {
            lines.append("No assessment recorded")
        }
        lines.append("")
        lines.append(content.steps.isEmpty ? "No steps" : "Steps")
        for owner in StepOwner.allCases {
            let steps = content.steps.filter { $0.owner == owner }
            guard !steps.isEmpty else { continue }
            lines.append("  \(owner.label)")
            for step in steps { lines.append("    " + describe(step, partners: partners)) }
        }
        let total = content.steps.reduce(Money.zero) { $0 + $1.committedCost }
        lines.append("Total committed cost: \(total.formatted(wholePoundsShort: false))")
        if version == plan.version {
            lines.append("Non-co-operation: " + NonCooperation.stage(NonCooperationFacts(record), today: today).words(.commandLine))
        }
        if !plan.versions.isEmpty {
            lines.append("")
            lines.append("Versions")
            for entry in plan.versions {
                lines.append("  \(entry.version)  \(entry.on)  \(name(entry.by))  " + entry.changes.joined(separator: "; "))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ step: PlanStep, partners: PartnerDirectory) -> String {
        let status: String = switch step.status {
        case .toDo: "to do"
        case .done(let on): "done \(on)"
        case .notDone(let reason): "not done: \(reason)"
        }
        var text = "#\(step.id) [\(status)] " + step.text.replacingOccurrences(of: "\n", with: " ")
        if let due = step.dueOn { text += " (due \(due))" }
        if let id = step.partnerId {
            text += " with " + (partners.partner(id)?.name ?? id)
            if let cost = step.cost { text += " \(cost.formatted(wholePoundsShort: false))" }
            text += step.referralSentOn.map { ", referral sent \($0)" } ?? ", referral not sent"
        }
        return text
    }
}
