/// Non-co-operation (s193B, s193C): the sequence a council must follow before a notice ends the prevention or relief
/// duty for a deliberate and unreasonable refusal to co-operate, and what it still owes after.
///
/// The API, one function per step of the sequence, each returning every reason it cannot be taken (empty when it
/// can), as `DutyRefusal` values worded in `Rules/Words`:
/// - `refusalProblems`: recording a refusal of step N on a day. The step must be one the applicant must take — an
///   applicant (required) step of a plan settled on or before that day (agreed under s189A(4)(a), or recorded as
///   reasonable under s189A(6)(b)) — never a recommended or council step (s193B(2)).
/// - `warningProblems`: recording the written warning (s193B(4)(a), (5)) with its period: after a recorded refusal,
///   during the duty, the period at least `NonCooperationSettings.shortestWarningPeriodDays` (default 7, set in
///   rules.json as `nonCooperation.warningPeriodDays`).
/// - `noticeProblems`: giving the notice on a day: a settled plan, a warning during the duty, its period passed
///   (s193B(4)(b)), and a further refusal after it (s193B(5)), on or before the notice.
/// - `authoriserProblems`: the officer who authorises it (reg 3): another officer, at least as senior as the one
///   giving the notice, not involved in the case (not its assigned officer, not the warning's author).
/// - `stage`: where the case stands; `stillOwed`: what s193C(4) still owes after the notice.
///
/// Readings chosen: the period runs from the day after the warning, so a 7-day warning given on 1 June ends on
/// 8 June and a further refusal can found the notice from 9 June; the order (the further refusal after the
/// period) is kept though s193B(5) only asks that it follow the warning, so the applicant always has the whole period.
public enum NonCooperation {
    public static func refusalProblems(_ facts: NonCooperationFacts, stepId: Int, on day: Day) -> [DutyRefusal] {
        var problems = dutyProblems(facts, on: day)
        guard let step = facts.steps.first(where: { $0.id == stepId }), step.owner == .applicantRequired else {
            return problems + [.stepNotRequired(stepId: stepId)]
        }
        if facts.planSettledOn == nil {
            problems.append(.noSettledPlan)
        } else if let settled = facts.planSettledOn, settled > day {
            problems.append(.stepNotSettledBy(stepId: step.id, refusedOn: day))
        }
        return problems
    }

    public static func warningProblems(_ facts: NonCooperationFacts, on day: Day, periodDays: Int) -> [DutyRefusal] {
        var problems = dutyProblems(facts, on: day)
        if !facts.duringActiveDuty.contains(where: { $0.kind == .refusal && $0.on <= day }) {
            problems.append(.noRefusalBeforeWarning)
        }
        if periodDays < NonCooperationSettings.shortestWarningPeriodDays {
            problems.append(.warningPeriodTooShort(days: periodDays))
        }
        return problems
    }

    public static func noticeProblems(_ facts: NonCooperationFacts, on day: Day) -> [DutyRefusal] {
        var problems: [DutyRefusal] = []
        if facts.planSettledOn == nil { problems.append(.noSettledPlan) }
        guard let warning = facts.warning else {
            if let duty = facts.activeDuty, let early = facts.records.last(where: { $0.kind == .warning && $0.on < duty.startedOn }) {
                return problems + [.warnedBeforeDuty(warnedOn: early.on, duty: duty)]
            }
            return problems + [.noWarning]
        }
        let periodEnds = periodEndsOn(warning)
        if day <= periodEnds {
            problems.append(.warningPeriodNotOver(periodEndsOn: periodEnds))
        } else if !facts.duringActiveDuty.contains(where: { $0.kind == .refusal && $0.on > periodEnds && $0.on <= day }) {
            problems.append(.noFurtherRefusal(after: periodEnds))
        }
        return problems
    }

    public static func authoriserProblems(_ facts: NonCooperationFacts, authoriser: StaffMember, actor: Actor) -> [DutyRefusal] {
        var problems: [DutyRefusal] = []
        if authoriser.id == actor.id { problems.append(.authorisedBySelf) }
        if authoriser.role.seniority < actor.role.seniority { problems.append(.authoriserNotSenior) }
        if authoriser.id == facts.assignedOfficer { problems.append(.authoriserInvolved(reason: .assignedOfficer)) }
        if authoriser.id == facts.warning?.by { problems.append(.authoriserInvolved(reason: .gaveTheWarning)) }
        return problems
    }

    /// Who may authorise `actor`'s notice on this case: another officer at least as senior, not involved in it.
    public static func authorisers(in staff: StaffDirectory, for actor: Actor, facts: NonCooperationFacts) -> [StaffMember] {
        staff.members.filter { authoriserProblems(facts, authoriser: $0, actor: actor).isEmpty }
    }

    /// The last day of the warning's period: the warning's day plus its days.
    public static func periodEndsOn(_ warning: NonCooperationRecord) -> Day {
        warning.on.adding(days: max(warning.periodDays ?? NonCooperationSettings.standard.warningPeriodDays,
                                    NonCooperationSettings.shortestWarningPeriodDays))
    }

    public static func stage(_ facts: NonCooperationFacts) -> NonCooperationStage {
        if facts.activeDuty == nil, let ended = facts.lastDuty, ended.endReason == .nonCooperation {
            return .noticeGiven(on: ended.endedOn ?? ended.startedOn, stillOwed: stillOwed(facts.findings))
        }
        let records = facts.duringActiveDuty
        guard let warning = facts.warning else {
            guard let refusal = records.last(where: { $0.kind == .refusal }) else { return .none }
            return .refused(stepId: refusal.stepId, on: refusal.on)
        }
        let periodEnds = periodEndsOn(warning)
        if let further = records.first(where: { $0.kind == .refusal && $0.on > periodEnds }) {
            return .noticeMayBeGiven(furtherRefusalOn: further.on)
        }
        return .warned(on: warning.on, periodEndsOn: periodEnds)
    }

    /// The stage as it reads on `today`: a warning whose period has passed with no further refusal says so.
    public static func stage(_ facts: NonCooperationFacts, today: Day) -> NonCooperationStage {
        let stage = stage(facts)
        if case .warned(_, let periodEnds) = stage, today > periodEnds { return .periodPassed(periodEndsOn: periodEnds) }
        return stage
    }

    /// s193C(4): after the notice, accommodation is still owed to an applicant the council is satisfied is in priority
    /// need and is not satisfied became homeless intentionally.
    public static func stillOwed(_ findings: Findings) -> StillOwedAfterNotice {
        switch (findings.priorityNeed, findings.intentionallyHomeless) {
        case (true?, true?), (false?, _): .nothingFurther
        case (true?, _): .accommodationDuty
        case (nil, _): .decideFindings
        }
    }

    /// A refusal or warning belongs to an active prevention or relief duty, on or after its start.
    private static func dutyProblems(_ facts: NonCooperationFacts, on day: Day) -> [DutyRefusal] {
        guard let duty = facts.activeDuty, duty.kind != .main else { return [.noActiveDuty] }
        return day < duty.startedOn ? [.beforeStart(duty.startedOn)] : []
    }
}
