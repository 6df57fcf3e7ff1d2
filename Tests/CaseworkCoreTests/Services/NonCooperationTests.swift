import Foundation
import Testing
@testable import CaseworkCore

/// s193B through the service, as the CLI and the console both reach it: a refusal of a required step, the written
/// warning, its period, a further refusal, then the notice authorised by another officer at least as senior and not
/// involved. The clock reads 2 March 2026; prevention started on 1 February with a plan agreed on 2 February.
@Suite struct NonCooperationTests {
    static let today = StoreFixture.today
    static let manager = StaffMember(id: "helen", name: "Helen Clarke", role: .manager)
    static let otherCaseworker = StaffMember(id: "amara", name: "Amara Okafor", role: .caseworker)

    /// A case at the start of the sequence, and a service acting as `actor`.
    static func prepared(actor: String = "priya.shah") throws -> (StoreFixture, CaseService, String) {
        let fixture = try StoreFixture()
        var staff = StoreFixture.staff
        staff.members += [manager, otherCaseworker]
        try fixture.store.saveStaff(staff)
        var draft = StoreFixture.draft("Applicant")
        draft.receivedOn = day("2026-01-30")
        draft.lossDate = day("2026-03-20")
        draft.assignedOfficer = "amara"
        draft.plan = Plan(steps: [PlanStep(id: 1, owner: .applicantRequired, text: "Register with three letting agents"),
                                  PlanStep(id: 2, owner: .applicantRecommended, text: "Open a savings account")],
                          agreedOn: day("2026-02-02"))
        let ref = try fixture.store.create([draft], by: StoreFixture.priya)[0].ref
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: Actor(staff.member(actor)!),
                                  configuration: .standard)
        try service.startDuty(ref, kind: .prevention, on: day("2026-02-01"), expectedRevision: nil)
        return (fixture, service, ref)
    }

    @Test func theWholeSequenceEndsTheDutyAndSaysWhatIsStillOwed() throws {
        let (fixture, service, ref) = try Self.prepared()
        try service.recordRefusal(ref, step: 1, on: day("2026-02-05"), expectedRevision: nil)
        try service.recordWarning(ref, on: day("2026-02-06"), expectedRevision: nil)
        try service.recordRefusal(ref, step: 1, on: day("2026-02-14"), expectedRevision: nil)
        let ended = try service.endDuty(ref, reason: .nonCooperation, safeguards: .init(authorisedBy: "helen"), expectedRevision: nil)
        #expect(ended.activeDuty == nil && ended.duties.last?.endReason == .nonCooperation)
        #expect(ended.timeline.contains { $0.text.contains("warning given 2026-02-06; decision authorised by Helen Clarke") })
        #expect(ended.nonCooperation?.first { $0.kind == .warning }?.periodDays == 7)
        #expect(NonCooperation.stage(NonCooperationFacts(ended)) == .noticeGiven(on: Self.today, stillOwed: .decideFindings))
        let audit = try fixture.lines("audit.jsonl")
        #expect(audit.filter { $0.contains("non-cooperation") }.count == 3)
    }

    /// Who ends the duty, how far the sequence went, who authorises, and the refusal expected (nil: the duty ends).
    static let table: [(actor: String, steps: Int, authoriser: String?, refusal: String?)] = [
        ("priya.shah", 3, "helen", nil),
        ("priya.shah", 3, nil, "needs the officer who authorised it"),
        ("priya.shah", 3, "priya.shah", "not by you"),
        ("priya.shah", 3, "tom.okafor", "at least as senior"),
        ("priya.shah", 3, "amara", "the case's assigned officer"),
        ("priya.shah", 3, "nobody", "not in the staff directory"),
        ("priya.shah", 2, "helen", "no further refusal is recorded after the warning's period ended on 2026-02-13"),
        ("priya.shah", 1, "helen", "no written warning has been given"),
        ("priya.shah", 0, "helen", "no written warning has been given"),
        ("helen", 3, "priya.shah", "at least as senior"),
    ]

    @Test(arguments: table.indices)
    func theNoticeWaitsForTheSequenceAndAnOfficerNotInvolved(row: Int) throws {
        let (actor, steps, authoriser, refusal) = Self.table[row]
        let (fixture, service, ref) = try Self.prepared(actor: actor)
        if steps >= 1 { try service.recordRefusal(ref, step: 1, on: day("2026-02-05"), expectedRevision: nil) }
        if steps >= 2 { try service.recordWarning(ref, on: day("2026-02-06"), expectedRevision: nil) }
        if steps >= 3 { try service.recordRefusal(ref, step: 1, on: day("2026-02-14"), expectedRevision: nil) }
        let before = try fixture.store.load(ref).revision
        do {
            let ended = try service.perform(.endDuty(.nonCooperation, on: Self.today, safeguards: authoriser.map { .init(authorisedBy: $0) }),
                                            on: ref, expectedRevision: before)
            #expect(refusal == nil, "ended, where \(refusal ?? "") was expected")
            #expect(ended.activeDuty == nil)
        } catch {
            #expect(refusal.map { "\(error)".contains($0) } == true, "\(error)")
            #expect(try fixture.store.load(ref).revision == before, "a refusal changes nothing")
        }
    }

    @Test func aRecommendedStepCannotBeRefusedForS193B() throws {
        let (fixture, service, ref) = try Self.prepared()
        let error = #expect(throws: CaseServiceError.self) {
            try service.recordRefusal(ref, step: 2, on: day("2026-02-05"), expectedRevision: nil)
        }
        #expect(error.map { "\($0)".contains("step 2 is not a step the applicant must take") } == true)
        #expect(try fixture.store.load(ref).nonCooperation == nil)
    }

    @Test func theWarningPeriodComesFromTheCouncilsSetting() throws {
        let (fixture, _, ref) = try Self.prepared()
        var configuration = RuleConfiguration.standard
        configuration.nonCooperation.warningPeriodDays = 14
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: configuration)
        try service.recordRefusal(ref, step: 1, on: day("2026-02-05"), expectedRevision: nil)
        let warned = try service.recordWarning(ref, on: day("2026-02-06"), expectedRevision: nil)
        #expect(warned.timeline.last?.text.contains("runs to 2026-02-20") == true)
    }

    @Test func aRulesFileCannotMakeThePeriodTheNextDay() {
        let data = Data(#"{"nonCooperation": {"warningPeriodDays": 0}}"#.utf8)
        #expect(throws: RuleConfigurationError.self) { try RuleConfiguration.decode(data) }
        let ok = Data(#"{"nonCooperation": {"warningPeriodDays": 10}}"#.utf8)
        #expect((try? RuleConfiguration.decode(ok))?.nonCooperation.warningPeriodDays == 10)
    }
}
