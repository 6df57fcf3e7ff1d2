import Testing
@testable import CaseworkCore

/// Triage outcomes: the two that close the case close it; changing to one that keeps it open reopens it, so an
/// outcome chosen by mistake is undone by choosing the right one.
@Suite struct TriageOutcomeTests {
    static let table: [(first: TriageOutcome, then: TriageOutcome?, status: CaseStatus, secured: Bool)] = [
        (.preventedAtTriage, nil, .closed, true),
        (.adviceOnly, nil, .closed, false),
        (.awaitingDocuments, nil, .triage, false),
        (.readyForAppointment, nil, .triage, false),
        (.preventedAtTriage, .awaitingDocuments, .triage, false),
        (.preventedAtTriage, .readyForAppointment, .triage, false),
        (.adviceOnly, .incomplete, .triage, false),
        (.adviceOnly, .preventedAtTriage, .closed, true),
        (.awaitingDocuments, .adviceOnly, .closed, false),
        (.readyForAppointment, .awaitingDocuments, .triage, false),
    ]

    @Test(arguments: table.indices)
    func outcomesCloseAndReopen(row: Int) throws {
        let (first, then, status, secured) = Self.table[row]
        let fixture = try StoreFixture()
        let ref = try fixture.seed(1)[0].ref
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        try service.setTriageOutcome(ref, outcome: first, preventedHow: "Landlord agreed to wait", reason: "Resolved on the phone",
                                     expectedRevision: nil)
        if let then {
            try service.setTriageOutcome(ref, outcome: then, preventedHow: "Family took him back", reason: "Resolved with the family",
                                         expectedRevision: nil)
        }
        let record = try fixture.store.load(ref)
        #expect(record.status == status)
        #expect((record.accommodationSecuredOn != nil) == secured)
    }
}
