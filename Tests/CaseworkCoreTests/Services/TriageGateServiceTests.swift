import Testing
@testable import CaseworkCore

/// Closing a case at triage through the service: refused without the reasons, and a possible s188 duty open is
/// answered (not owed, with the officer's reason) rather than dropped.
@Suite struct TriageGateServiceTests {
    @Test func closingAHomelessFamilyNeedsWhyNoDutyIsOwedAndAnswersS188() throws {
        let fixture = try StoreFixture()
        var draft = StoreFixture.draft("Applicant")
        draft.homelessNow = true
        let ref = try fixture.store.create([draft], by: StoreFixture.priya)[0].ref
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        let error = #expect(throws: CaseServiceError.self) {
            try service.setTriageOutcome(ref, outcome: .adviceOnly, reason: "Advised on private renting", expectedRevision: nil)
        }
        #expect(error?.description.contains("the applicant is homeless: record why no duty is owed") == true)
        #expect(try fixture.store.load(ref).revision == 1)
        let closed = try service.setTriageOutcome(ref, outcome: .adviceOnly, reason: "Advised on private renting",
                                                  dutyNotOwedReason: "Moved in with her mother, confirmed by phone",
                                                  expectedRevision: nil)
        #expect(closed.status == .closed)
        #expect(closed.triage.dutyNotOwedReason == "Moved in with her mother, confirmed by phone")
        #expect(closed.interimAccommodation?.outcome == .notOwed)
        #expect(closed.interimAccommodation?.reason == "Moved in with her mother, confirmed by phone")
    }
}
