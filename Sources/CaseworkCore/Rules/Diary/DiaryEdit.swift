/// One change a manager makes to the diary's set-up in the console's pattern and absence editor.
public enum DiaryEdit: Hashable, Sendable {
    case addCaseworker(String)
    case removeCaseworker(String)
    case addSlot(officer: String, PatternSlot)
    case removeSlot(officer: String, PatternSlot)
    case addAbsence(officer: String, Absence)
    case removeAbsence(officer: String, Absence)
    case addClosure(Absence)
    case removeClosure(Absence)

    public var doneMessage: String {
        switch self {
        case .addCaseworker(let officer): "Diary added for \(officer)"
        case .removeCaseworker(let officer): "Diary removed for \(officer)"
        case .addSlot(let officer, let slot): "Slot added: \(officer), \(slot.weekday.rawValue) \(LocalTime.clock(slot.start))"
        case .removeSlot(let officer, let slot): "Slot removed: \(officer), \(slot.weekday.rawValue) \(LocalTime.clock(slot.start))"
        case .addAbsence(let officer, let absence): "\(absence.kind.label) added for \(officer), \(absence.from) to \(absence.to)"
        case .removeAbsence(let officer, let absence): "\(absence.kind.label) removed for \(officer)"
        case .addClosure(let absence): "Office closed \(absence.from) to \(absence.to)"
        case .removeClosure: "Closure removed"
        }
    }
}

/// Why an edit to the set-up was refused; nothing is saved.
public enum DiaryEditRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    case managersOnly
    case noDiary(String)
    case alreadyHasDiary(String)
    case notOnStaff(String)
    case overlaps(PatternSlot)
    case runsPastMidnight
    case badLength
    case badLocation(String)
    case endsBeforeItStarts
    case notThere

    public var description: String {
        switch self {
        case .managersOnly: "only a housing manager may change the diary's patterns and absences"
        case .noDiary(let officer): "\(officer) has no diary"
        case .alreadyHasDiary(let officer): "\(officer) already has a diary"
        case .notOnStaff(let officer): "'\(officer)' is not a caseworker in the staff directory"
        case .overlaps(let slot): "it overlaps the \(slot.weekday.rawValue) slot at \(LocalTime.clock(slot.start))"
        case .runsPastMidnight: "a slot must end by midnight"
        case .badLength: "a slot lasts 5 to 480 minutes"
        case .badLocation(let why): "location: \(why)"
        case .endsBeforeItStarts: "the last day is before the first"
        case .notThere: "that is no longer in the diary; reload"
        }
    }
}

extension DiarySetup {
    /// The set-up with `edit` made, or why it cannot be, checked as `diary.json`'s reader checks the file.
    public func applying(_ edit: DiaryEdit, staff: StaffDirectory) throws(DiaryEditRefusal) -> DiarySetup {
        var next = self
        func index(_ officer: String) throws(DiaryEditRefusal) -> Int {
            guard let index = next.caseworkers.firstIndex(where: { $0.officer == officer }) else { throw .noDiary(officer) }
            return index
        }
        switch edit {
        case .addCaseworker(let officer):
            guard staff.member(officer)?.role == .caseworker else { throw .notOnStaff(officer) }
            guard diary(of: officer) == nil else { throw .alreadyHasDiary(officer) }
            next.caseworkers.append(CaseworkerDiary(officer: officer, week: []))
        case .removeCaseworker(let officer):
            next.caseworkers.remove(at: try index(officer))
        case .addSlot(let officer, let slot):
            let at = try index(officer)
            guard (5...480).contains(slot.minutes) else { throw .badLength }
            guard slot.end <= 24 * 60 else { throw .runsPastMidnight }
            let place = slot.location.trimmingSpaces
            guard !place.isEmpty, place.count <= 100 else { throw .badLocation("1 to 100 characters") }
            if let control = ControlCharacters.first(in: place) { throw .badLocation("cannot contain a control character (\(control))") }
            if let clash = next.caseworkers[at].week.first(where: { $0.overlaps(slot) }) { throw .overlaps(clash) }
            var added = slot
            added.location = place
            next.caseworkers[at].week = (next.caseworkers[at].week + [added]).sorted()
        case .removeSlot(let officer, let slot):
            let at = try index(officer)
            guard let found = next.caseworkers[at].week.firstIndex(of: slot) else { throw .notThere }
            next.caseworkers[at].week.remove(at: found)
        case .addAbsence(let officer, let absence):
            let at = try index(officer)
            guard absence.from <= absence.to else { throw .endsBeforeItStarts }
            next.caseworkers[at].absences = (next.caseworkers[at].absences + [absence]).sorted { $0.from < $1.from }
        case .removeAbsence(let officer, let absence):
            let at = try index(officer)
            guard let found = next.caseworkers[at].absences.firstIndex(of: absence) else { throw .notThere }
            next.caseworkers[at].absences.remove(at: found)
        case .addClosure(let absence):
            guard absence.from <= absence.to else { throw .endsBeforeItStarts }
            next.closures = (next.closures + [absence]).sorted { $0.from < $1.from }
        case .removeClosure(let absence):
            guard let found = next.closures.firstIndex(of: absence) else { throw .notThere }
            next.closures.remove(at: found)
        }
        return next
    }
}

extension DiaryBook {
    /// The bookings from `from` on that a changed set-up leaves stranded: on a day now shut, or in a slot the pattern
    /// no longer has. They stand (nothing moves by itself); the editor lists them for someone to move.
    public func stranded(by setup: DiarySetup, from day: Day, officers: [String], through last: Day) -> [DiaryBooking] {
        let calendar = SlotCalendar(setup: setup)
        return officers.flatMap { officer in
            bookings(of: officer, from: day, through: last).filter { booking in
                booking.appointment.status == .booked
                    && !calendar.slots(of: officer, on: booking.key.day).contains { $0.key == booking.key }
            }
        }
    }
}
