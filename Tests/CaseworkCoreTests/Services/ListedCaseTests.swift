import Foundation
import Testing
@testable import CaseworkCore

/// A restricted case listed for someone not cleared for it: its ref, status, date and officer, nothing that
/// identifies or characterises the household, in every front end that lists it.
@Suite struct ListedCaseTests {
    static let today = Day(year: 2026, month: 11, day: 26)!
    static let demo = DemoCaseload.cases(today: today).enumerated().map { index, draft -> CaseSummary in
        var record = draft
        record.ref = CaseRef.make(index + 1)
        record.revision = 1
        return CaseSummary(record)
    }
    static let triage = Actor(DemoStaff.directory.member("priya")!)
    static let refugeWorker = Actor(DemoStaff.directory.member("ruth")!)

    static var restricted: [CaseSummary] { demo.filter(\.restricted) }

    @Test func theDemoHasRestrictedCasesThatWouldOtherwiseShowARefugeRouteAndAHousehold() {
        #expect(!Self.restricted.isEmpty)
        let open = Self.restricted.map { ListedCase($0, for: Self.refugeWorker, today: Self.today, configuration: .standard) }
        #expect(open.allSatisfy { !$0.masked })
        #expect(open.contains { $0.evaluation.route.team == .refuge })
        #expect(open.contains { !$0.summary.members.isEmpty })
    }

    @Test func aRestrictedCaseIsListedWithOnlyWhatMayBeShown() throws {
        for summary in Self.restricted {
            let listed = ListedCase(summary, for: Self.triage, today: Self.today, configuration: .standard)
            #expect(listed.masked && listed.name == "Restricted")
            #expect(listed.alerts.isEmpty)
            #expect(listed.evaluation.route.team != .refuge && listed.summary.route == nil)
            let shown = listed.summary
            #expect(shown.ref == summary.ref && shown.status == summary.status && shown.assignedOfficer == summary.assignedOfficer)
            #expect(shown.members.isEmpty && shown.notice == nil && shown.externalId == nil && shown.duties.isEmpty
                && shown.supportNeeds.isEmpty && !shown.domesticAbuse && shown.reasonForLoss == nil && shown.lossDate == nil)
            // Nothing of the real case survives anywhere in the shown summary.
            let json = String(decoding: try JSONEncoder().encode(shown), as: UTF8.self)
            for secret in [summary.firstName, summary.lastName] + [summary.externalId].compactMap({ $0 }) where !secret.isEmpty {
                #expect(!json.contains(secret), "\(secret) in \(json)")
            }
            #expect(ListedCase.summary(summary, for: Self.triage) == shown)
        }
    }

    @Test func aDuplicateOfARestrictedCaseIsReportedWithoutItsRefAndAudited() throws {
        let f = try StoreFixture()
        var restricted = StoreFixture.draft("Ayse")
        restricted.externalId = "WEB-1"
        restricted.restricted = true
        restricted.domesticAbuse = true
        var open = StoreFixture.draft("Kofi")
        open.externalId = "WEB-2"
        try f.store.create([restricted, open], by: StoreFixture.priya)
        let again = [restricted, open].map { draft -> Case in
            var copy = draft
            copy.applicant.firstName = "Again"
            return copy
        }
        let outcome = try ImportService(store: f.store, actor: StoreFixture.tom).importCases(again)
        #expect(outcome.created.isEmpty)
        #expect(outcome.skipped == [.init(externalId: "WEB-1", ref: nil), .init(externalId: "WEB-2", ref: "H-0002")])
        let last = try #require(f.audit().last)
        #expect(last.action == AuditEntry.importMatchedRestricted && last.ref == "H-0001" && last.by == "tom.okafor")
        let manager = Actor(id: "helen", name: "Helen", role: .manager)
        #expect(try ImportService(store: f.store, actor: manager).importCases(again).skipped.map(\.ref) == ["H-0001", "H-0002"])
    }
}
