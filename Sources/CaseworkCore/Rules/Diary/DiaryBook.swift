/// A case's appointment as the diary shows it in its slot.
public struct DiaryBooking: Hashable, Sendable {
    public let appointment: Appointment
    public let summary: CaseSummary

    public var ref: String { summary.ref }
    public var key: SlotKey { appointment.slot }
}

/// Which slots are taken, read from the cases' summaries: the appointments on the cases are the record, and the index
/// line that commits a case is what makes its booking count, so this view never disagrees with what was committed.
/// Only appointments that hold their slot count (every status but cancelled).
public struct DiaryBook: Sendable {
    private var bySlot: [SlotKey: DiaryBooking] = [:]
    private var byOfficerDay: [OfficerDay: [SlotKey]] = [:]
    private var byRef: [String: [SlotKey]] = [:]
    /// Slots two cases hold at once (only a store repaired by hand could hold one): the first stays in `bySlot`.
    public private(set) var clashes: [SlotKey: [String]] = [:]

    private struct OfficerDay: Hashable {
        let officer: String
        let day: Day
    }

    public init() {}

    /// The bookings of every case, or only those from `first` on (a command that looks ahead need not index a year
    /// gone by: at 100,000 cases that is most of the cost).
    public init(_ summaries: some Sequence<CaseSummary>, from first: Day? = nil) {
        self.first = first
        for summary in summaries where !summary.appointments.isEmpty { add(summary) }
    }

    /// Bookings before this day are left out.
    public private(set) var first: Day?

    public func booking(at key: SlotKey) -> DiaryBooking? { bySlot[key] }

    /// Every booking of one caseworker on one day, earliest first.
    public func bookings(of officer: String, on day: Day) -> [DiaryBooking] {
        (byOfficerDay[OfficerDay(officer: officer, day: day)] ?? []).sorted().compactMap { bySlot[$0] }
    }

    public func bookings(of officer: String, from start: Day, through end: Day) -> [DiaryBooking] {
        guard start <= end else { return [] }
        return (0...start.days(until: end)).flatMap { bookings(of: officer, on: start.adding(days: $0)) }
    }

    public var count: Int { bySlot.count }

    /// Takes a newer summary of one case: its old bookings go, its current ones come in.
    public mutating func update(_ summary: CaseSummary) {
        let ref = summary.ref
        for key in byRef.removeValue(forKey: ref) ?? [] where bySlot[key]?.ref == ref {
            bySlot[key] = nil
            byOfficerDay[OfficerDay(officer: key.officer, day: key.day)]?.removeAll { $0 == key }
        }
        for key in clashes.keys where clashes[key]?.contains(ref) == true {
            clashes[key]?.removeAll { $0 == ref }
            if (clashes[key]?.count ?? 0) < 2 { clashes[key] = nil }
        }
        add(summary)
    }

    private mutating func add(_ summary: CaseSummary) {
        for appointment in summary.appointments where appointment.status.holdsSlot && (first.map { appointment.on >= $0 } ?? true) {
            let key = appointment.slot
            if let holder = bySlot[key], holder.ref != summary.ref {
                clashes[key, default: [holder.ref]].append(summary.ref)
                continue
            }
            bySlot[key] = DiaryBooking(appointment: appointment, summary: summary)
            byOfficerDay[OfficerDay(officer: key.officer, day: key.day), default: []].append(key)
            byRef[summary.ref, default: []].append(key)
        }
    }
}

/// One line of a caseworker's day in the diary: a slot and what is booked in it.
public struct DiaryEntry: Hashable, Sendable {
    public let slot: DiarySlot
    public let booking: DiaryBooking?

    public var isFree: Bool { booking == nil }
}

extension DiaryBook {
    /// A caseworker's day: the pattern's slots (none when the diary is shut) with their bookings, and any booking that
    /// no longer matches the pattern (made before it changed, or on a day now shut), earliest first.
    public func entries(of officer: String, on day: Day, calendar: SlotCalendar) -> [DiaryEntry] {
        var entries = calendar.slots(of: officer, on: day).map { DiaryEntry(slot: $0, booking: booking(at: $0.key)) }
        for booking in bookings(of: officer, on: day) where !entries.contains(where: { $0.slot.key == booking.key }) {
            let appointment = booking.appointment
            entries.append(DiaryEntry(slot: DiarySlot(key: booking.key, minutes: appointment.durationMinutes,
                                                      location: appointment.location ?? "", emergencyOnly: false, inPattern: false),
                                      booking: booking))
        }
        return entries.sorted { $0.slot.key < $1.slot.key }
    }
}
