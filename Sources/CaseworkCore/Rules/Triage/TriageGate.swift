/// What makes an officer stop before ending a case at triage.
public enum TriageConcern: Hashable, Sendable {
    case homeless
    /// May be homeless while still at home (s175(3)).
    case mayBeHomeless
    /// A possible interim accommodation duty (s188) not yet answered.
    case possibleInterimDuty
}

/// Why a triage outcome is refused.
public enum TriageRefusal: RuleReason {
    /// "Prevented at triage" for a household already homeless: there is no home left to keep.
    case preventedWhileHomeless
    /// Ending a case at triage needs a reason.
    case reasonRequired(TriageOutcome)
    /// Homeless, possibly homeless, or possibly owed interim accommodation: the officer must record why no duty is owed.
    case dutyNotOwedReasonRequired(TriageConcern)
}

/// No gatekeeping at triage (s184: where the council has reason to believe an applicant may be homeless or
/// threatened, it must make inquiries). The outcomes that end a case at triage — advice only, prevented at triage —
/// need a reason, and for a household that is or may be homeless, or may be owed interim accommodation (s188), the
/// officer's reason why no duty is owed; "prevented at triage" is never offered to a household already homeless.
/// Closing a case with a possible s188 duty open records the officer's answer to it (not owed, with that reason), so
/// the alert is never dropped unanswered.
public enum TriageGate {
    /// The outcomes to offer for this case.
    public static func offered(_ evaluation: CaseEvaluation) -> [TriageOutcome] {
        TriageOutcome.allCases.filter { $0 != .preventedAtTriage || !evaluation.homeless }
    }

    /// Why a no-duty reason is needed before the case ends at triage; empty when none is.
    public static func concerns(_ evaluation: CaseEvaluation) -> [TriageConcern] {
        var concerns: [TriageConcern] = []
        if evaluation.homeless { concerns.append(.homeless) }
        if evaluation.mayBeHomeless { concerns.append(.mayBeHomeless) }
        if evaluation.interim.open { concerns.append(.possibleInterimDuty) }
        return concerns
    }

    /// Every reason `outcome` cannot be recorded with these answers; empty when it can.
    public static func problems(_ outcome: TriageOutcome, evaluation: CaseEvaluation, reason: String?,
                                dutyNotOwedReason: String?) -> [TriageRefusal] {
        guard outcome.closesTheCase else { return [] }
        var problems: [TriageRefusal] = []
        if outcome == .preventedAtTriage, evaluation.homeless { problems.append(.preventedWhileHomeless) }
        if (reason ?? "").trimmingSpaces.isEmpty { problems.append(.reasonRequired(outcome)) }
        if (dutyNotOwedReason ?? "").trimmingSpaces.isEmpty, let concern = concerns(evaluation).first {
            problems.append(.dutyNotOwedReasonRequired(concern))
        }
        return problems
    }
}
