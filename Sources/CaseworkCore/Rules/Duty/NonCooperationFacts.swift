/// What s193B reads from a case: its plan's steps, the refusals and warnings recorded, the duty being worked and
/// who is involved. Taken from the full record, since the plan's steps are not in the index.
public struct NonCooperationFacts: Hashable, Sendable {
    public let steps: [PlanStep]
    /// The plan is settled once agreed, or once the council recorded the steps it thinks reasonable (s189A(6)(b)).
    public let planSettledOn: Day?
    /// Refusals and warnings, oldest first.
    public let records: [NonCooperationRecord]
    public let activeDuty: Duty?
    public let lastDuty: Duty?
    public let assignedOfficer: String?
    public let findings: Findings

    public init(_ record: Case) {
        self.init(steps: record.plan?.steps ?? [], planSettledOn: record.plan?.settledOn, records: record.nonCooperation ?? [],
                  duties: record.duties, assignedOfficer: record.assignedOfficer, findings: record.findings)
    }

    public init(steps: [PlanStep], planSettledOn: Day?, records: [NonCooperationRecord], duties: [Duty],
                assignedOfficer: String?, findings: Findings) {
        self.steps = steps
        self.planSettledOn = planSettledOn
        self.records = records.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
        activeDuty = duties.last(where: \.isActive)
        lastDuty = duties.last
        self.assignedOfficer = assignedOfficer
        self.findings = findings
    }

    /// Records made during the active prevention or relief duty: an earlier duty's sequence does not carry over.
    var duringActiveDuty: [NonCooperationRecord] {
        guard let duty = activeDuty, duty.kind != .main else { return [] }
        return records.filter { $0.on >= duty.startedOn }
    }

    /// The latest warning during the active duty.
    var warning: NonCooperationRecord? { duringActiveDuty.last { $0.kind == .warning } }
}
