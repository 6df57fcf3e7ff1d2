/// The nine sections of the return, one CSV file each, joined by the case id.
public enum HCLICSection: String, CaseIterable, Sendable {
    case main
    case people
    case support
    case prevention
    case relief
    case finalDuties = "final-duties"
    case assistance
    case temporaryAccommodation = "temporary-accommodation"
    case reviews

    public var fileName: String { rawValue + ".csv" }

    /// The columns, as Casework lays the return out; field names follow the specification's where it publishes them.
    public var columns: [String] {
        switch self {
        case .main:
            ["CASEID", "APP_DATE", "ASSESS_DATE", "REFERRAL", "CURRENTACCOM", "REASONLOSS", "HH_ADULTS", "HH_CHILDREN", "AGE",
             "PREGNANT", "ELIGIBLE", "PNEED", "INTENT", "LOCALCONN", "CLOSE_DATE"]
        case .people: ["CASEID", "PERSON", "RELATIONSHIP", "AGE", "PREGNANT"]
        case .support: ["CASEID", "SUPPORT_NEED"]
        case .prevention: ["CASEID", "PREV_START", "PREV_END", "PREV_REASON", "ACCOM_PR"]
        case .relief: ["CASEID", "RELIEF_START", "RELIEF_END", "RELIEF_REASON", "ACCOM_RE"]
        case .finalDuties: ["CASEID", "MAIN_START", "MAIN_END", "MAIN_REASON"]
        case .assistance: ["CASEID", "CLOSE_DATE", "TRIAGE_OUTCOME", "LAST_REASON"]
        case .temporaryAccommodation: ["CASEID", "ENTRY_DATE", "EXIT_DATE", "TATYPE", "TADUTY"]
        case .reviews: ["CASEID", "DECISION", "DECISION_DATE", "NOTIFIED_DATE", "REQUEST_DATE", "REVIEW_DATE"]
        }
    }
}

/// One thing wrong with a case for the return, as data; `message` words it.
public struct HCLICProblem: Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public enum Kind: Hashable, Sendable {
        case missing
        /// The field's date is before the application's.
        case beforeApplication(Day, application: Day)
        /// The field's date is before the date it must follow (`after` names that field).
        case beforeDate(Day, after: String, on: Day)
        /// Prevention ended because the household became homeless, yet it is recorded in settled accommodation that
        /// is not the home it applied from.
        case settledAfterHomelessness(AccommodationType, atApplication: AccommodationType)
        /// A placement in temporary accommodation while a prevention duty ran (the duty presumes a home).
        case placedDuringPrevention(Day, preventionFrom: Day)
        /// An interim placement after the assessment, while prevention had not failed.
        case interimAfterAssessment(Day, assessedOn: Day)
    }

    public let severity: Severity
    public let section: HCLICSection
    public let field: String
    /// The person or the duty's row within the section, from 1, where a section has several.
    public let row: Int?
    public let kind: Kind

    public init(_ severity: Severity, _ section: HCLICSection, _ field: String, row: Int? = nil, _ kind: Kind) {
        self.severity = severity
        self.section = section
        self.field = field
        self.row = row
        self.kind = kind
    }

    /// `people 2 AGE`: where to look.
    public var place: String { section.rawValue + (row.map { " \($0)" } ?? "") + " " + field }

    public var message: String {
        switch kind {
        case .missing:
            return "\(field) is missing"
        case .beforeApplication(let day, let application):
            return "\(field) \(day) is before the application (\(application))"
        case .beforeDate(let day, let after, let on):
            return "\(field) \(day) is before \(after) (\(on))"
        case .settledAfterHomelessness(let type, let atApplication):
            return "prevention ended because the household became homeless, but \(field) is \(type.label.lowercased()), "
                + "settled and not the accommodation at application (\(atApplication.label.lowercased()))"
        case .placedDuringPrevention(let day, let from):
            return "placed in temporary accommodation on \(day) while the prevention duty from \(from) ran"
        case .interimAfterAssessment(let day, let assessed):
            return "interim placement on \(day) after the assessment (\(assessed)) while prevention had not failed"
        }
    }
}
