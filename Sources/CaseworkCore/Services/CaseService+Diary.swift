/// The diary's use cases: book, move, cancel, record an outcome, note what an interview needs. Each goes through
/// the store's check-and-set (`DiaryStore.update`), with the same access check, revision check and audit line as
/// every other change; the rules' refusals (`BookingRefusal`) come before anything is written.
extension CaseService {
    /// Local time now, in the office.
    public var localNow: LocalTime { LondonTime.local(clock.now()) }

    private var diaryStore: DiaryStore {
        get throws {
            guard let store = store as? DiaryStore else { throw CaseServiceError.refused(reason: "this caseload keeps no diary") }
            return store
        }
    }

    /// The slot `key` names, if it can be booked now: it exists in the pattern, is not on a bank holiday, a closure or
    /// an absence, has not begun, and (kept for emergencies) is no more than a day ahead unless `emergency`.
    public func bookableSlot(_ key: SlotKey, setup: DiarySetup, emergency: Bool) throws -> DiarySlot {
        let slot: DiarySlot
        switch SlotCalendar(setup: setup).slot(key) {
        case .success(let found): slot = found
        case .failure(let why): throw BookingRefusal.unavailable(why)
        }
        let now = localNow
        guard slot.start > now else { throw BookingRefusal.inPast(key) }
        if slot.emergencyOnly, !emergency, now.day.days(until: slot.day) > 1 { throw BookingRefusal.emergencyAhead(key) }
        return slot
    }

    /// Books `ref` into the slot: one keypress in the console, `diary book` on the command line.
    @discardableResult
    public func book(_ ref: String, slot key: SlotKey, kind: AppointmentKind = .assessmentInterview, emergency: Bool = false,
                     expectedRevision: Int? = nil) throws -> (record: Case, appointment: Appointment) {
        let store = try diaryStore
        let slot = try bookableSlot(key, setup: try store.diarySetup(), emergency: emergency)
        let officer = try self.store.staff().name(of: key.officer) ?? key.officer
        let now = localNow
        let record = try diaryChange(ref, expectedRevision: expectedRevision, action: "appointment-book", claiming: key,
                                     releasing: nil) { record in
            guard record.status != .closed else { throw BookingRefusal.caseClosed(ref: ref, status: record.status) }
            if let open = record.appointments.first(where: { $0.kind == kind && $0.status == .booked && $0.end > now }) {
                throw BookingRefusal.alreadyBooked(ref: ref, kind: kind, appointment: open.id, at: open.start)
            }
            var appointment = Appointment(id: record.nextAppointmentId, kind: kind, on: slot.day, startMinute: slot.start.minute,
                                          durationMinutes: slot.minutes, officer: key.officer, location: slot.location)
            appointment.bookedAt = clock.now()
            appointment.bookedBy = actor.id
            appointment.interpreter = record.applicant.interpreterNeeded ? .needed : .notNeeded
            record.appointments.append(appointment)
            if kind == .assessmentInterview, [.received, .triage, .routed].contains(record.status) {
                record.status = .appointmentBooked
            }
            record.timeline.append(systemEvent(record, "\(kind.label) booked for \(Self.when(appointment)) with \(officer)"
                + " (\(Self.place(slot.location)))", summary: "\(kind.label) booked"))
        }
        return (record, record.appointments.last!)
    }

    /// Moves a booked appointment to another slot; its calendar entry keeps its UID and takes a higher SEQUENCE.
    @discardableResult
    public func move(_ ref: String, appointment id: Int, to key: SlotKey, emergency: Bool = false,
                     expectedRevision: Int? = nil) throws -> (record: Case, appointment: Appointment) {
        let store = try diaryStore
        let slot = try bookableSlot(key, setup: try store.diarySetup(), emergency: emergency)
        let current = try appointment(ref, id)
        guard current.slot != key else { throw BookingRefusal.sameSlot(key) }
        let officer = try self.store.staff().name(of: key.officer) ?? key.officer
        let now = localNow
        let record = try diaryChange(ref, expectedRevision: expectedRevision, action: "appointment-move", claiming: key,
                                     releasing: current.slot) { record in
            let index = try Self.bookedIndex(of: id, in: record, now: now)
            let from = Self.when(record.appointments[index])
            record.appointments[index].on = slot.day
            record.appointments[index].startMinute = slot.start.minute
            record.appointments[index].durationMinutes = slot.minutes
            record.appointments[index].officer = key.officer
            record.appointments[index].location = slot.location
            record.appointments[index].sequence += 1
            let moved = record.appointments[index]
            record.timeline.append(systemEvent(record, "\(moved.kind.label) moved from \(from) to \(Self.when(moved)) with \(officer)",
                summary: "\(moved.kind.label) moved"))
        }
        return (record, record.appointments.first { $0.id == id }!)
    }

    /// Cancels a booked appointment with a reason; the slot is free again.
    @discardableResult
    public func cancel(_ ref: String, appointment id: Int, reason: String, expectedRevision: Int? = nil) throws
        -> (record: Case, appointment: Appointment) {
        let why = reason.trimmingSpaces
        guard !why.isEmpty else { throw BookingRefusal.reasonRequired }
        guard why.count <= 500 else { throw BookingRefusal.invalidReason("is limited to 500 characters") }
        if let control = ControlCharacters.first(in: why) {
            throw BookingRefusal.invalidReason("cannot contain a control character (\(control))")
        }
        let store = try diaryStore
        let current = try appointment(ref, id)
        let now = localNow
        let record = try diaryChange(ref, expectedRevision: expectedRevision, action: "appointment-cancel", claiming: nil,
                                     releasing: current.slot) { record in
            let index = try Self.bookedIndex(of: id, in: record, now: now)
            record.appointments[index].status = .cancelled
            record.appointments[index].cancelReason = why
            record.appointments[index].sequence += 1
            let cancelled = record.appointments[index]
            Self.stepBack(&record, from: cancelled)
            record.timeline.append(systemEvent(record, "\(cancelled.kind.label) on \(Self.when(cancelled)) cancelled: \(why)",
                summary: "\(cancelled.kind.label) cancelled"))
        }
        return (record, record.appointments.first { $0.id == id }!)
    }

    /// What recording an outcome did: the appointment, and how many in a row the applicant has now missed.
    public struct OutcomeRecorded: Sendable {
        public let record: Case
        public let appointment: Appointment
        /// Missed appointments since the last one attended, this one included; 0 when attended.
        public let missedInARow: Int

        /// A second miss in a row asks whether to warn about lost contact, until someone decides.
        public var asksAboutContactWarning: Bool { missedInARow >= 2 && appointment.contactWarning == nil }
    }

    /// Records that the applicant came, or did not. For a missed appointment `warnContact` records a person's decision
    /// on warning that the duty may end if contact is lost (asked on the second miss; never decided automatically);
    /// given alone for an appointment already recorded as missed, it records only that decision.
    @discardableResult
    public func recordOutcome(_ ref: String, appointment id: Int, attended: Bool, warnContact: Bool? = nil,
                              expectedRevision: Int? = nil) throws -> OutcomeRecorded {
        let now = localNow
        let record = try diaryChange(ref, expectedRevision: expectedRevision, action: "appointment-outcome", claiming: nil,
                                     releasing: nil) { record in
            guard let index = record.appointments.firstIndex(where: { $0.id == id }) else {
                throw BookingRefusal.noSuchAppointment(ref: ref, appointment: id)
            }
            var appointment = record.appointments[index]
            let outcome: AppointmentStatus = attended ? .attended : .missed
            if appointment.status == .booked {
                guard appointment.start <= now else { throw BookingRefusal.notStarted(ref: ref, appointment: id, at: appointment.start) }
                appointment.status = outcome
                record.appointments[index] = appointment
                if attended {
                    if appointment.kind == .assessmentInterview, record.status == .appointmentBooked { record.status = .assessment }
                } else {
                    Self.stepBack(&record, from: appointment)
                }
                record.timeline.append(systemEvent(record, "\(appointment.kind.label) on \(Self.when(appointment)) \(attended ? "attended" : "missed")",
                    summary: "\(appointment.kind.label) \(attended ? "attended" : "missed")"))
            } else if appointment.status != outcome || warnContact == nil {
                throw BookingRefusal.notBooked(ref: ref, appointment: id, status: appointment.status)
            }
            if let warnContact {
                guard !attended else { throw BookingRefusal.notMissed(ref: ref, appointment: id) }
                record.appointments[index].contactWarning = warnContact
                record.timeline.append(systemEvent(record, warnContact
                    ? "Decided to warn in writing that the duty may end if contact is lost (\(Self.missedInARow(record, upTo: appointment)) appointments missed)"
                    : "Decided not to warn about lost contact after \(Self.missedInARow(record, upTo: appointment)) missed appointments",
                        summary: "Lost-contact warning decided"))
            }
        }
        let appointment = record.appointments.first { $0.id == id }!
        return OutcomeRecorded(record: record, appointment: appointment,
                               missedInARow: attended ? 0 : Self.missedInARow(record, upTo: appointment))
    }

    /// Notes what an interview needs: an interpreter, and a third party (support worker, social worker) and whether
    /// they are arranged. Nil leaves a part as it is; `thirdParty: .some(nil)` says no third party is expected.
    @discardableResult
    public func arrange(_ ref: String, appointment id: Int, interpreter: Arrangement? = nil, thirdParty: ThirdPartyKind?? = nil,
                        thirdPartyArranged: Bool? = nil, expectedRevision: Int? = nil) throws -> (record: Case, appointment: Appointment) {
        let now = localNow
        let record = try diaryChange(ref, expectedRevision: expectedRevision, action: "appointment-arrange", claiming: nil,
                                     releasing: nil) { record in
            let index = try Self.bookedIndex(of: id, in: record, now: now, allowBegun: true)
            if let interpreter { record.appointments[index].interpreter = interpreter }
            if let thirdParty {
                record.appointments[index].thirdParty = thirdParty
                if thirdParty == nil { record.appointments[index].thirdPartyArranged = false }
            }
            if let thirdPartyArranged { record.appointments[index].thirdPartyArranged = thirdPartyArranged }
        }
        return (record, record.appointments.first { $0.id == id }!)
    }

    // MARK: Shared steps

    /// One appointment of a case, read before the change to learn its slot; the change checks it again under the lock.
    private func appointment(_ ref: String, _ id: Int) throws -> Appointment {
        guard let appointment = try store.load(ref).appointments.first(where: { $0.id == id }) else {
            throw BookingRefusal.noSuchAppointment(ref: ref, appointment: id)
        }
        return appointment
    }

    /// One change through the store's check-and-set, with the access check and refusal audit of `change`.
    private func diaryChange(_ ref: String, expectedRevision: Int?, action: String, claiming: SlotKey?, releasing: SlotKey?,
                             _ edit: (inout Case) throws -> Void) throws -> Case {
        let store = try diaryStore
        do {
            return try store.update(ref, expectedRevision: expectedRevision, by: actor, action: action, claiming: claiming,
                                    releasing: releasing) { record in
                guard CaseAccess.mayView(record, as: actor) else { throw CaseAccessError.restricted(ref: ref) }
                try edit(&record)
            }
        } catch let refusal as CaseAccessError {
            try self.store.auditAccess(of: ref, by: actor, action: AuditEntry.refused(action))
            throw refusal
        }
    }

    /// The index of a booked appointment that has not begun (or, with `allowBegun`, that may have).
    private static func bookedIndex(of id: Int, in record: Case, now: LocalTime, allowBegun: Bool = false) throws -> Int {
        guard let index = record.appointments.firstIndex(where: { $0.id == id }) else {
            throw BookingRefusal.noSuchAppointment(ref: record.ref, appointment: id)
        }
        let appointment = record.appointments[index]
        guard appointment.status == .booked else {
            throw BookingRefusal.notBooked(ref: record.ref, appointment: id, status: appointment.status)
        }
        if !allowBegun, appointment.start <= now {
            throw BookingRefusal.alreadyBegun(ref: record.ref, appointment: id, at: appointment.start)
        }
        return index
    }

    /// A case waiting on the interview it no longer has goes back to waiting for one.
    private static func stepBack(_ record: inout Case, from appointment: Appointment) {
        guard appointment.kind == .assessmentInterview, record.status == .appointmentBooked,
              !record.appointments.contains(where: { $0.kind == .assessmentInterview && $0.status == .booked }) else { return }
        record.status = record.route == nil ? .triage : .routed
    }

    /// Missed appointments in a row up to `appointment` (by start time), since the last one attended.
    static func missedInARow(_ record: Case, upTo appointment: Appointment) -> Int {
        var count = 0
        for earlier in record.appointments.filter({ $0.start <= appointment.start }).sorted(by: { $0.start > $1.start }) {
            if earlier.status == .attended { break }
            if earlier.status == .missed { count += 1 }
        }
        return count
    }

    static func when(_ appointment: Appointment) -> String { appointment.on.iso + " " + appointment.startTime }
    static func place(_ location: String) -> String { location == PatternSlot.phone ? "by phone" : location }
}


extension CaseService {
    /// What a manager's edit to the set-up did: the saved set-up, and the bookings it strands (on a day now shut, or
    /// in a slot the pattern no longer has), which stand until someone moves them.
    public struct DiaryEdited: Sendable {
        public let setup: DiarySetup
        public let stranded: [DiaryBooking]
    }

    /// Saves one edit to `diary.json` (managers only), against the revision the manager was looking at.
    @discardableResult
    public func editDiary(_ edit: DiaryEdit, expectedRevision: Int, book: DiaryBook) throws -> DiaryEdited {
        guard actor.role == .manager else { throw DiaryEditRefusal.managersOnly }
        guard let store = store as? DiaryStore else { throw CaseServiceError.refused(reason: "this caseload keeps no diary") }
        let staff = try self.store.staff()
        let current = try store.diarySetup()
        let next = try current.applying(edit, staff: staff)
        let saved = try store.saveDiarySetup(next, expectedRevision: expectedRevision, by: actor)
        let officers = Array(Set(current.caseworkers.map(\.officer) + saved.caseworkers.map(\.officer))).sorted()
        let (from, through) = (localNow.day, localNow.day.adding(days: 366))
        let before = Set(book.stranded(by: current, from: from, officers: officers, through: through).map(\.key))
        let after = book.stranded(by: saved, from: from, officers: officers, through: through)
        return DiaryEdited(setup: saved, stranded: after.filter { !before.contains($0.key) })
    }
}
