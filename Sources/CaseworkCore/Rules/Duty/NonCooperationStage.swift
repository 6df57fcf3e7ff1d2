/// Where a case stands in the s193B sequence: refusal → written warning → a reasonable period → a further refusal
/// → the notice. The plan and the duty screens show it; the notice is refused until it reads `noticeMayBeGiven`.
public enum NonCooperationStage: RuleReason {
    /// Nothing recorded during the active duty.
    case none
    /// A required step was refused; the next step is the written warning.
    case refused(stepId: Int?, on: Day)
    /// Warned; the period to comply runs to `periodEndsOn` inclusive.
    case warned(on: Day, periodEndsOn: Day)
    /// The period passed with no further refusal recorded: the applicant may be co-operating.
    case periodPassed(periodEndsOn: Day)
    /// A further refusal after the period: the notice may be given (with another officer's authority).
    case noticeMayBeGiven(furtherRefusalOn: Day)
    /// The duty ended by a s193B notice; what is still owed follows from the findings (s193C(4)).
    case noticeGiven(on: Day, stillOwed: StillOwedAfterNotice)
}

/// What the council still owes after a s193B notice (s193C): the main duty no longer applies (s193C(3)), but an
/// applicant in priority need and not intentionally homeless is still owed accommodation (s193C(4)).
public enum StillOwedAfterNotice: Hashable, Sendable {
    /// Priority need found, and intentionality not found: accommodation must still be secured (s193C(4)).
    case accommodationDuty
    /// Priority need not decided yet: decide it (and intentionality) to know whether s193C(4) applies.
    case decideFindings
    /// No priority need, or found intentionally homeless: no s193C(4) duty.
    case nothingFurther
}
