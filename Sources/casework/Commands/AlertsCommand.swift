import ArgumentParser
import CaseworkCore
import CaseworkUI
import Foundation

/// `casework alerts` lists; `alerts ack` and `alerts snooze` answer one alert.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Deadlines near or passed, plans not agreed, lost contact and other alerts, most urgent first.",
        usage: "casework alerts [<options>]",
        discussion: """
            By default, the alerts on your own cases; --team for your team's (a manager's team is who reports to them; \
            a caseworker's, the colleagues with the same manager), --all for everyone's (managers), --officer for one \
            officer of your team. Acknowledged alerts show as such; snoozed ones only with --snoozed. An alert red and \
            unanswered for its escalation period (monitoring.json) is marked escalated, to the officer's manager.

            For a morning digest from cron: --since DATE lists only alerts new or changed since that day (raised since, \
            on a case changed since, or back from a snooze since), --escalated only the escalated ones.
            """,
        subcommands: [AlertAcknowledge.self, AlertSnooze.self]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: ArgumentHelp("Only this officer's cases: a staff id, or me.", valueName: "id"))
    var officer: String?

    @Flag(help: "Your team's cases.")
    var team = false

    @Flag(help: "Every officer's cases (managers).")
    var all = false

    @Option(help: ArgumentHelp("Only alerts new or changed since this day.", valueName: "YYYY-MM-DD"))
    var since: Day?

    @Flag(help: "Only escalated alerts.")
    var escalated = false

    @Flag(help: "Include snoozed alerts.")
    var snoozed = false

    func validate() throws {
        if team, officer != nil { throw ValidationError("--team and --officer cannot be combined: --team is your team's cases") }
        if all, officer != nil || team { throw ValidationError("--all cannot be combined with --team or --officer") }
    }

    func run() throws {
        let session = try Session.open(global)
        let monitor = try session.monitor()
        let snapshot = try session.store.summaries()
        // A case the index cannot list has alerts no one sees: say so, as `case list` does.
        for problem in ProblemList.lines(snapshot.problems.map(\.description)) { warn(problem) }
        let scope: AlertScope = all ? .all : team ? .team : .mine
        var summaries = snapshot.summaries
        var board: AlertBoard
        if let officer {
            let id = try session.officer(officer)
            if id != session.actor.id, session.actor.role != .manager, !session.staff.team(of: session.actor.id).contains(id) {
                throw CommandFailure("\(id) is not in your team; you see your own alerts and your team's")
            }
            summaries = summaries.filter { $0.assignedOfficer == id }
            board = try AlertBoard.build(summaries, scope: session.actor.role == .manager ? .all : .team, viewer: session.actor,
                                         monitor: monitor)
        } else {
            board = try AlertBoard.build(summaries, scope: scope, viewer: session.actor, monitor: monitor)
        }
        var alerts = board.alerts.filter { snoozed || !isSnoozed($0) }
        if escalated { alerts = alerts.filter(\.escalated) }
        if let since {
            let byRef = Dictionary(summaries.map { ($0.ref, $0) }, uniquingKeysWith: { $1 })
            alerts = alerts.filter { alert in byRef[alert.ref].map { monitor.isNewOrChanged(alert, summary: $0, since: since) } ?? false }
        }
        if json {
            StandardStreams.json(Array(AlertListing.json(alerts).utf8))
            return
        }
        let whose = officer.map { "on \((try? session.officer($0)) ?? $0)'s cases" }
            ?? (all ? "across the caseload" : team ? "across your team" : "on \(session.actor.id)'s cases")
        let withheld = board.withheld == 0 ? ""
            : "; \(board.withheld) restricted case\(board.withheld == 1 ? "" : "s") you are not cleared for left out"
        StandardStreams.out(AlertListing.table(alerts, whose: whose + withheld, staff: session.staff))
    }

    private func isSnoozed(_ alert: MonitoredAlert) -> Bool {
        if case .snoozed = alert.state { return true }
        return false
    }
}

struct AlertAcknowledge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Acknowledge an alert with a note; it comes back by itself when its facts change.",
        usage: "casework alerts ack <ref> --kind <kind> --note <note> [<options>]"
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The alert's kind, as `casework alerts --json` names it.")
    var kind: AlertKind

    @Option(help: "What is being done about it.")
    var note: String

    func validate() throws {
        if note.trimmingSpaces.isEmpty { throw ValidationError("--note: empty; say what is being done about it") }
    }

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.respond(to: caseRef.normalised, kind: kind, action: .acknowledged, note: note,
                                                 settings: try session.store.monitoringSettings())
        print("\(record.ref) revision \(record.revision): \(kind.rawValue) alert acknowledged")
    }
}

struct AlertSnooze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: "Snooze an alert until a day, with a reason; it comes back on that day, or sooner if its facts change.",
        usage: "casework alerts snooze <ref> --kind <kind> --until <YYYY-MM-DD> --reason <reason> [<options>]"
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The alert's kind, as `casework alerts --json` names it.")
    var kind: AlertKind

    @Option(help: ArgumentHelp("The day the alert comes back (at most 90 days ahead).", valueName: "YYYY-MM-DD"))
    var until: Day

    @Option(help: "Why it can wait.")
    var reason: String

    func validate() throws {
        if reason.trimmingSpaces.isEmpty { throw ValidationError("--reason: empty; say why it can wait") }
    }

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.respond(to: caseRef.normalised, kind: kind, action: .snoozed, note: reason, until: until,
                                                 settings: try session.store.monitoringSettings())
        print("\(record.ref) revision \(record.revision): \(kind.rawValue) alert snoozed until \(until)")
    }
}
