import Testing
@testable import CaseworkCore

/// Saving corrected facts: the timeline names what changed (never the values), and an impossible applicant is refused.
@Suite struct SaveDetailsTests {
    static let table: [(change: @Sendable (inout CaseDetails) -> Void, timeline: String?)] = [
        ({ $0.applicant.phone = "01923 123456" }, "Details changed: phone"),
        ({ $0.applicant.phone = "01923 123456"; $0.applicant.email = "a@example.org" }, "Details changed: phone, email"),
        ({ $0.applicant.nationalInsuranceNumber = "QQ123456C"; $0.supportNeeds = [.mentalHealth] },
         "Details changed: NI number, support needs"),
        ({ $0.lossDate = StoreFixture.today.adding(days: 30) }, "Details changed: loss date"),
        ({ _ in }, nil),
    ]

    @Test(arguments: table.indices)
    func theTimelineNamesWhatChanged(row: Int) throws {
        let fixture = try StoreFixture()
        let record = try fixture.seed(1)[0]
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        var details = CaseDetails(record)
        Self.table[row].change(&details)
        let saved = try service.perform(.saveDetails(details), on: record.ref, expectedRevision: record.revision)
        let last = saved.timeline.last?.text
        if let expected = Self.table[row].timeline { #expect(last == expected) } else { #expect(saved.timeline.count == record.timeline.count) }
        #expect(!(last ?? "").contains("01923"), "never a value")
    }

    @Test func anApplicantUnder16IsRefused() throws {
        let fixture = try StoreFixture()
        let record = try fixture.seed(1)[0]
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        var details = CaseDetails(record)
        details.applicant.dateOfBirth = StoreFixture.today.adding(days: -15 * 365)
        #expect(throws: CaseServiceError.self) { try service.perform(.saveDetails(details), on: record.ref, expectedRevision: 1) }
        details.applicant.dateOfBirth = Day(year: 2010, month: 3, day: 1)
        #expect(try service.perform(.saveDetails(details), on: record.ref, expectedRevision: 1).revision == 2, "16 today is old enough")
    }
}
