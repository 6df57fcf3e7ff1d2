import Foundation
import Testing
@testable import CaseworkCore

/// Closing with "good or not good enough?", temporary accommodation and where a duty ended: each one audited change,
/// refused with the reason when the facts do not allow it.
@Suite struct ClosingAndPlacementTests {
    @Test func closingRecordsTheAnswer() throws {
        let f = try MonitoringFixture()
        try f.add([{ $0.assignedOfficer = "amara"; $0.status = .dutyEnded }])
        let closed = try f.service("amara").close("H-0001", satisfaction: .notGoodEnough, comment: " Took too long ", expectedRevision: 1)
        #expect(closed.status == .closed && closed.closure == Closure(on: MonitoringFixture.today, by: "amara",
                                                                       satisfaction: .notGoodEnough, comment: "Took too long"))
        #expect(try f.summary("H-0001").closure?.comment == nil, "the summary keeps no free text")
        #expect(try f.store.auditTrail().entries.last?.fields == ["status", "timeline", "closure"])
    }

    /// The console closes through the same service, against the revision it showed.
    @Test func theConsolesCloseIsTheSameChange() throws {
        let f = try MonitoringFixture()
        try f.add([{ $0.assignedOfficer = "amara"; $0.status = .dutyEnded }])
        let service = f.service("amara")
        #expect { try service.perform(.close(.good, comment: nil), on: "H-0001", expectedRevision: 7) } throws: {
            String(describing: $0).contains("was changed by") && String(describing: $0).contains("reload")
        }
        let closed = try service.perform(.close(.good, comment: "Kind staff"), on: "H-0001", expectedRevision: 1)
        #expect(closed.closure == Closure(on: MonitoringFixture.today, by: "amara", satisfaction: .good, comment: "Kind staff"))
        #expect(try f.store.auditTrail().entries.last?.action == "close")
    }

    @Test(arguments: [
        ("a running duty", { (r: inout Case) in r.duties = [duty(.relief, started: "2026-05-26")] } as CaseChange, "end it before closing"),
        ("already closed", { (r: inout Case) in r.status = .closed } as CaseChange, "is already closed"),
    ])
    func closingIsRefused(name: String, change: @escaping CaseChange, expected: String) throws {
        let f = try MonitoringFixture()
        try f.add([change])
        #expect { try f.service("helen").close("H-0001", satisfaction: .good, expectedRevision: nil) } throws: {
            String(describing: $0).contains(expected)
        }
    }

    @Test func placementsFollowOneAnother() throws {
        let f = try MonitoringFixture()
        try f.add([{ _ in }])
        let service = f.service("amara")
        try service.startPlacement("H-0001", type: .bedAndBreakfast, duty: .interim, on: day("2026-05-26"), expectedRevision: nil)
        #expect { try service.startPlacement("H-0001", type: .hostel, duty: .interim, on: day("2026-05-27"), expectedRevision: nil) } throws: {
            String(describing: $0).contains("placement 1 has not ended")
        }
        #expect { try service.endPlacement("H-0001", id: 1, on: day("2026-05-25"), expectedRevision: nil) } throws: {
            String(describing: $0).contains("before the placement began")
        }
        try service.endPlacement("H-0001", id: 1, on: day("2026-05-28"), expectedRevision: nil)
        #expect { try service.startPlacement("H-0001", type: .hostel, duty: .main, on: day("2026-05-27"), expectedRevision: nil) } throws: {
            String(describing: $0).contains("before the last placement ended")
        }
        let record = try service.startPlacement("H-0001", type: .hostel, duty: .main, on: day("2026-05-28"), expectedRevision: nil)
        #expect(record.placements?.map(\.id) == [1, 2] && record.placements?[0].leftOn == day("2026-05-28"))
        #expect { try service.startPlacement("H-0001", type: .hostel, duty: .main, on: day("2026-06-02"), expectedRevision: nil) } throws: {
            String(describing: $0).contains("in the future")
        }
    }

    @Test func whereTheHouseholdWentIsRecordedOnTheLastEndedDuty() throws {
        let f = try MonitoringFixture()
        try f.add([{ $0.duties = [duty(.prevention, started: "2026-05-01", ended: "2026-05-20", reason: .becameHomeless),
                                  duty(.relief, started: "2026-05-20")] }, { _ in }])
        let record = try f.service("amara").recordAccommodationAtEnd("H-0001", type: .familyOrFriends, expectedRevision: nil)
        #expect(record.duties.map(\.accommodationAtEnd) == [.familyOrFriends, nil])
        #expect { try f.service("amara").recordAccommodationAtEnd("H-0002", type: .familyOrFriends, expectedRevision: nil) } throws: {
            String(describing: $0).contains("has no ended prevention or relief duty")
        }
    }
}

/// The lessons learnt log: anyone records, managers mark acted on, a restricted case's lesson is masked.
@Suite struct LessonTests {
    @Test func recordListAndMarkActedOn() throws {
        let f = try MonitoringFixture()
        try f.add([{ $0.assignedOfficer = "dev"; $0.restricted = true }])
        let amara = LessonService(store: f.store, clock: MonitoringFixture.clock, actor: MonitoringFixture.actor("amara"))
        let helen = LessonService(store: f.store, clock: MonitoringFixture.clock, actor: MonitoringFixture.actor("helen"))
        let first = try amara.add(text: "Landlord not called before the interview", change: "Call at triage", tags: ["Triage", "landlords", "triage"])
        #expect(first.id == 1 && first.tags == ["triage", "landlords"])
        #expect(throws: CaseAccessError.restricted(ref: "H-0001")) { try amara.add(text: "From a case I cannot see", caseRef: "H-0001") }
        let second = try helen.add(text: "Refuge place found late", caseRef: "H-0001")
        #expect(second.id == 2)
        #expect(throws: ManagersOnly.lessonsActedOnIsForManagers) { try amara.markActedOn(1, note: nil) }
        try helen.markActedOn(1, note: "Added to the triage checklist")
        #expect { try helen.markActedOn(1, note: nil) } throws: { String(describing: $0).contains("already marked") }
        #expect(try amara.list().map(\.text) == ["Restricted", "Landlord not called before the interview"])
        #expect(try helen.list(actedOn: false).map(\.id) == [2])
        #expect(try helen.list(tag: "TRIAGE").map(\.id) == [1])
        #expect(try f.store.auditTrail().entries.suffix(5).map { "\($0.ref) \($0.action)" } == [
            "L-1 lesson-add", "H-0001 view-refused", "H-0001 view", "L-2 lesson-add", "L-1 lesson-acted-on",
        ])
        #expect { try amara.add(text: "x", tags: ["no spaces"]) } throws: { String(describing: $0).contains("is not a tag") }
    }
}
