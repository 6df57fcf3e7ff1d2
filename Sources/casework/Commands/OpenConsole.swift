import ArgumentParser
import CaseworkCore
import CaseworkTerminal
import CaseworkUI
import Foundation

/// `casework` with no command: the console. A missing data directory becomes the demo caseload.
struct OpenConsole: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the console (the default when no command is given).",
        usage: "casework [console] [<options>]",
        discussion: "Keys: ? or F1 for help on every screen; q quits. The first run creates the demo caseload."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // Checked before anything is opened, so a run without a terminal never leaves a new demo caseload behind.
        try Terminal.requireTerminal()
        let session = try Session.open(global, createDemo: true)
        let context = ConsoleContext(actor: session.actor, today: session.today, staff: session.staff,
                                     configuration: session.configuration, meta: session.store.meta,
                                     partners: try session.store.partners(), stepLibrary: try session.store.stepLibrary())
        switch try ConsoleLoop.run(store: session.store, context: context, clock: session.clock) {
        case .quit: return
        case .signal(let number): throw ExitCode(128 + number)
        }
    }
}
