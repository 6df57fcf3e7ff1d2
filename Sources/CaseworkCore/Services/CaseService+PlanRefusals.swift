/// The plan's side of non-co-operation (s193A–B): the officer records a refusal of a required step and the
/// written warning that gives a period to co-operate. Whether a notice may then be given is the duty rules'
/// decision, made when the duty is ended for non-co-operation.
extension CaseService {
    /// A deliberate and unreasonable refusal of a required step, as the officer saw it (with what happened).
    @discardableResult
    public func recordStepRefusal(_ ref: String, step id: Int, note: String, on day: Day? = nil, expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        let text = try refusalText(note, field: "note", missing: "say what the applicant refused and how")
        guard day <= today else { throw CaseServiceError.invalid(field: "on", message: "\(day) is in the future") }
        return try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            var plan = try existingPlan(record)
            let step = try requiredStep(id, in: plan)
            guard let settled = plan.settledOn, day >= settled else {
                throw CaseServiceError.refused(reason: "step \(step.id) was not agreed or recorded on \(day): only a step of a settled plan "
                    + "(agreed, or recorded as reasonable when not agreed, s189A) can be refused")
            }
            plan.refusals.append(StepRefusal(id: Case.nextId(plan.refusals.map(\.id)), stepId: step.id, on: day, by: actor.id, note: text))
            record.plan = plan
            record.timeline.append(systemEvent(record, "Non-co-operation: refusal of step \(step.id) recorded for \(day)"))
        }
    }

    /// The written warning (s193B(4)) about a refused step, with the period given to take it.
    @discardableResult
    public func issueWarning(_ ref: String, step id: Int, periodDays: Int, note: String = "", on day: Day? = nil,
                             expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        guard day <= today else { throw CaseServiceError.invalid(field: "on", message: "\(day) is in the future") }
        guard (1...90).contains(periodDays) else {
            throw CaseServiceError.invalid(field: "period", message: "the period to co-operate must be 1 to 90 days, not \(periodDays)")
        }
        let text = note.trimmingSpaces
        if let problem = PlanRules.textProblem(text, limit: PlanRules.reasonLimit, multiline: true) {
            throw CaseServiceError.invalid(field: "note", message: problem)
        }
        return try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            var plan = try existingPlan(record)
            let step = try requiredStep(id, in: plan)
            guard plan.refusals.contains(where: { $0.stepId == step.id && $0.on <= day }) else {
                throw CaseServiceError.refused(reason: "record the applicant's refusal of step \(step.id) before warning them about it (s193B(4))")
            }
            plan.warnings.append(NonCooperationWarning(id: Case.nextId(plan.warnings.map(\.id)), stepId: step.id, issuedOn: day,
                                                       by: actor.id, periodDays: periodDays, note: text))
            record.plan = plan
            let warning = plan.warnings[plan.warnings.count - 1]
            record.timeline.append(systemEvent(record, "Non-co-operation: written warning about step \(step.id) issued on \(day); "
                + "period to co-operate ends \(warning.periodEndsOn)"))
        }
    }

    private func requiredStep(_ id: Int, in plan: Plan) throws -> PlanStep {
        guard let step = plan.step(id) else { throw CaseServiceError.invalid(field: "step", message: "the plan has no step \(id)") }
        switch step.owner {
        case .applicantRequired: return step
        case .applicantRecommended:
            throw CaseServiceError.refused(reason: "step \(id) is recommended: not taking it is never non-co-operation (s189A(4), s193A)")
        case .council:
            throw CaseServiceError.refused(reason: "step \(id) is the council's own step, not one the applicant can refuse")
        }
    }

    private func refusalText(_ text: String, field: String, missing: String) throws -> String {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw CaseServiceError.invalid(field: field, message: missing) }
        if let problem = PlanRules.textProblem(trimmed, limit: PlanRules.reasonLimit, multiline: true) {
            throw CaseServiceError.invalid(field: field, message: problem)
        }
        return trimmed
    }
}
