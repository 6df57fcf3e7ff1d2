/// What s193B asks of the facts before a duty ends for non-co-operation, beyond the officers' safeguards the
/// service checks: a step to refuse (one the applicant agreed to, or the council recorded, in the personalised
/// housing plan, s189A), and a written warning given during the duty and before the notice.
public enum NonCooperation {
    /// Every reason the notice cannot be given on `endingOn` after a warning on `warnedOn`; empty when it can.
    public static func refusals(_ summary: CaseSummary, warnedOn: Day, endingOn: Day) -> [String] {
        var reasons: [String] = []
        if summary.planSettledOn == nil {
            reasons.append("there is no settled personalised housing plan, so no step the applicant agreed to or that was "
                + "recorded (s189A) to have refused (s193B(2))")
        }
        if let duty = summary.activeDuty, warnedOn < duty.startedOn {
            reasons.append("the warning (\(warnedOn)) is before the \(duty.kind.rawValue) duty started (\(duty.startedOn))")
        }
        if warnedOn >= endingOn {
            reasons.append("the warning must come before the notice, with a reasonable period to comply (s193B(4))")
        }
        return reasons
    }
}
