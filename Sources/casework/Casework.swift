import ArgumentParser
import Foundation

@main
struct Casework: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casework",
        abstract: "A console for housing-options casework under the Homelessness Reduction Act 2017.",
        discussion: """
            With no command, opens the console. The first run with no data directory creates a demo caseload in \
            ~/.local/share/casework/demo (or --data-dir / CASEWORK_DATA). Every command takes --data-dir, --today and \
            --user; see 'casework help <command>'.

            Exit status: 0 done; 1 refused or failed (the reason on standard error); 2 doctor found problems; \
            64 the command line is wrong (with the command's usage); 128+N the console ended by signal N.
            """,
        subcommands: [
            OpenConsole.self, CaseCommand.self, ImportCommand.self, DutyCommand.self, RouteCommand.self,
            AlertsCommand.self, DemoCommand.self, DoctorCommand.self, DecisionCommand.self, ReviewCommand.self,
            PlanCommand.self, DiaryCommand.self,
        ],
        defaultSubcommand: OpenConsole.self
    )

    /// A mistake on the command line is caught while parsing (exit 64, with that command's usage); anything that
    /// fails once a command runs is "casework: why" on standard error and exit 1, since its usage would not help.
    static func main() {
        let arguments = GlobalOptionPlacement.arguments(Array(CommandLine.arguments.dropFirst()), root: Casework.self)
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            finish(error)
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            // A check made while running is a refusal like any other, not a mistake in the command line.
            fail(error.message)
        } catch where error is ExitCode || exitCode(for: error) == .success {
            // An exit status chosen by the command, or ArgumentParser's help for a command group or `casework help`.
            finish(error)
        } catch {
            fail((error as? LocalizedError)?.errorDescription ?? String(describing: error))
        }
    }

    /// ArgumentParser's message for the error (help on standard output, a usage error with the command's usage on
    /// standard error), through the same sanitiser as every other message: it can quote what was typed.
    private static func finish(_ error: Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            if code == .success { StandardStreams.out(message + "\n") } else { StandardStreams.error(message + "\n") }
        }
        Foundation.exit(code.rawValue)
    }

    private static func fail(_ message: String) -> Never {
        StandardStreams.error("casework: \(message)\n")
        Foundation.exit(ExitCode.failure.rawValue)
    }
}
