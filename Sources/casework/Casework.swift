import ArgumentParser

@main
struct Casework: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casework",
        abstract: "A console for housing-options casework under the Homelessness Reduction Act 2017.",
        discussion: """
            With no command, opens the console. The first run with no data directory creates a demo caseload in \
            ~/.local/share/casework/demo (or --data-dir / CASEWORK_DATA). Every command takes --data-dir, --today and \
            --user; see 'casework help <command>'.
            """,
        subcommands: [
            OpenConsole.self, CaseCommand.self, ImportCommand.self, DutyCommand.self, RouteCommand.self,
            AlertsCommand.self, DemoCommand.self, DoctorCommand.self,
        ],
        defaultSubcommand: OpenConsole.self
    )
}
