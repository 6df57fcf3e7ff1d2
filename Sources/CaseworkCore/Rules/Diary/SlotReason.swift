/// Why a slot suits a case, or what to know about it: typed values, worded in one place (`text`), coded for JSON.
public enum SlotReason: RuleReason {
    /// A caseworker of the case's route.
    case caseTeam(Team)
    /// No caseworker of the route has a free slot in the diary's horizon, so another team's is offered.
    case otherTeam(Team, wanted: Team)
    /// The caseworker the case is assigned to.
    case caseOfficer
    /// Before the day the household loses its home.
    case beforeLoss(Day)
    /// On or before the last day of the duty being worked.
    case beforeDutyEnds(Day)
    /// Too late: on or after the loss day. Offered only when nothing earlier fits.
    case afterLoss(Day)
    /// Too late: after the duty's last day.
    case afterDutyEnds(Day)
    /// Long enough for an interview through an interpreter.
    case interpreterTime(minutes: Int)
    /// Kept for same-day emergencies; this case is one (homeless tonight, or fire or flood).
    case emergencySlot
    case phone

    /// True for what counts against the slot.
    public var isWarning: Bool {
        switch self {
        case .otherTeam, .afterLoss, .afterDutyEnds: true
        default: false
        }
    }

    /// After the loss day or the duty's last day.
    public var isLate: Bool {
        switch self {
        case .afterLoss, .afterDutyEnds: true
        default: false
        }
    }

    /// The kebab-case name the JSON carries.
    public var code: String {
        switch self {
        case .caseTeam: "case-team"
        case .otherTeam: "other-team"
        case .caseOfficer: "case-officer"
        case .beforeLoss: "before-loss"
        case .beforeDutyEnds: "before-duty-ends"
        case .afterLoss: "after-loss"
        case .afterDutyEnds: "after-duty-ends"
        case .interpreterTime: "interpreter-time"
        case .emergencySlot: "emergency-slot"
        case .phone: "phone"
        }
    }

    /// The date the reason is about, if any.
    public var day: Day? {
        switch self {
        case .beforeLoss(let day), .beforeDutyEnds(let day), .afterLoss(let day), .afterDutyEnds(let day): day
        default: nil
        }
    }

    /// The command line's words (`words(_:)` for another front end).
    public var text: String { words(.commandLine) }
}
