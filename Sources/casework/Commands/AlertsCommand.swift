import ArgumentParser
import CaseworkCore
import CaseworkUI
import Foundation

struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Deadlines near or passed, plans not agreed, lost contact and other alerts, most urgent first.",
        usage: "casework alerts [<options>]",
        discussion: "By default, the alerts on your own cases; --team for every officer's, or --officer for one officer's (not both)."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: ArgumentHelp("Only this officer's cases: a staff id, or me.", valueName: "id"))
    var officer: String?

    @Flag(help: "Every officer's cases (the manager's view).")
    var team = false

    func validate() throws {
        if team, officer != nil { throw ValidationError("--team and --officer cannot be combined: --team is every officer's cases") }
    }

    func run() throws {
        let session = try Session.open(global)
        let who: String? = team ? nil : try session.officer(officer ?? "me")
        let snapshot = try session.store.summaries()
        // A case the index cannot list has alerts no one sees: say so, as `case list` does.
        for problem in ProblemList.lines(snapshot.problems.map(\.description)) { warn(problem) }
        let summaries = snapshot.summaries.filter { who == nil || $0.assignedOfficer == who }
        let listed = summaries.map { ListedCase($0, for: session.actor, today: session.today, configuration: session.configuration) }
        let withheld = listed.filter(\.masked).count
        let alerts = listed.flatMap(\.alerts).sorted { ($0.severity, $0.dueOn, $0.ref) < ($1.severity, $1.dueOn, $1.ref) }
        if json {
            try writeJSON(alerts)
            return
        }
        var out = ""
        for alert in alerts {
            let due = alert.dueOn.iso
            out += [TextFit.padRight(alert.severity.rawValue, to: 6), TextFit.padRight(alert.ref, to: 8), TextFit.padRight(due, to: 10),
                    alert.words(.commandLine)].joined(separator: " ") + "\n"
        }
        out += "\(alerts.count) alert\(alerts.count == 1 ? "" : "s")" + (who.map { " on \($0)'s cases" } ?? " across the team")
            + (withheld == 0 ? "" : "; \(withheld) restricted case\(withheld == 1 ? "" : "s") you are not cleared for left out") + "\n"
        StandardStreams.out(out)
    }
}
