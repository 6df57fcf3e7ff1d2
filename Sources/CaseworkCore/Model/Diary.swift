public enum AppointmentKind: String, Codable, CaseIterable, Sendable {
    case triageCall = "triage-call"
    case assessmentInterview = "assessment-interview"
    case planReview = "plan-review"
    case other

    public var label: String {
        switch self {
        case .triageCall: "Triage call"
        case .assessmentInterview: "Assessment interview"
        case .planReview: "Plan review"
        case .other: "Other"
        }
    }

    /// Four letters for a diary cell.
    public var short: String {
        switch self {
        case .triageCall: "Call"
        case .assessmentInterview: "Intv"
        case .planReview: "Revw"
        case .other: "Othr"
        }
    }
}

public enum AppointmentStatus: String, Codable, CaseIterable, Sendable {
    case booked, attended, missed, cancelled

    /// Every appointment but a cancelled one holds its slot: a slot that was used stays used.
    public var holdsSlot: Bool { self != .cancelled }
}

/// Whether an interview needs an interpreter, and whether one is booked.
public enum Arrangement: String, Codable, CaseIterable, Sendable {
    case notNeeded = "not-needed"
    case needed
    case arranged

    public var isOutstanding: Bool { self == .needed }
}

/// Someone who should be at the interview besides the applicant.
public enum ThirdPartyKind: String, Codable, CaseIterable, Sendable {
    case supportWorker = "support-worker"
    case socialWorker = "social-worker"
    case other

    public var label: String {
        switch self {
        case .supportWorker: "Support worker"
        case .socialWorker: "Social worker"
        case .other: "Third party"
        }
    }
}

/// A booked meeting with the applicant, kept on the case: the case file is the record of every booking, and the
/// diary's view of a slot is derived from it (see `DiaryBook`). Times are Europe/London local time.
public struct Appointment: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var kind: AppointmentKind
    public var on: Day
    /// Minutes after midnight, local office time.
    public var startMinute: Int
    public var durationMinutes: Int
    public var officer: String
    public var status: AppointmentStatus
    public var location: String?
    /// Raised each time the appointment moves or is cancelled, so a calendar that imported it takes the change.
    public var sequence: Int
    public var bookedAt: Timestamp?
    public var bookedBy: String?
    public var interpreter: Arrangement
    public var thirdParty: ThirdPartyKind?
    public var thirdPartyArranged: Bool
    public var cancelReason: String?
    /// After a second missed appointment: whether the council decided to warn that contact may be lost. Nil until a
    /// person decides: it is never set automatically (the duty may end for lost contact only after reasonable efforts).
    public var contactWarning: Bool?

    public init(id: Int, kind: AppointmentKind, on: Day, startMinute: Int, durationMinutes: Int = 60,
                officer: String, status: AppointmentStatus = .booked, location: String? = nil) {
        self.id = id
        self.kind = kind
        self.on = on
        self.startMinute = startMinute
        self.durationMinutes = durationMinutes
        self.officer = officer
        self.status = status
        self.location = location
        sequence = 0
        bookedAt = nil
        bookedBy = nil
        interpreter = .notNeeded
        thirdParty = nil
        thirdPartyArranged = false
        cancelReason = nil
        contactWarning = nil
    }

    /// Case files written before the diary kept these fields still decode, with the fields at their defaults.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        kind = try c.decode(AppointmentKind.self, forKey: .kind)
        on = try c.decode(Day.self, forKey: .on)
        startMinute = try c.decode(Int.self, forKey: .startMinute)
        durationMinutes = try c.decode(Int.self, forKey: .durationMinutes)
        officer = try c.decode(String.self, forKey: .officer)
        status = try c.decode(AppointmentStatus.self, forKey: .status)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        sequence = try c.decodeIfPresent(Int.self, forKey: .sequence) ?? 0
        bookedAt = try c.decodeIfPresent(Timestamp.self, forKey: .bookedAt)
        bookedBy = try c.decodeIfPresent(String.self, forKey: .bookedBy)
        interpreter = try c.decodeIfPresent(Arrangement.self, forKey: .interpreter) ?? .notNeeded
        thirdParty = try c.decodeIfPresent(ThirdPartyKind.self, forKey: .thirdParty)
        thirdPartyArranged = try c.decodeIfPresent(Bool.self, forKey: .thirdPartyArranged) ?? false
        cancelReason = try c.decodeIfPresent(String.self, forKey: .cancelReason)
        contactWarning = try c.decodeIfPresent(Bool.self, forKey: .contactWarning)
    }

    public var startTime: String { Day.pad(startMinute / 60, 2) + ":" + Day.pad(startMinute % 60, 2) }
    public var start: LocalTime { LocalTime(day: on, minute: startMinute) }
    public var end: LocalTime { start.adding(minutes: durationMinutes) }
    public var slot: SlotKey { SlotKey(officer: officer, start: start) }

    /// A third party is expected and nobody has confirmed they will come.
    public var thirdPartyOutstanding: Bool { thirdParty != nil && !thirdPartyArranged }
}
