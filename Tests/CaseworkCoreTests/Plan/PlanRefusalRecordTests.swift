import Testing
@testable import CaseworkCore

/// The plan's non-co-operation record: only a required step of a settled plan can be refused, a warning needs a
/// refusal before it, and the stage reads the sequence back.
@Suite struct PlanRefusalRecordTests {
    static let today = PlanFixture.today

    static func settled() throws -> (PlanFixture, required: Int, recommended: Int, council: Int) {
        let fixture = try PlanFixture { $0.receivedOn = today.adding(days: -40) }
        let required = try fixture.add(.applicantRequired, "Provide three months of bank statements")
        let recommended = try fixture.add(.applicantRecommended, "Join the housing register")
        let council = try fixture.add(.council, "Contact the landlord")
        try fixture.service.agreePlan(fixture.ref, on: today.adding(days: -30), expectedRevision: nil)
        return (fixture, required.id, recommended.id, council.id)
    }

    @Test func aRecommendedOrCouncilStepIsNeverRefused() throws {
        let (fixture, _, recommended, council) = try Self.settled()
        let one = PlanFixture.refusal { try fixture.service.recordStepRefusal(fixture.ref, step: recommended, note: "Would not", expectedRevision: nil) }
        #expect(one?.contains("never non-co-operation") == true)
        let two = PlanFixture.refusal { try fixture.service.recordStepRefusal(fixture.ref, step: council, note: "Would not", expectedRevision: nil) }
        #expect(two?.contains("council's own step") == true)
    }

    @Test func aStepOfAPlanNotSettledCannotBeRefused() throws {
        let fixture = try PlanFixture()
        let step = try fixture.add()
        let message = PlanFixture.refusal { try fixture.service.recordStepRefusal(fixture.ref, step: step.id, note: "Refused", expectedRevision: nil) }
        #expect(message?.contains("settled plan") == true)
    }

    @Test func aWarningNeedsARefusalFirst() throws {
        let (fixture, required, _, _) = try Self.settled()
        let message = PlanFixture.refusal { try fixture.service.issueWarning(fixture.ref, step: required, periodDays: 7, expectedRevision: nil) }
        #expect(message?.contains("record the applicant's refusal") == true)
        let zero = PlanFixture.refusal { try fixture.service.issueWarning(fixture.ref, step: required, periodDays: 0, expectedRevision: nil) }
        #expect(zero?.contains("1 to 90 days") == true)
    }

    @Test func theStageFollowsTheSequence() throws {
        let (fixture, required, _, _) = try Self.settled()
        func stage() throws -> NonCooperationStage {
            let record = try fixture.load()
            return NonCooperationStage(plan: record.plan, duties: record.duties)
        }
        #expect(try stage() == .none)
        try fixture.service.recordStepRefusal(fixture.ref, step: required, note: "Said she will not get them", on: Self.today.adding(days: -20),
                                              expectedRevision: nil)
        guard case .refused = try stage() else { Issue.record("expected refused"); return }
        try fixture.service.issueWarning(fixture.ref, step: required, periodDays: 7, on: Self.today.adding(days: -19), expectedRevision: nil)
        guard case .warned(let warning) = try stage() else { Issue.record("expected warned"); return }
        #expect(warning.periodEndsOn == Self.today.adding(days: -13))
        // A refusal inside the period does not count as the further refusal.
        try fixture.service.recordStepRefusal(fixture.ref, step: required, note: "Again", on: Self.today.adding(days: -15), expectedRevision: nil)
        guard case .warned = try stage() else { Issue.record("expected still warned"); return }
        try fixture.service.recordStepRefusal(fixture.ref, step: required, note: "Again after the period", on: Self.today.adding(days: -5),
                                              expectedRevision: nil)
        guard case .refusedAfterWarning(_, let further) = try stage() else { Issue.record("expected refused after warning"); return }
        #expect(further.on == Self.today.adding(days: -5))
        #expect(try fixture.load().plan?.version == 1)
    }
}
