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
    static let configuration = CommandConfiguration(commandName: "accept", abstract: "Accept the team the rules suggest.")

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.decideRoute(caseRef.normalised, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): routed to \(record.route?.team.rawValue ?? "-")")
    }
}

struct RouteOverride: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "override", abstract: "Route to another team, with a reason.")

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
        let record = try session.service.decideRoute(caseRef.normalised, team: team, reason: reason, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): routed to \(team.rawValue)")
    }
}
