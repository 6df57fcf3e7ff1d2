/// Whose alerts a list shows.
public enum AlertScope: String, CaseIterable, Sendable {
    /// The cases assigned to the viewer.
    case mine
    /// The viewer's team's cases (a manager's reports, or a colleague's fellow reports), and for triage officers and
    /// managers the cases not yet assigned to anyone.
    case team
    /// Every case: managers only.
    case all

    public var label: String {
        switch self {
        case .mine: "Mine"
        case .team: "Team"
        case .all: "All"
        }
    }
}

/// What only a manager may see: everyone's alerts, the dashboard, the H-CLIC return, and marking lessons acted on.
public enum ManagersOnly: Error, Equatable, CustomStringConvertible {
    case allIsForManagers
    case dashboardIsForManagers
    case returnIsForManagers
    case lessonsActedOnIsForManagers

    public var description: String {
        switch self {
        case .allIsForManagers: "everyone's alerts are for managers; use your own or your team's"
        case .dashboardIsForManagers: "the dashboard is for managers"
        case .returnIsForManagers: "the H-CLIC return is made by a manager"
        case .lessonsActedOnIsForManagers: "a manager marks a lesson acted on"
        }
    }
}

/// The alerts of one scope for one viewer, most urgent first, with the counts a screen or a digest shows.
public struct AlertBoard: Sendable {
    public let scope: AlertScope
    public let alerts: [MonitoredAlert]
    /// Restricted cases in the scope the viewer is not cleared for: their alerts are left out, and the list says so.
    public let withheld: Int

    public init(scope: AlertScope, alerts: [MonitoredAlert], withheld: Int = 0) {
        self.scope = scope
        self.alerts = alerts
        self.withheld = withheld
    }

    /// Which cases a scope covers for `viewer`. Refuses `.all` to anyone but a manager.
    public static func includes(_ scope: AlertScope, viewer: Actor, staff: StaffDirectory) throws(ManagersOnly) -> (String?) -> Bool {
        switch scope {
        case .mine:
            let id = viewer.id
            return { $0 == id }
        case .team:
            let team = staff.team(of: viewer.id)
            // Cases waiting for an officer are the triage team's, and every manager's.
            let takesUnassigned = viewer.role == .manager || viewer.role == .triageOfficer
            return { officer in officer.map(team.contains) ?? takesUnassigned }
        case .all:
            guard viewer.role == .manager else { throw .allIsForManagers }
            return { _ in true }
        }
    }

    /// Every alert of the scope's cases, snoozed ones included (a screen may hide them).
    public static func build(_ summaries: [CaseSummary], scope: AlertScope, viewer: Actor,
                             monitor: AlertMonitor) throws(ManagersOnly) -> AlertBoard {
        let covers = try includes(scope, viewer: viewer, staff: monitor.staff)
        var alerts: [MonitoredAlert] = []
        var withheld = 0
        for summary in summaries where covers(summary.assignedOfficer) {
            guard CaseAccess.mayView(summary, as: viewer) else {
                withheld += 1
                continue
            }
            alerts += monitor.alerts(for: summary, viewer: viewer)
        }
        return AlertBoard(scope: scope, alerts: MonitoredAlert.sortedByUrgency(alerts), withheld: withheld)
    }

    /// Open (neither acknowledged nor snoozed) alerts of a colour: the figures of the title line and the groups.
    public func openCount(_ severity: AlertSeverity) -> Int {
        alerts.reduce(0) { $0 + ($1.isOpen && $1.severity == severity ? 1 : 0) }
    }

    public var escalatedCount: Int { alerts.reduce(0) { $0 + ($1.escalated ? 1 : 0) } }
}
