/// Why a booking, a move, a cancellation or an outcome was refused. Nothing is written when one is thrown.
/// Messages name cases by ref only.
public enum BookingRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another case holds the slot: exactly one booking per slot, ever.
    case slotTaken(SlotKey, by: String)
    /// This case already holds the slot.
    case alreadyHolds(SlotKey, ref: String, appointment: Int)
    /// The slot's claim names a case whose file cannot be read: never overwritten on a guess.
    case holderUnreadable(SlotKey, ref: String)
    case inPast(SlotKey)
    case unavailable(SlotUnavailable)
    /// An emergency-only slot more than a day ahead, without `--emergency`.
    case emergencyAhead(SlotKey)
    case caseClosed(ref: String, status: CaseStatus)
    /// One booked appointment of a kind at a time: move the one there is.
    case alreadyBooked(ref: String, kind: AppointmentKind, appointment: Int, at: LocalTime)
    case noSuchAppointment(ref: String, appointment: Int)
    case notBooked(ref: String, appointment: Int, status: AppointmentStatus)
    /// An outcome before the appointment has begun.
    case notStarted(ref: String, appointment: Int, at: LocalTime)
    /// A move or a cancellation after the appointment began: record its outcome instead.
    case alreadyBegun(ref: String, appointment: Int, at: LocalTime)
    case sameSlot(SlotKey)
    case reasonRequired
    case invalidReason(String)
    /// The contact-warning decision belongs to a missed appointment.
    case notMissed(ref: String, appointment: Int)

    public var description: String {
        switch self {
        case .slotTaken(let key, let ref): "slot \(key.id) is already booked by \(ref)"
        case .alreadyHolds(let key, let ref, let id): "\(ref) already holds slot \(key.id) (appointment \(id))"
        case .holderUnreadable(let key, let ref):
            "slot \(key.id) is claimed by \(ref), whose case file cannot be read; run casework doctor"
        case .inPast(let key): "slot \(key.id) is in the past"
        case .unavailable(let why): why.description
        case .emergencyAhead(let key):
            "slot \(key.id) is kept for same-day emergencies; it can be booked the day before, or with --emergency"
        case .caseClosed(let ref, let status): "case \(ref) is \(status.label.lowercased()): nothing can be booked for it"
        case .alreadyBooked(let ref, let kind, let id, let at):
            "\(ref) already has \(kind.label.lowercased()) \(id) booked for \(at.day) \(at.clock); move it instead"
        case .noSuchAppointment(let ref, let id): "\(ref) has no appointment \(id)"
        case .notBooked(let ref, let id, let status): "appointment \(id) of \(ref) is \(status.rawValue), not booked"
        case .notStarted(let ref, let id, let at):
            "appointment \(id) of \(ref) is at \(at.day) \(at.clock); record its outcome once it has begun"
        case .alreadyBegun(let ref, let id, let at):
            "appointment \(id) of \(ref) began at \(at.day) \(at.clock); record attended or missed instead"
        case .sameSlot(let key): "the appointment is already in slot \(key.id)"
        case .reasonRequired: "a cancellation needs a reason"
        case .invalidReason(let why): "reason: \(why)"
        case .notMissed(let ref, let id): "appointment \(id) of \(ref) was not missed: no contact warning to decide"
        }
    }
}
