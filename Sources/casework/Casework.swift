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
            AlertsCommand.self, DemoCommand.self, DoctorCommand.self,
            ReportCommand.self, LessonsCommand.self, PlacementCommand.self,
        ],
        defaultSubcommand: OpenConsole.self
    )

    /// A mistake on the command line is caught while parsing (exit 64, with that command's usage); anything that
    /// fails once a command runs is "casework: why" on standard error and exit 1, since its usage would not help.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let code as ExitCode {
            exit(withError: code)
        } catch let error as ValidationError {
            // A check made while running is a refusal like any other, not a mistake in the command line.
            fail(error.message)
        } catch where exitCode(for: error) == .success {
            // ArgumentParser's own outcome of running a command group or `casework help`: the help text.
            exit(withError: error)
        } catch {
            fail((error as? LocalizedError)?.errorDescription ?? String(describing: error))
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("casework: \(message)\n".utf8))
        Foundation.exit(ExitCode.failure.rawValue)
    }
}
