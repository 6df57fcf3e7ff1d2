import Foundation

extension JSONFileStore {
    /// Doctor's look at the diary, the lock held: slots two cases hold (reported, never resolved), and the claims from
    /// yesterday on against the cases (see `SlotClaims.swift`). With `--repair` each day with a missing, stale or
    /// unreadable claim is rewritten from the cases, keeping every claim a case bears out.
    func checkClaims(_ scan: RecordScan, report: inout DoctorReport) throws {
        var holders: [SlotKey: Set<String>] = [:]
        for (ref, summary) in scan.readable {
            for appointment in summary.appointments where appointment.status.holdsSlot { holders[appointment.slot, default: []].insert(ref) }
        }
        for (key, refs) in holders.filter({ $0.value.count > 1 }).sorted(by: { $0.key < $1.key }) {
            let sorted = refs.sorted(by: Self.refOrder)
            report.findings.append(.init(kind: .doubleBooking, file: ClaimLedger.file(key.officer, key.day), position: key.start.clock,
                                         ref: sorted[0], detail: "\(sorted.joined(separator: ", ")) all hold slot \(key.id); "
                                             + "left for a person to decide which keeps it"))
        }
        guard directory.exists(ClaimLedger.directory) else { return }
        let first = ClaimLedger.firstKeptDay(today: clock.today)
        let expected = Self.expectedClaims(scan.readable.values, from: first)
        var found: [OfficerDay: ClaimDay] = [:]
        var broken = Set<OfficerDay>()
        for officer in try directory.names(in: ClaimLedger.directory).sorted()
        where DataDirectory.isPlainName(officer) {
            let folder = ClaimLedger.officerDirectory(officer)
            for name in try directory.names(in: folder).sorted() {
                guard name.hasSuffix(".json"), let day = Day(iso: name.dropLast(5)), day >= first else { continue }
                let key = OfficerDay(officer: officer, day: day)
                do {
                    found[key] = try claimDay(officer, day)
                } catch {
                    broken.insert(key)
                    let problem = (error as? StoreError).flatMap { if case .unreadable(let p) = $0 { p } else { nil } }
                    report.findings.append(.init(kind: .unreadableClaim, file: ClaimLedger.file(officer, day),
                                                 position: problem?.position ?? "", detail: problem?.reason ?? "\(error)"))
                }
            }
        }
        func holds(_ claim: SlotClaim, _ key: SlotKey) -> Bool {
            scan.readable[claim.ref]?.appointments.contains { $0.id == claim.appointment && $0.slot == key && $0.status.holdsSlot } == true
        }
        var mend = broken
        for (officerDay, day) in found.sorted(by: { ($0.key.day, $0.key.officer) < ($1.key.day, $1.key.officer) }) {
            for (time, claim) in day.claims.sorted(by: { $0.key < $1.key }) {
                guard let minute = LocalTime.minute(of: time) else { continue }
                let key = SlotKey(officer: officerDay.officer, start: LocalTime(day: officerDay.day, minute: minute))
                guard !holds(claim, key) else { continue }
                mend.insert(officerDay)
                report.findings.append(.init(kind: .staleClaim, file: ClaimLedger.file(officerDay.officer, officerDay.day),
                                             position: time, ref: claim.ref,
                                             detail: "claims slot \(key.id) for \(claim.ref) appointment \(claim.appointment), "
                                                 + "which does not hold it; the slot is free"))
            }
        }
        for (officerDay, day) in expected.sorted(by: { ($0.key.day, $0.key.officer) < ($1.key.day, $1.key.officer) })
        where !broken.contains(officerDay) {
            for (time, claim) in day.claims.sorted(by: { $0.key < $1.key }) {
                let key = SlotKey(officer: officerDay.officer, start: LocalTime(day: officerDay.day, minute: LocalTime.minute(of: time)!))
                if let present = found[officerDay]?.claims[time], holds(present, key) { continue }
                mend.insert(officerDay)
                report.findings.append(.init(kind: .missingClaim, file: ClaimLedger.file(officerDay.officer, officerDay.day),
                                             position: time, ref: claim.ref,
                                             detail: "\(claim.ref) holds slot \(key.id) but no claim says so: it could be booked again"))
            }
        }
        guard report.repair, !mend.isEmpty else { return }
        for officerDay in mend.sorted(by: { ($0.day, $0.officer) < ($1.day, $1.officer) }) {
            var day = expected[officerDay] ?? ClaimDay()
            for (time, claim) in found[officerDay]?.claims ?? [:] {
                // A claim its case bears out stays, even where a second case holds the slot too: no winner is chosen.
                let key = SlotKey(officer: officerDay.officer, start: LocalTime(day: officerDay.day, minute: LocalTime.minute(of: time) ?? 0))
                if holds(claim, key) { day.claims[time] = claim }
            }
            try writeClaimDay(day, officerDay.officer, officerDay.day)
        }
        report.repairs.append("rewrote the diary's claims for \(IndexRebuild.count(mend.count, "caseworker-day")) from the cases")
        for index in report.findings.indices where report.findings[index].kind.isClaimProblem {
            report.findings[index].repaired = true
        }
    }
}
