/// One case as any list shows it to one member of staff, with what the rules make of it: the console's queue, the
/// command line's `case list` and `alerts` all start here, so a restricted case is restricted in each the same way.
///
/// For a restricted case the officer is not cleared for, the list holds only its ref, status, application date and
/// assigned officer. The name reads "Restricted"; the household, the notice, the route (a refuge partner is itself
/// a disclosure), the duty, documents, alerts and priority are withheld, and the rules run on nothing else, so no
/// column, sort order, search or count can tell more about it.
public struct ListedCase: Sendable {
    /// The summary as this officer may see it: the real one, or one holding only what may be shown.
    public let summary: CaseSummary
    /// True when the case is restricted and withheld from this officer.
    public let masked: Bool
    public let evaluation: CaseEvaluation
    /// Empty when masked: an alert's words characterise the case.
    public let alerts: [Alert]

    public init(_ summary: CaseSummary, for actor: Actor, today: Day, configuration: RuleConfiguration) {
        masked = !CaseAccess.mayView(summary, as: actor)
        self.summary = masked ? Self.withheld(summary) : summary
        evaluation = CaseRules.evaluate(self.summary, today: today, configuration: configuration)
        alerts = masked ? [] : CaseRules.alerts(self.summary, today: today, configuration: configuration, evaluation: evaluation)
    }

    public var name: String { masked ? CaseAccess.restrictedLabel : summary.applicantName }

    /// The summary alone, for a list that runs no rules (`case list`).
    public static func summary(_ summary: CaseSummary, for actor: Actor) -> CaseSummary {
        CaseAccess.mayView(summary, as: actor) ? summary : withheld(summary)
    }

    /// A summary of an empty case with the few things that may be shown: any field added to the summary later is
    /// withheld too, since it starts empty here.
    static func withheld(_ summary: CaseSummary) -> CaseSummary {
        let empty = Case(ref: summary.ref, receivedOn: summary.receivedOn,
                         applicant: Applicant(firstName: CaseAccess.restrictedLabel, lastName: "", dateOfBirth: nil),
                         accommodation: Accommodation(type: .other), createdAt: summary.updatedAt, createdBy: summary.updatedBy)
        var shown = CaseSummary(empty)
        shown.revision = summary.revision
        shown.status = summary.status
        shown.restricted = true
        shown.assignedOfficer = summary.assignedOfficer
        return shown
    }
}
