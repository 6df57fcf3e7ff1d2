import Foundation
import Testing
@testable import CaseworkCore

/// s193B: a duty ends for deliberate and unreasonable refusal to co-operate only after a written warning served
/// before the notice, on the authority of another officer at least as senior. The console and the CLI both go
/// through `CaseService.endDuty`, so the safeguards are checked here once.
@Suite struct NonCooperationTests {
    typealias Safeguards = CaseService.NonCooperationSafeguards
    static let today = StoreFixture.today
    static let manager = StaffMember(id: "helen", name: "Helen Clarke", role: .manager)

    /// Who ends the duty, the safeguards given, and the refusal expected (nil: the duty ends).
    static let table: [(actor: String, safeguards: Safeguards?, refusal: String?)] = [
        ("priya.shah", Safeguards(warningServedOn: today.adding(days: -1), authorisedBy: "helen"), nil),
        ("tom.okafor", Safeguards(warningServedOn: today.adding(days: -1), authorisedBy: "priya.shah"), nil),
        ("tom.okafor", Safeguards(warningServedOn: today.adding(days: -2), authorisedBy: "helen"), nil),
        ("priya.shah", Safeguards(warningServedOn: today.adding(days: -3), authorisedBy: "helen"), "before the prevention duty started"),
        ("priya.shah", nil, "needs the date of the prior written warning"),
        ("priya.shah", Safeguards(warningServedOn: today, authorisedBy: "helen"), "warning must come before the notice"),
        ("priya.shah", Safeguards(warningServedOn: today.adding(days: 3), authorisedBy: "helen"), "warning must come before"),
        ("priya.shah", Safeguards(warningServedOn: today.adding(days: -14), authorisedBy: "priya.shah"), "not by you"),
        ("priya.shah", Safeguards(warningServedOn: today.adding(days: -14), authorisedBy: "tom.okafor"), "at least as senior"),
        ("helen", Safeguards(warningServedOn: today.adding(days: -14), authorisedBy: "priya.shah"), "at least as senior"),
        ("priya.shah", Safeguards(warningServedOn: today.adding(days: -14), authorisedBy: "nobody"), "not in the staff directory"),
    ]

    @Test func withoutASettledPlanThereIsNoStepToRefuse() throws {
        let fixture = try StoreFixture()
        var staff = StoreFixture.staff
        staff.members.append(Self.manager)
        try fixture.store.saveStaff(staff)
        let ref = try fixture.seed(1)[0].ref
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        try service.startDuty(ref, kind: .prevention, on: Self.today.adding(days: -2), expectedRevision: nil)
        let safeguards = Safeguards(warningServedOn: Self.today.adding(days: -1), authorisedBy: "helen")
        let error = #expect(throws: CaseServiceError.self) {
            try service.endDuty(ref, reason: .nonCooperation, safeguards: safeguards, expectedRevision: nil)
        }
        #expect(error.map { "\($0)".contains("no settled personalised housing plan") } == true)
    }

    @Test(arguments: table.indices)
    func theSafeguardsAreCheckedBeforeTheDutyEnds(row: Int) throws {
        let (actorID, safeguards, refusal) = Self.table[row]
        let fixture = try StoreFixture()
        var staff = StoreFixture.staff
        staff.members.append(Self.manager)
        try fixture.store.saveStaff(staff)
        var draft = StoreFixture.draft("Applicant")
        draft.plan = Plan(steps: [PlanStep(id: 1, owner: .applicantRequired, text: "Register with three letting agents", dueOn: nil)],
                          agreedOn: Self.today.adding(days: -2))
        let ref = try fixture.store.create([draft], by: StoreFixture.priya)[0].ref
        let actor = Actor(staff.member(actorID)!)
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: actor, configuration: .standard)
        let started = try service.startDuty(ref, kind: .prevention, on: Self.today.adding(days: -2), expectedRevision: nil)
        let action = CaseAction.endDuty(.nonCooperation, on: Self.today, safeguards: safeguards)
        do {
            let ended = try service.perform(action, on: ref, expectedRevision: started.revision)
            #expect(refusal == nil, "ended, where \(refusal ?? "") was expected")
            #expect(ended.activeDuty == nil && ended.duties.last?.endReason == .nonCooperation)
            let authoriser = staff.member(safeguards!.authorisedBy)!.name
            #expect(ended.timeline.contains { $0.text.contains("authorised by \(authoriser)") })
        } catch {
            #expect(refusal.map { "\(error)".contains($0) } == true, "\(error)")
            #expect(try fixture.store.load(ref).revision == started.revision, "a refusal changes nothing")
        }
    }
}
