import CaseworkCore

/// What the Duty tab records besides starting and ending duties: the findings relief's end and the main duty turn on
/// (each with its letter), notifications and review requests (s202), interim accommodation (s188), the officer's
/// view of an invalid notice, and the s193B sequence.
enum DutyRecord: Sendable, CaseIterable {
    case finding, notification, reviewRequest, interim, noticeThreat, refusal, warning, close

    static func bindings<Action>(_ wrap: (DutyRecord) -> Action) -> [KeyBinding<PaneState<DutyPane>, Action>] {
        allCases.map { what in
            KeyBinding([.character(what.letter)], wrap(what), help: what.help, bar: what.bar, unavailable: { what.unavailable($0.sheet) })
        }
    }

    var letter: Character {
        switch self {
        case .finding: "f"
        case .notification: "n"
        case .reviewRequest: "r"
        case .interim: "i"
        case .noticeThreat: "t"
        case .refusal: "x"
        case .warning: "w"
        case .close: "c"
        }
    }

    var help: String {
        switch self {
        case .finding: "record a finding (eligibility, priority need, intentionality, local connection) and its letter"
        case .notification: "record when the applicant was notified of a decision (the 21 days to ask for a review start)"
        case .reviewRequest: "record a request for a review of a decision"
        case .interim: "record interim accommodation (s188) as provided or not owed"
        case .noticeThreat: "record whether the invalid notice still threatens the household"
        case .refusal: "record the applicant's refusal of a required plan step (s193B)"
        case .warning: "record the written warning after a refusal, with its period (s193B)"
        case .close: "close the case, with the applicant's answer: was the service good or not good enough?"
        }
    }

    var bar: String? {
        switch self {
        case .finding: "Finding"
        case .notification: "Notified"
        case .reviewRequest: "Review"
        case .interim: "Interim"
        case .noticeThreat: "Threat?"
        case .refusal, .warning, .close: nil
        }
    }

    /// Why the key does nothing on this case now; nil when it does something.
    func unavailable(_ sheet: CaseSheet) -> String? {
        let record = sheet.record, rules = sheet.report.rules
        switch self {
        case .finding:
            return nil
        case .notification:
            return record.decisions.contains { $0.notifiedOn == nil } ? nil : "Every decision on \(sheet.ref) has its notification recorded"
        case .reviewRequest:
            return record.decisions.contains { $0.reviewRequestedOn == nil } ? nil : "No decision on \(sheet.ref) is open to a review request"
        case .interim:
            if let blocked = sheet.unsavedEditsBlockRules { return blocked }
            return rules.interim.possible || record.interimAccommodation != nil ? nil
                : "No interim accommodation duty (s188) is indicated on \(sheet.ref)"
        case .noticeThreat:
            if let blocked = sheet.unsavedEditsBlockRules { return blocked }
            return rules.notice.verdict == .invalid ? nil : "Only an invalid notice needs the officer's finding on \(sheet.ref)"
        case .refusal:
            guard record.activeDuty.map({ $0.kind != .main }) == true else { return "No prevention or relief duty is active on \(sheet.ref)" }
            return record.plan?.steps.contains { $0.owner == .applicantRequired } == true ? nil
                : "The plan on \(sheet.ref) has no step the applicant must take (s193B(2))"
        case .warning:
            return NonCooperation.stage(NonCooperationFacts(record)) == .none
                ? "Record a refusal of a required step first (x): the warning follows it (s193B)" : nil
        case .close:
            if record.status == .closed { return "\(sheet.ref) is already closed" }
            if let duty = record.activeDuty { return "The \(duty.kind.label.lowercased()) duty is running on \(sheet.ref): end it first (e)" }
            return nil
        }
    }

    func form(_ sheet: CaseSheet) -> CaseForm {
        switch self {
        case .finding: CaseForms.finding(today: sheet.today)
        case .notification: CaseForms.notification(sheet.record.decisions, today: sheet.today)
        case .reviewRequest: CaseForms.reviewRequest(sheet.record.decisions, today: sheet.today)
        case .interim: CaseForms.interimAccommodation()
        case .noticeThreat: CaseForms.noticeThreat()
        case .refusal: CaseForms.refusal(sheet.record.plan?.steps ?? [], today: sheet.today)
        case .warning: CaseForms.warning(today: sheet.today, periodDays: sheet.context.configuration.nonCooperation.warningPeriodDays)
        case .close: CaseForms.close()
        }
    }
}

extension DutyPane {
    /// The findings with their letters, interim accommodation, the invalid notice and the s193B stage, as the rules and
    /// the record have them.
    func writeFindings(_ text: inout PaneText, sheet: CaseSheet) {
        let record = sheet.record, rules = sheet.report.rules, context = sheet.context
        text.heading("Findings", note: "s184 · f records one")
        for kind in FindingKind.allCases {
            let value: Bool? = switch kind {
            case .eligibility: record.findings.eligible
            case .priorityNeed: record.findings.priorityNeed
            case .intentionality: record.findings.intentionallyHomeless
            case .localConnection: record.findings.localConnection
            }
            guard let value else {
                text.field(kind.label, "not decided", style: .muted, labelWidth: 20)
                continue
            }
            let found = record.recordedFindings?.last { $0.kind == kind }
            let letter = found.flatMap { finding in record.decisions.first { $0.id == finding.decisionId } }
            let by = found.map { " · \(DayFormat.medium($0.decidedOn)) by \(context.name(of: $0.decidedBy))" } ?? ""
            let review = letter.map { " · decision \($0.id): " + (ReviewRights($0, duties: record.duties).reasons.first?.words(.console) ?? "") }
                ?? " · no letter recorded"
            text.field(kind.label, kind.outcome(value) + by + review, labelWidth: 20)
        }
        if rules.interim.possible || record.interimAccommodation != nil {
            text.heading("Interim accommodation", note: "s188")
            if let answer = record.interimAccommodation {
                text.field("Recorded", answer.outcome.label + " · \(DayFormat.medium(answer.recordedOn)) by \(context.name(of: answer.recordedBy))"
                    + (answer.reason.map { ": " + $0 } ?? ""))
            } else {
                text.field("Possible", "reason to believe the applicant may be homeless, eligible and in priority need: "
                    + "i records it as provided or not owed", style: Style.red.bolded)
            }
        }
        if rules.notice.verdict == .invalid {
            text.heading("The invalid notice", note: "s175(4)")
            switch rules.threat.noticeThreat {
            case .toConfirm?:
                text.field("Threatened?", "not judged yet: t records whether it threatens the household", style: .amber)
            case .counts?, .ruledOut?:
                if let finding = record.notice?.threatFinding {
                    text.field("Found", (finding.threatened ? "threatens the household" : "does not threaten the household")
                        + " · \(DayFormat.medium(finding.decidedOn)) by \(context.name(of: finding.decidedBy))")
                }
            case nil:
                break
            }
        }
        let stage = NonCooperation.stage(NonCooperationFacts(record), today: sheet.today)
        if stage != .none || record.activeDuty.map({ $0.kind != .main }) == true {
            text.heading("Non-co-operation", note: "s193B · x refusal · w warning")
            if case .noticeGiven(_, .accommodationDuty) = stage {
                text.bullet(stage.words(.console), style: Style.red.bolded)
            } else {
                text.bullet(stage.words(.console), style: stage == .none ? .muted : .normal)
            }
        }
    }
}
