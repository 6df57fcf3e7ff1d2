public enum DutyKind: String, Codable, CaseIterable, Sendable {
    case prevention
    case relief
    case main

    public var label: String {
        switch self {
        case .prevention: "Prevention duty (s195)"
        case .relief: "Relief duty (s189B)"
        case .main: "Main housing duty (s193)"
        }
    }
}

/// The grounds on which a prevention or relief duty ends (s195(8), s189B(7), s193B; H-CLIC P1/R1).
public enum DutyEndReason: String, Codable, CaseIterable, Sendable {
    case accommodationSecured = "accommodation-secured"
    case fiftySixDaysElapsed = "56-days-elapsed"
    case becameHomeless = "became-homeless"
    case refusedSuitableOffer = "refused-suitable-offer"
    case refusedFinalOffer = "refused-final-offer"
    case intentionallyHomelessFromAccommodationProvided = "intentionally-homeless-from-accommodation-provided"
    case ineligible
    case withdrew
    case lostContact = "lost-contact"
    case nonCooperation = "non-cooperation"
    case mainDutyDecision = "main-duty-decision"
    case died

    public var label: String {
        switch self {
        case .accommodationSecured: "Suitable accommodation secured for 6+ months"
        case .fiftySixDaysElapsed: "56 days elapsed"
        case .becameHomeless: "Became homeless (relief duty follows)"
        case .refusedSuitableOffer: "Refused an offer of suitable accommodation"
        case .refusedFinalOffer: "Refused a final accommodation or Part 6 offer"
        case .intentionallyHomelessFromAccommodationProvided: "Intentionally homeless from accommodation provided"
        case .ineligible: "No longer eligible"
        case .withdrew: "Application withdrawn"
        case .lostContact: "Lost contact"
        case .nonCooperation: "Deliberate and unreasonable refusal to co-operate (s193B notice)"
        case .mainDutyDecision: "Main duty decision made (s193)"
        case .died: "Applicant died"
        }
    }
}

/// One duty owed on a case. The deadline is computed (start + 56 days) by the duty clock, not stored.
public struct Duty: Codable, Hashable, Sendable {
    public var kind: DutyKind
    public var startedOn: Day
    public var startedBy: String
    public var endedOn: Day?
    public var endReason: DutyEndReason?
    public var endedBy: String?
    /// The written notice that ends a duty; the law requires one (s195(5), s189B(5)).
    public var endNoticeServedOn: Day?
    public var note: String?
    /// Where the household lives when the duty ends (H-CLIC's accommodation at the end of prevention or relief).
    public var accommodationAtEnd: AccommodationType?

    public init(kind: DutyKind, startedOn: Day, startedBy: String, endedOn: Day? = nil, endReason: DutyEndReason? = nil,
                endedBy: String? = nil, endNoticeServedOn: Day? = nil, note: String? = nil) {
        self.kind = kind
        self.startedOn = startedOn
        self.startedBy = startedBy
        self.endedOn = endedOn
        self.endReason = endReason
        self.endedBy = endedBy
        self.endNoticeServedOn = endNoticeServedOn
        self.note = note
    }

    public var isActive: Bool { endedOn == nil }
}
