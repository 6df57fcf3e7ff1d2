import Foundation
import Testing
@testable import CaseworkCore

@Suite struct DemoCaseloadTests {
    static let today = Day(iso: "2026-11-26")!
    let cases = DemoCaseload.cases(today: DemoCaseloadTests.today)

    @Test func holdsAtLeastFortyCasesAtEveryStage() {
        #expect(cases.count >= 40)
        #expect(Set(cases.map(\.status)) == Set(CaseStatus.allCases))
    }

    @Test func beginsWithTheHafizFamily() throws {
        let hafiz = try #require(cases.first)
        #expect(hafiz.applicant.fullName == "Hafid Hafiz")
        #expect(hafiz.household.map(\.firstName) == ["Ayisha", "Kaamil"])
        #expect(hafiz.applicant.dateOfBirth?.age(on: Self.today) == 27)
        #expect(hafiz.activeDuty?.kind == .prevention)
    }

    /// The veteran assessed 12 working days ago with no plan agreed: the council's 10-working-day target has passed.
    @Test func theVeteransPlanNotAgreedAlertShows() throws {
        let gareth = try #require(cases.first { $0.applicant.firstName == "Gareth" })
        #expect(gareth.assessment?.completedOn == Day(iso: "2026-11-10"))
        let alerts = CaseRules.alerts(CaseSummary(gareth), today: Self.today)
        let alert = try #require(alerts.first { $0.kind == .planNotAgreed })
        #expect(alert.severity == .red && alert.dueOn == Day(iso: "2026-11-24"))
    }

    @Test func namesComeFromManyLanguages() {
        let names = cases.flatMap { [$0.applicant.firstName, $0.applicant.lastName] }
        let cjk = names.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        let diacritics = names.contains { $0.unicodeScalars.contains { (0x00C0...0x024F).contains($0.value) } }
        let combining = names.contains { $0.unicodeScalars.contains { (0x0300...0x036F).contains($0.value) } }
        #expect(cjk && diacritics && combining)
    }

    @Test func hasARestrictedDomesticAbuseCaseAndEveryPersona() {
        #expect(cases.contains { $0.restricted && $0.domesticAbuse && $0.route == nil })
        #expect(cases.contains { $0.referral?.agency == .hospital })
        #expect(cases.contains { $0.supportNeeds.contains(.drugDependency) && $0.accommodation.type == .roughSleeping })
        #expect(cases.contains { $0.notice?.type == .section8 && $0.notice?.grounds.contains("8") == true })
    }

    @Test func everyAssignedOfficerIsOnTheStaffList() {
        let ids = Set(DemoStaff.directory.members.map(\.id))
        #expect(cases.allSatisfy { $0.assignedOfficer.map(ids.contains) ?? true })
        #expect(Set(DemoStaff.directory.members.map(\.role)) == Set(Role.allCases))
    }

    @Test func externalIdsAreUnique() {
        let ids = cases.compactMap(\.externalId)
        #expect(Set(ids).count == cases.count)
    }

    @Test func aDeadlineOrEventIsNeverBeforeTheApplication() {
        for record in cases {
            #expect(record.timeline.allSatisfy { $0.at.day >= record.receivedOn.adding(days: -1) }, "\(record.externalId ?? "")")
            #expect(record.duties.allSatisfy { $0.startedOn >= record.receivedOn && ($0.endedOn ?? $0.startedOn) >= $0.startedOn })
            #expect(record.receivedOn <= Self.today)
        }
    }

    @Test func generatorIsDeterministicForASeed() {
        var first = CaseGenerator(seed: 7, today: Self.today, staff: DemoStaff.directory)
        var second = CaseGenerator(seed: 7, today: Self.today, staff: DemoStaff.directory)
        var other = CaseGenerator(seed: 8, today: Self.today, staff: DemoStaff.directory)
        let a = (0..<50).map { _ in first.next() }
        #expect(a == (0..<50).map { _ in second.next() })
        #expect(a != (0..<50).map { _ in other.next() })
    }

    /// Scale tests need cases that weigh what real ones do: 4–8 KB of stored JSON on average.
    @Test func generatedCasesWeighWhatRealOnesDo() throws {
        var generator = CaseGenerator(seed: 1, today: Self.today, staff: DemoStaff.directory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let sizes = try (0..<400).map { _ in try encoder.encode(generator.next()).count }
        let mean = sizes.reduce(0, +) / sizes.count
        #expect((4000...8000).contains(mean), "mean \(mean) bytes")
    }
}
