import Testing
@testable import CaseworkCore

/// s202 through the service: written decisions, their notification, review requests (refused after the 21 days unless
/// the council accepts a late one), findings with their letters, interim accommodation and the officer's finding on
/// an invalid notice. The clock reads 2 March 2026.
@Suite struct DecisionReviewTests {
    static func prepared() throws -> (StoreFixture, CaseService, String) {
        let fixture = try StoreFixture()
        var draft = StoreFixture.draft("Applicant")
        draft.receivedOn = day("2026-01-02")
        let ref = try fixture.store.create([draft], by: StoreFixture.priya)[0].ref
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        return (fixture, service, ref)
    }

    /// The request-by boundary: the 21st day beginning with the notification is in time, the 22nd is late.
    @Test(arguments: [("2026-03-01", nil as String?, nil as String?),
                      ("2026-03-02", nil, "the 21 days from notification on 2026-02-09 ended on 2026-03-01"),
                      ("2026-03-02", "Letter went to the old address", nil)])
    func aReviewRequestAfterTheTwentyOneDaysNeedsTheCouncilsAcceptance(_ on: String, _ late: String?, _ refusal: String?) throws {
        let (fixture, service, ref) = try Self.prepared()
        let decided = try service.addDecision(ref, kind: .eligibility, on: day("2026-02-06"), notifiedOn: day("2026-02-09"),
                                              expectedRevision: nil)
        let id = try #require(decided.decisions.last?.id)
        #expect(ReviewRights(decided.decisions.last!, duties: []).requestBy == day("2026-03-01"))
        do {
            let requested = try service.requestReview(ref, decision: id, on: day(on), lateAccepted: late, expectedRevision: nil)
            #expect(refusal == nil)
            let rights = ReviewRights(requested.decisions.last!, duties: [])
            #expect(rights.decideBy == day(on).adding(days: 55))
            #expect(rights.lateAccepted == (late != nil))
            #expect(requested.decisions.last?.lateRequestAccepted == late)
        } catch {
            #expect(refusal.map { "\(error)".contains($0) } == true, "\(error)")
            #expect(try fixture.store.load(ref).revision == decided.revision)
        }
    }

    @Test(arguments: [(DecisionKind.localConnectionReferral, 8), (.localConnectionReferralJoint, 10), (.planSteps, 3)])
    func theReviewPeriodFollowsTheKind(_ kind: DecisionKind, _ weeks: Int) throws {
        let (fixture, service, ref) = try Self.prepared()
        defer { withExtendedLifetime(fixture) {} }
        let decided = try service.addDecision(ref, kind: kind, on: day("2026-02-20"), expectedRevision: nil)
        // Not notified: the last day to ask is unknown, so nothing is late.
        let requested = try service.requestReview(ref, decision: decided.decisions.last!.id, on: day("2026-03-02"), expectedRevision: nil)
        #expect(ReviewRights(requested.decisions.last!, duties: []).decideBy == day("2026-03-02").adding(days: weeks * 7 - 1))
    }

    @Test func aNotificationIsNeverBeforeTheDecisionOrInTheFuture() throws {
        let (fixture, service, ref) = try Self.prepared()
        defer { withExtendedLifetime(fixture) {} }
        #expect(throws: CaseServiceError.dayTooEarly(field: "notifiedOn", day("2026-02-19"), earliest: day("2026-02-20"))) {
            try service.addDecision(ref, kind: .eligibility, on: day("2026-02-20"), notifiedOn: day("2026-02-19"), expectedRevision: nil)
        }
        #expect(throws: CaseServiceError.dayInFuture(field: "notifiedOn", day("2026-03-03"))) {
            try service.addDecision(ref, kind: .eligibility, on: day("2026-02-20"), notifiedOn: day("2026-03-03"), expectedRevision: nil)
        }
        let decided = try service.addDecision(ref, kind: .eligibility, on: day("2026-02-20"), expectedRevision: nil)
        let id = decided.decisions.last!.id
        let notified = try service.recordNotification(ref, decision: id, on: day("2026-02-23"), expectedRevision: nil)
        #expect(ReviewRights(notified.decisions.last!, duties: []).requestBy == day("2026-03-15"))
        #expect(throws: CaseServiceError.reviewRefused(doing: "cannot record the notification", [.alreadyNotified(on: day("2026-02-23"))])) {
            try service.recordNotification(ref, decision: id, on: day("2026-02-24"), expectedRevision: nil)
        }
        #expect(throws: CaseServiceError.reviewRefused(doing: "cannot record the review request", [.noSuchDecision(99)])) {
            try service.requestReview(ref, decision: 99, on: day("2026-02-24"), expectedRevision: nil)
        }
    }

    /// Issue 9.15: a notice ending a duty on a past date gives 21 days from when it is notified, not from that date.
    @Test func aBackdatedEndingGivesTwentyOneDaysFromNotification() throws {
        let (fixture, service, ref) = try Self.prepared()
        defer { withExtendedLifetime(fixture) {} }
        try service.startDuty(ref, kind: .prevention, on: day("2026-01-05"), expectedRevision: nil)
        let ended = try service.endDuty(ref, reason: .withdrew, on: day("2026-02-01"), notifiedOn: day("2026-03-02"), expectedRevision: nil)
        let ending = try #require(ended.decisions.last)
        #expect(ending.kind == .preventionDutyEnded && ending.decidedOn == day("2026-02-01"))
        #expect(ReviewRights(ending, duties: ended.duties).requestBy == day("2026-03-22"))
        let started = try #require(ended.decisions.first)
        #expect(started.notifiedOn == nil, "not notified until recorded")
        #expect(ReviewRights(started, duties: ended.duties).reasons == [.notificationNotRecorded])
    }

    @Test func aFindingSetsTheFactAndWritesItsLetter() throws {
        let (fixture, service, ref) = try Self.prepared()
        defer { withExtendedLifetime(fixture) {} }
        let found = try service.recordFinding(ref, .priorityNeed, true, on: day("2026-03-01"), notifiedOn: day("2026-03-02"),
                                              expectedRevision: nil)
        #expect(found.findings.priorityNeed == true)
        let letter = try #require(found.decisions.last)
        #expect(letter.kind == .dutyOwed && letter.outcome == "In priority need" && letter.decidedBy == "priya.shah")
        #expect(found.recordedFindings == [RecordedFinding(kind: .priorityNeed, value: true, decidedOn: day("2026-03-01"),
                                                           decidedBy: "priya.shah", decisionId: letter.id)])
        #expect(throws: CaseServiceError.dayTooEarly(field: "on", day("2026-01-01"), earliest: day("2026-01-02"))) {
            try service.recordFinding(ref, .eligibility, false, on: day("2026-01-01"), expectedRevision: nil)
        }
    }

    @Test func interimAccommodationAnswersTheS188Alert() throws {
        let (fixture, service, ref) = try Self.prepared()
        try fixture.store.update(ref, expectedRevision: nil, by: StoreFixture.priya, action: "test") { $0.homelessNow = true }
        let before = CaseRules.alerts(CaseSummary(try fixture.store.load(ref)), today: StoreFixture.today)
        #expect(before.contains { $0.kind == .possibleInterimDuty })
        #expect(throws: CaseServiceError.invalid(field: "reason", message: "say why interim accommodation (s188) is not owed")) {
            try service.recordInterimAccommodation(ref, .notOwed, expectedRevision: nil)
        }
        let provided = try service.recordInterimAccommodation(ref, .provided, expectedRevision: nil)
        #expect(CaseSummary(provided).interimAccommodation == .provided)
        #expect(!CaseRules.alerts(CaseSummary(provided), today: StoreFixture.today).contains { $0.kind == .possibleInterimDuty })
    }

    @Test func theOfficersFindingOnAnInvalidNoticeGovernsAndGoesWithTheNotice() throws {
        let (fixture, service, ref) = try Self.prepared()
        try fixture.store.update(ref, expectedRevision: nil, by: StoreFixture.priya, action: "test") {
            $0.notice = Notice(type: .section21, servedOn: day("2026-02-01"), expiresOn: day("2026-04-01"),
                               checks: NoticeChecks(depositProtected: false))
        }
        let found = try service.recordNoticeThreat(ref, threatened: false, expectedRevision: nil)
        let evaluation = CaseRules.evaluate(CaseSummary(found), today: StoreFixture.today)
        #expect(evaluation.threat.noticeThreat == .ruledOut && !evaluation.threatened)
        // A different notice needs a new finding.
        var details = CaseDetails(found)
        details.notice?.expiresOn = day("2026-04-15")
        let changed = try service.perform(.saveDetails(details), on: ref, expectedRevision: found.revision)
        #expect(changed.notice?.threatFinding == nil)
    }

    @Test func aRestrictedCaseIsRefusedToStaffNotCleared() throws {
        let (fixture, _, ref) = try Self.prepared()
        try fixture.store.update(ref, expectedRevision: nil, by: StoreFixture.priya, action: "test") {
            $0.restricted = true
            $0.assignedOfficer = "priya.shah"
        }
        let tom = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.tom, configuration: .standard)
        #expect(throws: CaseAccessError.restricted(ref: ref)) {
            try tom.addDecision(ref, kind: .eligibility, on: day("2026-02-20"), expectedRevision: nil)
        }
        #expect(try fixture.lines("audit.jsonl").last?.contains("decision-add") == true)
    }
}
