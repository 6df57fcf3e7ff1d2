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
}

public enum AppointmentStatus: String, Codable, CaseIterable, Sendable {
    case booked, attended, missed, cancelled
}

/// A booked meeting with the applicant, on the case. The diary's slots point back at it.
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
    }

    public var startTime: String { Day.pad(startMinute / 60, 2) + ":" + Day.pad(startMinute % 60, 2) }
}

/// A caseworker's bookable hour in the diary. Booking is check-and-set under the store's lock:
/// `caseRef` is set by exactly one winner.
public struct DiarySlot: Codable, Hashable, Sendable {
    public var officer: String
    public var on: Day
    public var startMinute: Int
    public var durationMinutes: Int
    /// Kept free for same-day emergencies (DOMAIN.md: keep some same-day capacity).
    public var emergencyOnly: Bool
    public var caseRef: String?

    public init(officer: String, on: Day, startMinute: Int, durationMinutes: Int = 60,
                emergencyOnly: Bool = false, caseRef: String? = nil) {
        self.officer = officer
        self.on = on
        self.startMinute = startMinute
        self.durationMinutes = durationMinutes
        self.emergencyOnly = emergencyOnly
        self.caseRef = caseRef
    }

    public var isFree: Bool { caseRef == nil }
}
