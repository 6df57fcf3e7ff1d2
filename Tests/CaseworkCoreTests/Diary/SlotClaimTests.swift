import Foundation
import Testing
@testable import CaseworkCore

/// The per-slot claims that make booking check-and-set without reading the index (see `SlotClaims.swift`).
@Suite struct SlotClaimTests {
    let slot = DiaryFixture.slot
    let key = DiaryFixture.slot("amara@2026-12-02T09:30")

    /// A booking killed between writing its claim and its commit line leaves a claim no case bears out: the next
    /// booking takes the slot over, and doctor reports it (and --repair drops it) until then.
    @Test func aClaimWithoutItsCommitIsStale() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada"), DiaryFixture.waiting("Bo")])
        try fixture.store.locked { journal in try fixture.store.completeClaims(journal) }
        try fixture.store.writeClaimDay(ClaimDay(claims: ["09:30": SlotClaim(ref: "H-0002", appointment: 1)]), "amara", key.day)
        let report = try fixture.store.doctor(repair: false)
        #expect(report.findings.map(\.kind) == [.staleClaim])
        #expect(report.findings.first?.detail == "claims slot amara@2026-12-02T09:30 for H-0002 appointment 1, which does not hold it; the slot is free")
        try fixture.service().book("H-0001", slot: key)
        #expect(try fixture.claim(key) == SlotClaim(ref: "H-0001", appointment: 1))
        #expect(try fixture.store.doctor(repair: false).findings.isEmpty)
    }

    @Test func doctorRepairsAStaleClaim() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada")])
        try fixture.store.locked { journal in try fixture.store.completeClaims(journal) }
        try fixture.store.writeClaimDay(ClaimDay(claims: ["09:30": SlotClaim(ref: "H-0001", appointment: 7)]), "amara", key.day)
        let repaired = try fixture.store.doctor(repair: true)
        #expect(repaired.findings.map(\.kind) == [.staleClaim])
        #expect(repaired.isClean)
        #expect(try fixture.claim(key) == nil)
        #expect(try fixture.store.doctor(repair: false).findings.isEmpty)
    }

    /// Without its claims directory (a data set from before the diary, or a bulk generation) the first booking
    /// builds the claims from the index, so a slot already held is still refused.
    @Test func aMissingClaimsDirectoryIsBuiltFromTheIndex() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada"), DiaryFixture.waiting("Bo")])
        try fixture.service().book("H-0001", slot: key)
        try FileManager.default.removeItem(at: fixture.directory.file("diary/claims"))
        #expect(throws: BookingRefusal.slotTaken(key, by: "H-0001")) { try fixture.service().book("H-0002", slot: key) }
        #expect(try fixture.claim(key) == SlotClaim(ref: "H-0001", appointment: 1))
    }

    @Test func doctorWritesAMissingClaimAndLeavesADoubleBookingToAPerson() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada"), DiaryFixture.waiting("Bo"), DiaryFixture.waiting("Cy")])
        try fixture.service().book("H-0001", slot: key)
        try fixture.service().book("H-0002", slot: slot("amara@2026-12-03T09:30"))
        try FileManager.default.removeItem(at: fixture.directory.file("diary/claims/amara/2026-12-03.json"))
        // A second case put in H-0001's slot by hand, past the claims: only a person can say who keeps it.
        try fixture.store.update("H-0003", expectedRevision: nil, by: DiaryFixture.helen, action: "hand-edit") { record in
            record.appointments.append(Appointment(id: 1, kind: .assessmentInterview, on: key.day, startMinute: key.start.minute,
                                                   officer: "amara"))
        }
        let report = try fixture.store.doctor(repair: true)
        #expect(report.findings.map(\.kind) == [.doubleBooking, .missingClaim])
        #expect(report.findings[0].detail == "H-0001, H-0003 all hold slot amara@2026-12-02T09:30; left for a person to decide which keeps it")
        #expect(!report.findings[0].repaired)
        #expect(report.findings[1].repaired)
        #expect(try fixture.claim(slot("amara@2026-12-03T09:30")) == SlotClaim(ref: "H-0002", appointment: 1))
        #expect(try fixture.claim(key) == SlotClaim(ref: "H-0001", appointment: 1))
        let again = try fixture.store.doctor(repair: true)
        #expect(again.findings.map(\.kind) == [.doubleBooking])
        #expect(try fixture.claim(key) == SlotClaim(ref: "H-0001", appointment: 1))
    }

    @Test func anUnreadableClaimRefusesTheBookingAndDoctorRebuildsIt() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada"), DiaryFixture.waiting("Bo")])
        try fixture.service().book("H-0001", slot: key)
        try fixture.directory.write("diary/claims/amara/2026-12-02.json", Data("{\"claims\": [".utf8))
        #expect(throws: StoreError.self) { try fixture.service().book("H-0002", slot: key) }
        let report = try fixture.store.doctor(repair: true)
        #expect(report.findings.map(\.kind) == [.unreadableClaim])
        #expect(try fixture.claim(key) == SlotClaim(ref: "H-0001", appointment: 1))
        #expect(throws: BookingRefusal.slotTaken(key, by: "H-0001")) { try fixture.service().book("H-0002", slot: key) }
    }

    /// Eight writers (each its own store, as eight processes hold) book eight cases into one slot at once: exactly
    /// one wins, the other seven are refused with its ref, and only the winner's commit and audit line are written.
    @Test func eightWritersOneSlotOneWinner() throws {
        let fixture = try DiaryFixture(cases: (1...8).map { DiaryFixture.waiting("Case\($0)") })
        try fixture.store.locked { journal in try fixture.store.completeClaims(journal) }
        let indexBefore = try fixture.directory.bytes("index.jsonl").count
        let auditBefore = try fixture.store.auditTrail().entries.count
        let results = Mutex8()
        let url = fixture.directory.url, key = key
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let ref = CaseRef.make(index + 1)
            do {
                let store = try JSONFileStore.open(at: url, clock: DiaryFixture.clock)
                let service = CaseService(store: store, clock: DiaryFixture.clock, actor: DiaryFixture.priya, configuration: .standard)
                try service.book(ref, slot: key)
                results.add(ref, nil)
            } catch {
                results.add(ref, error)
            }
        }
        let winners = results.all.filter { $0.1 == nil }.map(\.0)
        #expect(winners.count == 1)
        let winner = try #require(winners.first)
        for (_, error) in results.all where error != nil {
            #expect(error as? BookingRefusal == .slotTaken(key, by: winner))
        }
        #expect(try fixture.store.auditTrail().entries.count == auditBefore + 1)
        let lines = try fixture.directory.bytes("index.jsonl")
        #expect(lines.count > indexBefore)
        #expect(lines[indexBefore...].filter { $0 == 0x0A }.count == 1)
        #expect(try fixture.claim(key)?.ref == winner)
        #expect(try fixture.store.summaries().summaries.filter { !$0.appointments.isEmpty }.map(\.ref) == [winner])
    }
}

/// Results gathered from concurrent writers.
final class Mutex8: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [(String, Error?)] = []

    func add(_ ref: String, _ error: Error?) { lock.lock(); results.append((ref, error)); lock.unlock() }
    var all: [(String, Error?)] { lock.lock(); defer { lock.unlock() }; return results }
}
