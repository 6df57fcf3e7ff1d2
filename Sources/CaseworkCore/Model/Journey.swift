/// Where a case is on the journey in DOMAIN.md. Stored, because a person moves a case on;
/// which duty is being worked is read from `duties`, not repeated here.
public enum CaseStatus: String, Codable, CaseIterable, Sendable {
    case received
    case triage
    case routed
    case appointmentBooked = "appointment-booked"
    case assessment
    case duty
    case dutyEnded = "duty-ended"
    case closed

    public var label: String {
        switch self {
        case .received: "Received"
        case .triage: "In triage"
        case .routed: "Routed"
        case .appointmentBooked: "Appointment booked"
        case .assessment: "Assessment"
        case .duty: "Duty"
        case .dutyEnded: "Duty ended"
        case .closed: "Closed"
        }
    }

    /// The triage queue holds cases waiting for triage or for their appointment.
    public var isAwaitingTriageOrAppointment: Bool {
        switch self {
        case .received, .triage, .routed, .appointmentBooked: true
        default: false
        }
    }
}

/// The result of triage, set by the officer.
public enum TriageOutcome: String, Codable, CaseIterable, Sendable {
    case incomplete
    case awaitingDocuments = "awaiting-documents"
    case preventedAtTriage = "prevented-at-triage"
    case adviceOnly = "advice-only"
    case readyForAppointment = "ready-for-appointment"

    public var label: String {
        switch self {
        case .incomplete: "Application incomplete"
        case .awaitingDocuments: "Awaiting documents"
        case .preventedAtTriage: "Prevented at triage"
        case .adviceOnly: "Advice only"
        case .readyForAppointment: "Ready for appointment"
        }
    }

    /// Prevented at triage and advice only end the application there.
    public var closesTheCase: Bool { self == .preventedAtTriage || self == .adviceOnly }
}

public struct Triage: Codable, Hashable, Sendable {
    public var outcome: TriageOutcome?
    /// How homelessness was prevented at triage (e.g. "landlord agreed to a 6-month extension").
    public var preventedHow: String?
    public var decidedBy: String?
    public var decidedOn: Day?
    /// Why the case ends at triage (advice only, prevented): asked for so that no one is turned away unheard (s184).
    public var reason: String?
    /// For a household that is or may be homeless, or may be owed interim accommodation: why no duty is owed.
    public var dutyNotOwedReason: String?

    public init(outcome: TriageOutcome? = nil, preventedHow: String? = nil, decidedBy: String? = nil, decidedOn: Day? = nil,
                reason: String? = nil, dutyNotOwedReason: String? = nil) {
        self.outcome = outcome
        self.preventedHow = preventedHow
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
        self.reason = reason
        self.dutyNotOwedReason = dutyNotOwedReason
    }
}

/// The teams a case can be routed to at the seed council.
public enum Team: String, Codable, CaseIterable, Sendable {
    case refuge
    case youngPeople = "young-people"
    case intensive
    case council

    public var label: String {
        switch self {
        case .refuge: "Refuge partner"
        case .youngPeople: "Young people's service"
        case .intensive: "Intensive team"
        case .council: "Council caseworker"
        }
    }

    public var short: String {
        switch self {
        case .refuge: "Refuge"
        case .youngPeople: "Young"
        case .intensive: "Intens"
        case .council: "Council"
        }
    }
}

/// The route an officer settled on: the suggestion accepted, or an override with its reason.
public struct RouteDecision: Codable, Hashable, Sendable {
    public var team: Team
    /// The rules' suggestion at the moment of the decision, so an override can be explained later.
    public var suggested: Team
    public var overrideReason: String?
    public var decidedBy: String
    public var decidedOn: Day

    public init(team: Team, suggested: Team, overrideReason: String? = nil, decidedBy: String, decidedOn: Day) {
        self.team = team
        self.suggested = suggested
        self.overrideReason = overrideReason
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
    }

    public var isOverride: Bool { team != suggested }
}
