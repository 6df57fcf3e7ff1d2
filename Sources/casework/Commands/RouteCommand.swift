import ArgumentParser
import CaseworkCore

struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Accept the suggested route, or override it with a reason (recorded and audited).",
        subcommands: [RouteAccept.self, RouteOverride.self]
    )
}

struct RouteAccept: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Accept the team the rules suggest.",
        usage: "casework route accept <ref> [<options>]",
        discussion: "A case already routed to the suggested team is left as it is, and says so."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    func run() throws {
        let session = try Session.open(global)
        let (record, changed) = try session.service.acceptRoute(caseRef.normalised, expectedRevision: nil)
        let team = record.route?.team.rawValue ?? "-"
        print(changed ? "\(record.ref) revision \(record.revision): routed to \(team)" : "\(record.ref) is already routed to \(team)")
    }
}

struct RouteOverride: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override",
        abstract: "Route to another team than the rules suggest, with a reason.",
        usage: "casework route override <ref> --team <team> --reason <reason> [<options>]",
        discussion: "The suggested team itself is refused here: use 'casework route accept' for it."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: ArgumentHelp("The team to route to.", valueName: "team"))
    var team: Team

    @Option(help: "Why the suggestion does not fit this household.")
    var reason: String

    func validate() throws {
        if reason.trimmingSpaces.isEmpty { throw ValidationError("--reason: empty; say why the suggested route does not fit") }
    }

    func run() throws {
        let session = try Session.open(global)
        do {
            let record = try session.service.overrideRoute(caseRef.normalised, to: team, reason: reason, expectedRevision: nil)
            print("\(record.ref) revision \(record.revision): routed to \(team.rawValue)")
        } catch CaseServiceError.routeIsSuggested(let suggested) {
            throw CommandFailure("\(suggested.rawValue) is the suggested route; use `casework route accept`")
        }
    }
}
