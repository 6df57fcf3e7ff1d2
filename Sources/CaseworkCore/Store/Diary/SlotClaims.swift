#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One caseworker's claims on one day, `diary/claims/<officer>/<YYYY-MM-DD>.json`: which case took which slot,
/// keyed by the slot's start time (`"09:30"`).
struct ClaimDay: Codable, Hashable {
    var schemaVersion = 1
    var claims: [String: SlotClaim] = [:]
}

struct SlotClaim: Codable, Hashable {
    var ref: String
    var appointment: Int
}

/// Where the claims live in a data directory.
enum ClaimLedger {
    static let diaryDirectory = "diary"
    static let directory = "diary/claims"

    static func officerDirectory(_ officer: String) -> String { directory + "/" + officer }
    static func file(_ officer: String, _ day: Day) -> String { officerDirectory(officer) + "/" + day.iso + ".json" }

    /// The claims kept ahead: a slot before this day can no longer be booked, so its claim no longer matters.
    static func firstKeptDay(today: Day) -> Day { today.adding(days: -1) }
}

/// Booking is check-and-set under the writers' lock, at a cost that does not grow with the caseload.
///
/// A booking's record is the appointment on its case, and the case's index line is the commit point, as for every
/// write. Finding out under the lock whether a slot is free must not mean reading the index (it grows with the
/// caseload), so every booked slot also has a *claim*: the ref and appointment number of the case that took it, in a
/// small file per caseworker and day. A claim counts only while the case it names holds that appointment in that slot,
/// which one read of one case file tells. So:
/// - booking writes the claim (synced) and then commits the case: killed before its commit line, it leaves a claim
///   its case does not bear out — stale, and the next booking of the slot takes it over — and no appointment: neither;
///   killed after, recovery rolls the case forward: both. Never one without the other;
/// - a move claims the new slot the same way and, once committed, drops the old claim; a cancellation commits, then
///   drops its claim. Killed in between, the old claim is stale: the case no longer holds that slot;
/// - a claim naming a case whose file cannot be read is never taken over: the booking is refused and doctor says why;
/// - the claims directory exists only once complete. A data set made before the diary, or by a bulk generation,
///   has none: the first booking builds it from the index under the same lock (once, then never again).
/// `doctor` checks claims against the cases and `--repair` writes missing claims and drops stale ones; where two cases
/// hold one slot it only reports them: it never guesses a winner.
extension JSONFileStore: DiaryStore {
    @discardableResult
    public func update(_ ref: String, expectedRevision: Int?, by actor: Actor, action: String, claiming: SlotKey?,
                       releasing: SlotKey?, _ change: (inout Case) throws -> Void) throws -> Case {
        try CaseRef.check(ref)
        for key in [claiming, releasing].compactMap({ $0 }) where !DataDirectory.isPlainName(key.officer) {
            throw StoreError.invalid(reason: "'\(key.officer)' is not a staff id")
        }
        return try locked { journal in
            try completeClaims(journal)
            let (current, next) = try changed(ref, expectedRevision: expectedRevision, change)
            if let key = claiming { try claim(key, for: next, current: current) }
            let stored = try commitChange(from: current, to: next, by: actor, action: action, journal: journal)
            // Committed: an old claim left behind now would only be stale, so a failure here is not the booking's.
            if let key = releasing, key != claiming { try? release(key, heldBy: stored) }
            return stored
        }
    }

    /// Takes `key` for the appointment `next` holds there, or refuses with the ref of the case holding it.
    private func claim(_ key: SlotKey, for next: Case, current: Case) throws {
        guard let appointment = next.appointments.first(where: { $0.slot == key && $0.status.holdsSlot }) else {
            throw StoreError.invalid(reason: "the change to \(next.ref) books nothing in slot \(key.id)")
        }
        var day = try claimDay(key.officer, key.day) ?? ClaimDay()
        let time = key.start.clock
        if let claim = day.claims[time], let holder = try holder(of: claim, at: key, booking: current) {
            if holder == next.ref, let held = current.appointments.first(where: { $0.id == claim.appointment }) {
                throw BookingRefusal.alreadyHolds(key, ref: holder, appointment: held.id)
            }
            throw BookingRefusal.slotTaken(key, by: holder)
        }
        day.claims[time] = SlotClaim(ref: next.ref, appointment: appointment.id)
        try writeClaimDay(day, key.officer, key.day)
    }

    /// Drops the claim on `key` if it is `record`'s and `record` no longer holds the slot.
    private func release(_ key: SlotKey, heldBy record: Case) throws {
        guard var day = try claimDay(key.officer, key.day), let claim = day.claims[key.start.clock], claim.ref == record.ref,
              !Self.holds(record, claim, at: key) else { return }
        day.claims[key.start.clock] = nil
        try writeClaimDay(day, key.officer, key.day)
    }

    /// The ref of the case a claim stands for, or nil when the claim is stale. `booking` is the case being changed,
    /// read already.
    private func holder(of claim: SlotClaim, at key: SlotKey, booking: Case) throws -> String? {
        let record: Case
        if claim.ref == booking.ref {
            record = booking
        } else {
            do {
                record = try readCase(claim.ref)
            } catch StoreError.notFound {
                return nil
            } catch {
                throw BookingRefusal.holderUnreadable(key, ref: claim.ref)
            }
        }
        return Self.holds(record, claim, at: key) ? claim.ref : nil
    }

    static func holds(_ record: Case, _ claim: SlotClaim, at key: SlotKey) -> Bool {
        record.appointments.contains { $0.id == claim.appointment && $0.slot == key && $0.status.holdsSlot }
    }

    // MARK: Files

    func claimDay(_ officer: String, _ day: Day) throws -> ClaimDay? {
        let file = ClaimLedger.file(officer, day)
        // A caseworker with no claims yet has no folder: nothing to read.
        guard directory.exists(ClaimLedger.officerDirectory(officer)), let data = try directory.readIfExists(file) else { return nil }
        do {
            return try coders.decoder.decode(ClaimDay.self, from: data)
        } catch {
            let (position, reason) = DecodingProblem.describe(error)
            throw StoreError.unreadable(StoreProblem(file: file, position: position, reason: reason + "; run casework doctor --repair"))
        }
    }

    /// Replaces one day's claims durably (an empty day's file goes).
    func writeClaimDay(_ day: ClaimDay, _ officer: String, _ date: Day) throws {
        let folder = ClaimLedger.officerDirectory(officer)
        if !directory.exists(folder) {
            try directory.makeDirectory(folder)
            try directory.syncDirectory(ClaimLedger.directory)
        }
        let file = ClaimLedger.file(officer, date)
        if day.claims.isEmpty {
            try directory.remove(file)
            try directory.syncDirectory(folder)
        } else {
            try directory.replaceDurably(file, in: folder, with: coders.document.encode(day), kind: "claim")
        }
    }

    /// Builds the claims directory now if it is missing, rather than at the first booking (after a bulk generation).
    public func completeDiaryClaims() throws {
        try locked { journal in try completeClaims(journal) }
    }

    /// Builds the claims directory from the index when there is none, the lock held (see the type's note).
    func completeClaims(_ journal: Journal) throws {
        guard !directory.exists(ClaimLedger.directory) else { return }
        let read = try IndexReader.fold(journal.index)
        try buildClaims(from: read.fold.summaries)
    }

    /// Writes every claim the summaries call for from yesterday on into a new directory, then renames it into place:
    /// a crash leaves no directory (built again next time) or a complete one. A slot two cases hold is claimed for
    /// the lower ref, so that it stays taken; doctor names both.
    func buildClaims(from summaries: some Sequence<CaseSummary>) throws {
        try directory.makeDirectory(ClaimLedger.diaryDirectory)
        for name in try directory.names(in: ClaimLedger.diaryDirectory) where name.hasPrefix("claims.new.") {
            try removeBuilding(ClaimLedger.diaryDirectory + "/" + name)
        }
        let building = ClaimLedger.diaryDirectory + "/claims.new.\(getpid())"
        try directory.makeDirectory(building)
        let days = Self.expectedClaims(summaries, from: ClaimLedger.firstKeptDay(today: clock.today))
        var made = Set<String>()
        for (officerDay, day) in days {
            let folder = building + "/" + officerDay.officer
            if made.insert(officerDay.officer).inserted { try directory.makeDirectory(folder) }
            let bytes = try coders.document.encode(day)
            let file = try directory.open(folder + "/" + officerDay.day.iso + ".json", flags: O_WRONLY | O_CREAT | O_EXCL)
            try bytes.withUnsafeBytes { try file.writeAll($0) }
        }
        try FileSystemSync.sync(containing: directory.openDirectory(building))
        try directory.rename(building, to: ClaimLedger.directory)
        try directory.syncDirectory(ClaimLedger.diaryDirectory)
    }

    /// Removes a claims directory a crashed build left: its caseworkers' folders of day files, then itself.
    private func removeBuilding(_ relative: String) throws {
        for officer in try directory.names(in: relative) {
            let folder = relative + "/" + officer
            for file in try directory.names(in: folder) { try directory.remove(folder + "/" + file) }
            try directory.removeDirectory(folder)
        }
        try directory.removeDirectory(relative)
    }

    struct OfficerDay: Hashable {
        let officer: String
        let day: Day
    }

    /// The claims the cases call for, from `first` on: one per slot a holding appointment is in.
    static func expectedClaims(_ summaries: some Sequence<CaseSummary>, from first: Day) -> [OfficerDay: ClaimDay] {
        var days: [OfficerDay: ClaimDay] = [:]
        for summary in summaries {
            for appointment in summary.appointments where appointment.status.holdsSlot && appointment.on >= first
                && DataDirectory.isPlainName(appointment.officer) {
                let key = OfficerDay(officer: appointment.officer, day: appointment.on)
                let claim = SlotClaim(ref: summary.ref, appointment: appointment.id)
                if let held = days[key]?.claims[appointment.startTime], !refOrder(claim.ref, held.ref) { continue }
                days[key, default: ClaimDay()].claims[appointment.startTime] = claim
            }
        }
        return days
    }
}
