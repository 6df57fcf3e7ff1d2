/// What s193B asks of the facts before a duty ends for non-co-operation, beyond the officers' safeguards the
/// service checks: a step to refuse (one the applicant agreed to, or the council recorded, in the personalised
/// housing plan, s189A), and a written warning given during the duty and before the notice.
public enum NonCooperation {
    /// Every reason the notice cannot be given on `endingOn` after a warning on `warnedOn`; empty when it can.
    public static func refusals(_ summary: CaseSummary, warnedOn: Day, endingOn: Day) -> [DutyRefusal] {
        var refusals: [DutyRefusal] = []
        if summary.planSettledOn == nil { refusals.append(.noSettledPlan) }
        if let duty = summary.activeDuty, warnedOn < duty.startedOn { refusals.append(.warnedBeforeDuty(warnedOn: warnedOn, duty: duty)) }
        if warnedOn >= endingOn { refusals.append(.warnedNotBeforeNotice) }
        return refusals
    }
}
