/// What an officer did about one alert: acknowledged it with a note, or snoozed it until a date with a reason.
/// Only this is stored (on the case, so it is revisioned and audited like any change); the alert itself is derived.
/// It holds for the alert of its `kind` whose facts have the same `fingerprint`: a new deadline, a later overdue
/// step or a change of colour makes another fingerprint, and the alert is raised again by itself.
public struct AlertResponse: Codable, Hashable, Sendable {
    public enum Action: String, Codable, CaseIterable, Sendable {
        case acknowledged
        case snoozed
    }

    /// The alert kind's raw value, kept as text so a kind retired by a later version does not make the case unreadable.
    public var kind: String
    public var fingerprint: String
    public var action: Action
    public var by: String
    public var at: Timestamp
    /// The acknowledgement's note or the snooze's reason.
    public var note: String
    /// A snooze holds until the end of the day before this one: on `until` the alert is back.
    public var until: Day?

    public init(kind: String, fingerprint: String, action: Action, by: String, at: Timestamp, note: String, until: Day? = nil) {
        self.kind = kind
        self.fingerprint = fingerprint
        self.action = action
        self.by = by
        self.at = at
        self.note = note
        self.until = until
    }
}

/// The applicant's answer to "was the service you received good or not good enough?", asked at closing.
public enum Satisfaction: String, Codable, CaseIterable, Sendable {
    case good
    case notGoodEnough = "not-good-enough"
    /// Asked and not answered, or the applicant could not be asked (lost contact): counted apart from the answers.
    case notAnswered = "not-answered"

    public var label: String {
        switch self {
        case .good: "Good"
        case .notGoodEnough: "Not good enough"
        case .notAnswered: "Not answered"
        }
    }
}

/// How a case was closed: when, by whom, and what the applicant said of the service.
public struct Closure: Codable, Hashable, Sendable {
    public var on: Day
    public var by: String
    public var satisfaction: Satisfaction
    public var comment: String?

    public init(on: Day, by: String, satisfaction: Satisfaction, comment: String? = nil) {
        self.on = on
        self.by = by
        self.satisfaction = satisfaction
        self.comment = comment
    }
}
