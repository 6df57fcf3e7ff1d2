import Testing
@testable import CaseworkCore

/// s193B as a table: refusal of a required step → written warning → the period → a further refusal → the notice,
/// authorised by another officer at least as senior and not involved (reg 3). Prevention from 1 May 2026, a plan
/// agreed on 3 May with step 1 required, step 2 recommended and step 3 the council's; the case is Priya's.
struct NonCooperationRow: Sendable, CustomTestStringConvertible {
    let name: String
    var records: [NonCooperationRecord] = []
    var planSettled: String? = "2026-05-03"
    let check: @Sendable (NonCooperationFacts) -> [DutyRefusal]
    let expected: [DutyRefusal]

    var testDescription: String { name }
}

private func refusal(_ on: String, step: Int = 1, by: String = "priya") -> NonCooperationRecord {
    NonCooperationRecord(kind: .refusal, on: day(on), by: by, stepId: step)
}

private func warning(_ on: String, days: Int = 7, by: String = "priya") -> NonCooperationRecord {
    NonCooperationRecord(kind: .warning, on: day(on), by: by, periodDays: days)
}

private func facts(_ row: NonCooperationRow) -> NonCooperationFacts {
    NonCooperationFacts(steps: [PlanStep(id: 1, owner: .applicantRequired, text: "Register with three letting agents"),
                                PlanStep(id: 2, owner: .applicantRecommended, text: "Open a savings account"),
                                PlanStep(id: 3, owner: .council, text: "Refer to the rent deposit scheme")],
                        planSettledOn: row.planSettled.map(day), records: row.records,
                        duties: [duty(.prevention, started: "2026-05-01")], assignedOfficer: "priya", findings: Findings())
}

@Suite struct NonCooperationRulesTests {
    static let rows: [NonCooperationRow] = [
        NonCooperationRow(name: "refusing a required step of the settled plan",
                          check: { NonCooperation.refusalProblems($0, stepId: 1, on: day("2026-05-03")) }, expected: []),
        NonCooperationRow(name: "refusing before the plan was settled",
                          check: { NonCooperation.refusalProblems($0, stepId: 1, on: day("2026-05-02")) },
                          expected: [.stepNotSettledBy(stepId: 1, refusedOn: day("2026-05-02"))]),
        NonCooperationRow(name: "a recommended step is never non-co-operation",
                          check: { NonCooperation.refusalProblems($0, stepId: 2, on: day("2026-05-05")) },
                          expected: [.stepNotRequired(stepId: 2)]),
        NonCooperationRow(name: "a council step is never the applicant's",
                          check: { NonCooperation.refusalProblems($0, stepId: 3, on: day("2026-05-05")) },
                          expected: [.stepNotRequired(stepId: 3)]),
        NonCooperationRow(name: "no such step", check: { NonCooperation.refusalProblems($0, stepId: 9, on: day("2026-05-05")) },
                          expected: [.stepNotRequired(stepId: 9)]),
        NonCooperationRow(name: "no settled plan", planSettled: nil,
                          check: { NonCooperation.refusalProblems($0, stepId: 1, on: day("2026-05-05")) },
                          expected: [.noSettledPlan]),
        NonCooperationRow(name: "a refusal before the duty", check: { NonCooperation.refusalProblems($0, stepId: 1, on: day("2026-04-30")) },
                          expected: [.beforeStart(day("2026-05-01")), .stepNotSettledBy(stepId: 1, refusedOn: day("2026-04-30"))]),
        NonCooperationRow(name: "a warning with no refusal before it",
                          check: { NonCooperation.warningProblems($0, on: day("2026-05-06"), periodDays: 7) },
                          expected: [.noRefusalBeforeWarning]),
        NonCooperationRow(name: "a warning after a refusal", records: [refusal("2026-05-05")],
                          check: { NonCooperation.warningProblems($0, on: day("2026-05-05"), periodDays: 7) }, expected: []),
        NonCooperationRow(name: "a warning giving no time", records: [refusal("2026-05-05")],
                          check: { NonCooperation.warningProblems($0, on: day("2026-05-06"), periodDays: 0) },
                          expected: [.warningPeriodTooShort(days: 0)]),
        NonCooperationRow(name: "a notice with no warning", records: [refusal("2026-05-05"), refusal("2026-05-20")],
                          check: { NonCooperation.noticeProblems($0, on: day("2026-05-21")) }, expected: [.noWarning]),
        NonCooperationRow(name: "a notice on the period's last day", records: [refusal("2026-05-05"), warning("2026-05-06")],
                          check: { NonCooperation.noticeProblems($0, on: day("2026-05-13")) },
                          expected: [.warningPeriodNotOver(periodEndsOn: day("2026-05-13"))]),
        NonCooperationRow(name: "a notice after the period with no further refusal",
                          records: [refusal("2026-05-05"), warning("2026-05-06")],
                          check: { NonCooperation.noticeProblems($0, on: day("2026-05-14")) },
                          expected: [.noFurtherRefusal(after: day("2026-05-13"))]),
        NonCooperationRow(name: "a refusal inside the period does not count",
                          records: [refusal("2026-05-05"), warning("2026-05-06"), refusal("2026-05-13")],
                          check: { NonCooperation.noticeProblems($0, on: day("2026-05-20")) },
                          expected: [.noFurtherRefusal(after: day("2026-05-13"))]),
        NonCooperationRow(name: "a further refusal the day after the period, notice the same day",
                          records: [refusal("2026-05-05"), warning("2026-05-06"), refusal("2026-05-14")],
                          check: { NonCooperation.noticeProblems($0, on: day("2026-05-14")) }, expected: []),
        NonCooperationRow(name: "a one-day period: never the next day",
                          records: [refusal("2026-05-05"), warning("2026-05-06", days: 1), refusal("2026-05-07")],
                          check: { NonCooperation.noticeProblems($0, on: day("2026-05-07")) },
                          expected: [.warningPeriodNotOver(periodEndsOn: day("2026-05-07"))]),
        NonCooperationRow(name: "a one-day period: the day after next",
                          records: [refusal("2026-05-05"), warning("2026-05-06", days: 1), refusal("2026-05-08")],
                          check: { NonCooperation.noticeProblems($0, on: day("2026-05-08")) }, expected: []),
        NonCooperationRow(name: "a warning from before the duty does not count",
                          records: [refusal("2026-04-20"), warning("2026-04-21"), refusal("2026-05-14")],
                          check: { NonCooperation.noticeProblems($0, on: day("2026-05-20")) },
                          expected: [.warnedBeforeDuty(warnedOn: day("2026-04-21"), duty: duty(.prevention, started: "2026-05-01"))]),
        NonCooperationRow(name: "authorised by a manager not involved", records: [refusal("2026-05-05"), warning("2026-05-06")],
                          check: { NonCooperation.authoriserProblems($0, authoriser: helen, actor: amara) }, expected: []),
        NonCooperationRow(name: "authorised by oneself", check: { NonCooperation.authoriserProblems($0, authoriser: amaraMember, actor: amara) },
                          expected: [.authorisedBySelf]),
        NonCooperationRow(name: "authorised by someone junior", check: { NonCooperation.authoriserProblems($0, authoriser: tom, actor: amara) },
                          expected: [.authoriserNotSenior]),
        NonCooperationRow(name: "authorised by the case's officer",
                          check: { NonCooperation.authoriserProblems($0, authoriser: priya, actor: amara) },
                          expected: [.authoriserInvolved(reason: .assignedOfficer)]),
        NonCooperationRow(name: "authorised by the warning's author", records: [refusal("2026-05-05"), warning("2026-05-06", by: "helen")],
                          check: { NonCooperation.authoriserProblems($0, authoriser: helen, actor: amara) },
                          expected: [.authoriserInvolved(reason: .gaveTheWarning)]),
    ]

    static let helen = StaffMember(id: "helen", name: "Helen Clarke", role: .manager)
    static let priya = StaffMember(id: "priya", name: "Priya Shah", role: .caseworker)
    static let amaraMember = StaffMember(id: "amara", name: "Amara Okafor", role: .caseworker)
    static let tom = StaffMember(id: "tom", name: "Tom Okafor", role: .triageOfficer)
    static let amara = Actor(amaraMember)

    @Test(arguments: rows)
    func sequence(_ row: NonCooperationRow) {
        #expect(row.check(facts(row)) == row.expected)
    }

    @Test func theStageFollowsTheSequence() {
        var row = NonCooperationRow(name: "", check: { _ in [] }, expected: [])
        #expect(NonCooperation.stage(facts(row)) == .none)
        row.records = [refusal("2026-05-05")]
        #expect(NonCooperation.stage(facts(row)) == .refused(stepId: 1, on: day("2026-05-05")))
        row.records.append(warning("2026-05-06"))
        #expect(NonCooperation.stage(facts(row), today: day("2026-05-13")) == .warned(on: day("2026-05-06"), periodEndsOn: day("2026-05-13")))
        #expect(NonCooperation.stage(facts(row), today: day("2026-05-14")) == .periodPassed(periodEndsOn: day("2026-05-13")))
        row.records.append(refusal("2026-05-14"))
        #expect(NonCooperation.stage(facts(row)) == .noticeMayBeGiven(furtherRefusalOn: day("2026-05-14")))
        let ended = NonCooperationFacts(steps: [], planSettledOn: nil, records: row.records,
                                        duties: [duty(.relief, started: "2026-05-01", ended: "2026-05-20", reason: .nonCooperation)],
                                        assignedOfficer: nil, findings: Findings(priorityNeed: true))
        #expect(NonCooperation.stage(ended) == .noticeGiven(on: day("2026-05-20"), stillOwed: .accommodationDuty))
    }

    /// s193C(4): after the notice, accommodation is still owed in priority need and not intentionally homeless.
    @Test(arguments: [(Bool?.some(true), Bool?.some(false), StillOwedAfterNotice.accommodationDuty),
                      (true, nil, .accommodationDuty), (true, true, .nothingFurther), (false, false, .nothingFurther),
                      (nil, false, .decideFindings)])
    func whatIsStillOwed(_ need: Bool?, _ intentional: Bool?, _ owed: StillOwedAfterNotice) {
        #expect(NonCooperation.stillOwed(Findings(priorityNeed: need, intentionallyHomeless: intentional)) == owed)
    }
}
