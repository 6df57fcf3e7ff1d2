import CaseworkCore

/// The console driven between a terminal and a store, without the terminal: the loop hands it keys, sizes, a tick
/// to poll for changes and signals; it runs the App's effects through the runtime until they settle, and
/// tells the loop what the terminal must do.
public struct ConsoleDriver {
    /// What the loop does next with the terminal.
    public struct Outcome: Hashable, Sendable {
        public var redrawAll = false
        public var quit = false

        public init(redrawAll: Bool = false, quit: Bool = false) {
            self.redrawAll = redrawAll
            self.quit = quit
        }
    }

    public private(set) var app: ConsoleApp
    public let runtime: ConsoleRuntime

    public init(app: ConsoleApp, runtime: ConsoleRuntime) {
        self.app = app
        self.runtime = runtime
    }

    /// Sizes the screen, loads the queue, offers back any drafts, and shows the locale warning if there is one.
    public mutating func start(width: Int, height: Int, localeWarning: String? = nil) -> Outcome {
        var events: [ConsoleEvent] = [.resized(width: width, height: height)]
        events += runtime.loadQueue()
        events += runtime.drafts()
        if let localeWarning { events.append(.localeWarning(localeWarning)) }
        return settle(events: events)
    }

    public mutating func key(_ key: Key) -> Outcome { settle(app.handle(key)) }

    public mutating func resize(width: Int, height: Int) -> Outcome {
        var outcome = settle(events: [.resized(width: width, height: height)])
        outcome.redrawAll = true
        return outcome
    }

    /// Folds in what other consoles saved.
    public mutating func poll() -> Outcome { settle(events: runtime.pollChanges()) }

    /// Looks at the clock: after midnight the App is told the new day and the queue is read again, so its rules count
    /// from it. Costs a clock read when the day has not changed.
    public mutating func tick() -> Outcome {
        let today = runtime.service.clock.today
        guard today != app.context.today else { return Outcome() }
        return settle(events: [.newDay(today)] + runtime.loadQueue())
    }

    /// SIGHUP/SIGTERM: unsaved edits are written as a draft before the loop stops.
    public mutating func hangUp() -> Outcome { settle(events: [.hangUp]) }

    public func frame(width: Int, height: Int) -> Buffer { app.render(width: width, height: height) }

    private mutating func settle(events: [ConsoleEvent]) -> Outcome {
        var effects: [ConsoleEffect] = []
        for event in events { effects += app.apply(event) }
        return settle(effects)
    }

    /// Runs effects, feeding each answer back to the App, until nothing more is asked.
    private mutating func settle(_ first: [ConsoleEffect]) -> Outcome {
        var outcome = Outcome()
        var pending = first[...]
        while let effect = pending.popFirst() {
            switch effect {
            case .redraw: outcome.redrawAll = true
            case .quit: outcome.quit = true
            default:
                for event in runtime.run(effect) { pending.append(contentsOf: app.apply(event)) }
            }
        }
        return outcome
    }
}
