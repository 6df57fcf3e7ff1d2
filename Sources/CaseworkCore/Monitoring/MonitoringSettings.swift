import Foundation

/// What a council may tune about monitoring, in one published place: escalation of alerts to managers, and the
/// dashboard's windows. Every key is optional in `monitoring.json` in the data directory, read as `rules.json` is:
/// an unknown key or a wrong type stops every command but `doctor`, naming every problem.
public struct MonitoringSettings: Codable, Hashable, Sendable {
    public static let fileName = "monitoring.json"
    public static let standard = MonitoringSettings()

    public var escalation: EscalationSettings
    public var dashboard: DashboardSettings

    public init(escalation: EscalationSettings = .standard, dashboard: DashboardSettings = .standard) {
        self.escalation = escalation
        self.dashboard = dashboard
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        escalation = try container.value(.escalation, or: .standard)
        dashboard = try container.value(.dashboard, or: .standard)
    }

    private static let shape = SettingShape(of: MonitoringSettings.standard)

    public static func decode(_ data: Data, file: String = fileName) throws(RuleConfigurationError) -> MonitoringSettings {
        try SettingsDocument.decode(MonitoringSettings.self, from: data, file: file, shape: shape)
    }
}

/// In the manner of an SLA: per alert kind an amber warning period and a red point (both optional: without them the
/// rules colour the alert, with the margins of `rules.json`), and how long a red alert may stay unacknowledged
/// before it escalates to the officer's manager.
public struct EscalationSettings: Codable, Hashable, Sendable {
    public static let standard = EscalationSettings()

    /// Working days a red alert may stay unacknowledged (and not snoozed) before it escalates.
    public var workingDays: Int = 2
    public var kinds: AlertKindPolicies = AlertKindPolicies()

    public init() {}

    public init(workingDays: Int, kinds: AlertKindPolicies) {
        self.workingDays = workingDays
        self.kinds = kinds
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        workingDays = try container.value(.workingDays, or: EscalationSettings.standard.workingDays)
        kinds = try container.value(.kinds, or: AlertKindPolicies())
    }

    /// The policy for a kind, with the escalation period filled in from the default.
    public func policy(for kind: AlertKind) -> AlertKindPolicy {
        var policy = kinds.byKind[kind.rawValue] ?? AlertKindPolicy()
        if policy.escalateAfterWorkingDays == nil { policy.escalateAfterWorkingDays = workingDays }
        return policy
    }
}

/// One alert kind's SLA. Days count from the alert's due date: amber from `amberDays` before it, red from
/// `redAfterDays` after it (negative: before it). A missing value leaves the rules' colour as it is.
public struct AlertKindPolicy: Codable, Hashable, Sendable {
    public var amberDays: Int?
    public var redAfterDays: Int?
    public var escalateAfterWorkingDays: Int?

    public init(amberDays: Int? = nil, redAfterDays: Int? = nil, escalateAfterWorkingDays: Int? = nil) {
        self.amberDays = amberDays
        self.redAfterDays = redAfterDays
        self.escalateAfterWorkingDays = escalateAfterWorkingDays
    }

    /// The colour on `today` for an alert the rules raised with `ruled` and due on `dueOn`.
    public func severity(ruled: AlertSeverity, dueOn: Day, today: Day) -> AlertSeverity {
        guard amberDays != nil || redAfterDays != nil else { return ruled }
        let pastDue = dueOn.days(until: today)
        // Each end the policy leaves out keeps the rules' colour.
        if let red = redAfterDays {
            if pastDue >= red { return .red }
        } else if ruled == .red {
            return .red
        }
        if let amber = amberDays {
            if pastDue >= -amber { return .amber }
        } else if ruled == .amber {
            return .amber
        }
        return .green
    }
}

/// The per-kind policies, keyed by the alert kinds' names (`plan-step-overdue`); a name that is not a kind is refused.
public struct AlertKindPolicies: Codable, Hashable, Sendable, SettingTable {
    public var byKind: [String: AlertKindPolicy]

    public init(_ byKind: [AlertKind: AlertKindPolicy] = [:]) {
        self.byKind = Dictionary(uniqueKeysWithValues: byKind.map { ($0.key.rawValue, $0.value) })
    }

    public init(from decoder: Decoder) throws {
        byKind = try decoder.singleValueContainer().decode([String: AlertKindPolicy].self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(byKind)
    }

    static var tableKeys: [String] { AlertKind.allCases.map(\.rawValue) }
    static var entryShape: SettingShape { SettingShape(of: AlertKindPolicy()) }
}

/// The dashboard's windows. "Plan not agreed" uses the alert's own period from `rules.json`.
public struct DashboardSettings: Codable, Hashable, Sendable {
    public static let standard = DashboardSettings()

    /// A case with nothing on its timeline for this many days counts as "no action".
    public var noActionDays: Int = 28
    /// Duties whose last day falls within this many days.
    public var deadlineWindowDays: Int = 7
    /// Weeks of presentations against interviews held in the chart.
    public var weeks: Int = 12

    public init() {}

    public init(from decoder: Decoder) throws {
        let standard = DashboardSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        noActionDays = try container.value(.noActionDays, or: standard.noActionDays)
        deadlineWindowDays = try container.value(.deadlineWindowDays, or: standard.deadlineWindowDays)
        weeks = try container.value(.weeks, or: standard.weeks)
    }
}
