import CaseworkCore
import CaseworkUI

/// The console on a terminal: draws the session's frame, reads keys with a short timeout, looks at the clock on every
/// wake (a new day is an event), polls the store for other consoles' changes about once a second, redraws after a resize or Ctrl-L, and on SIGHUP/SIGTERM/SIGINT
/// keeps unsaved edits as a draft, gives the terminal back and returns.
///
/// ```
/// let clock = Clock.system(today: pinnedDay)              // --today / CASEWORK_TODAY, or nil
/// let context = ConsoleContext(actor: actor, today: clock.today, staff: try store.staff(),
///                              configuration: configuration, meta: store.meta)
/// let reason = try ConsoleLoop.run(store: store, context: context, clock: clock)   // until q, or a signal
/// // The terminal is back to normal here; exit 0 on .quit, or 128 + the signal's number on .signal.
/// ```
/// `Terminal.StartError` is thrown when standard input or output is not a terminal.
public enum ConsoleLoop {
    public enum ExitReason: Hashable, Sendable {
        /// The officer quit.
        case quit
        /// A stop signal arrived (its number); unsaved edits were written as a draft.
        case signal(Int32)
    }

    /// How long a key is waited for before the loop looks at the clock and the signals again (ms).
    public static let keyTimeout = 250
    public static let pollInterval = Duration.seconds(1)

    /// Starts the terminal, runs the console on it and restores it, whatever happens.
    /// `clock` stamps saves and drafts and is read on every wake; `context.today` is the day the rules count from
    /// until the clock passes midnight.
    public static func run(store: any CaseStore & DraftStore, context: ConsoleContext, clock: Clock) throws -> ExitReason {
        let terminal = try Terminal.start()
        defer { terminal.stop() }
        return run(store: store, context: context, clock: clock, terminal: terminal)
    }

    /// Runs the console on a terminal already started; the terminal is stopped on return.
    public static func run(store: any CaseStore & DraftStore, context: ConsoleContext, clock: Clock, terminal: Terminal) -> ExitReason {
        var session = ConsoleDriver(app: ConsoleApp(context: context),
                                     runtime: ConsoleRuntime(store: store, clock: clock, context: context))
        return run(&session, on: terminal)
    }

    /// Starts the session at the terminal's size (queue loaded, drafts offered, locale warning shown) and runs it;
    /// the terminal is stopped on return.
    public static func run(_ session: inout ConsoleDriver, on terminal: Terminal) -> ExitReason {
        defer { terminal.stop() }
        let start = terminal.size
        var next = session.start(width: start.width, height: start.height, localeWarning: terminal.locale.warning)
        let timer = ContinuousClock()
        var lastPoll = timer.now
        while true {
            if let signal = terminal.pendingSignal {
                _ = session.hangUp()
                return .signal(signal)
            }
            if next.quit { return .quit }
            let size = terminal.size
            if size.width != session.app.width || size.height != session.app.height {
                next = session.resize(width: size.width, height: size.height)
            }
            if next.redrawAll { terminal.redrawAll() }
            terminal.draw(session.frame(width: size.width, height: size.height))
            next = ConsoleDriver.Outcome()
            if let key = terminal.readKey(timeout: keyTimeout), key != .resize {
                next = session.key(key)
            }
            let ticked = session.tick()
            next.quit = next.quit || ticked.quit
            next.redrawAll = next.redrawAll || ticked.redrawAll
            if timer.now - lastPoll >= pollInterval {
                let polled = session.poll()
                next.quit = next.quit || polled.quit
                next.redrawAll = next.redrawAll || polled.redrawAll
                lastPoll = timer.now
            }
        }
    }
}
