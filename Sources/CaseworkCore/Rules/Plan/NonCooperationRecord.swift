/// Where a case stands in the non-co-operation sequence the plan records (s193A–B): a required step refused,
/// a written warning with its period, a further refusal after the period, then the notice, which is given by
/// ending the duty. This only reads the record; whether the notice may be given is the duty rules' decision.
public enum NonCooperationStage: Hashable, Sendable {
    case none
    /// A refusal is recorded and no warning has followed it.
    case refused(StepRefusal)
    /// Warned; the period to co-operate ends on the warning's `periodEndsOn`.
    case warned(NonCooperationWarning)
    /// Refused again after the warning's period: the notice can be considered.
    case refusedAfterWarning(NonCooperationWarning, StepRefusal)
    /// The duty was ended for non-co-operation.
    case noticeGiven(on: Day)

    public init(plan: Plan?, duties: [Duty]) {
        if let ended = duties.last(where: { $0.endReason == .nonCooperation }), let on = ended.endedOn {
            self = .noticeGiven(on: on)
            return
        }
        guard let plan else {
            self = .none
            return
        }
        if let warning = plan.warnings.last {
            if let further = plan.refusals.last(where: { $0.stepId == warning.stepId && $0.on > warning.periodEndsOn }) {
                self = .refusedAfterWarning(warning, further)
            } else {
                self = .warned(warning)
            }
        } else if let refusal = plan.refusals.last {
            self = .refused(refusal)
        } else {
            self = .none
        }
    }

    /// One line for the plan screen and `plan show`.
    public var summary: String {
        switch self {
        case .none: "No refusal recorded"
        case .refused(let refusal):
            "Step \(refusal.stepId) refused on \(refusal.on); a written warning with a period to co-operate comes next (s193B(4))"
        case .warned(let warning):
            "Warned on \(warning.issuedOn) about step \(warning.stepId); the period to co-operate ends \(warning.periodEndsOn)"
        case .refusedAfterWarning(let warning, let refusal):
            "Step \(refusal.stepId) refused again on \(refusal.on) after the warning of \(warning.issuedOn): a s193B notice can be "
                + "considered by ending the duty, authorised by another officer"
        case .noticeGiven(let on): "Duty ended for non-co-operation on \(on) (s193B)"
        }
    }
}
