import CaseworkCore
@testable import CaseworkUI

/// The demo caseload in a memory store, and sessions on it as any member of the demo team.
struct ConsoleFixture {
    static let today = Day(year: 2026, month: 6, day: 15)!
    /// Every store write in the tests happens at 10:14.
    static let clock = Clock.fixed(today, secondOfDay: 10 * 3600 + 14 * 60)
    static let meta = StoreMeta(dataset: .demo, name: "Watford housing options", createdAt: Timestamp(day: today, secondOfDay: 0))

    let store: MemoryStore
    /// What stamps the store's writes and the sessions' drafts.
    let clock: Clock

    init(cases: [Case] = DemoCaseload.cases(today: ConsoleFixture.today), meta: StoreMeta = ConsoleFixture.meta,
         clock: Clock = ConsoleFixture.clock) {
        self.clock = clock
        store = MemoryStore(meta: meta, staff: DemoStaff.directory, clock: clock, cases: cases)
    }

    func context(as user: String) -> ConsoleContext {
        let actor = try! ActorResolution.resolve(login: user, requested: nil, staff: DemoStaff.directory, dataset: store.meta.dataset)
        return ConsoleContext(actor: actor, today: clock.today, staff: DemoStaff.directory,
                              configuration: .standard, meta: store.meta)
    }

    /// The real case screen, for the tests that drive it through the App.
    static let caseScreen: ConsoleApp.CaseViewMaker = { CaseScreen(record: $0, context: $1) }

    /// A started session at a size; the case screen is played by `ScriptedCase` unless another is given.
    func session(as user: String = "priya", width: Int = 80, height: Int = 24, localeWarning: String? = nil,
                 caseScreen: @escaping ConsoleApp.CaseViewMaker = ScriptedCase.init,
                 screens: [ScreenEntry] = ScreenRegistry.entries) -> ConsoleDriver {
        let context = context(as: user)
        var session = ConsoleDriver(app: ConsoleApp(context: context, makeCaseView: caseScreen, entries: screens),
                                     runtime: ConsoleRuntime(store: store, clock: clock, context: context))
        _ = session.start(width: width, height: height, localeWarning: localeWarning)
        return session
    }

    /// A session that edited H-0002 and was killed by a signal, leaving a draft for the next start.
    func leaveDraft(as user: String = "priya") {
        var session = session(as: user)
        session.type(":open 2<Enter>e")
        _ = session.hangUp()
    }

    /// `user` has H-0002 open (then types `keys`) when a manager, at another console, records domestic abuse on it and
    /// passes it to the refuge caseworker; the poll that notices has run.
    func restrictedWhileOpen(as user: String, keys: String = "") throws -> ConsoleDriver {
        var session = session(as: user)
        session.type(":open 2<Enter>" + keys)
        try store.saveAsOtherOfficer("H-0002", by: "helen") {
            $0.domesticAbuse = true
            $0.restricted = true
            $0.assignedOfficer = "ruth"
        }
        _ = session.poll()
        return session
    }

    /// The ref of the first demo case whose applicant has this first name.
    func ref(of firstName: String) -> String {
        try! store.summaries().summaries.first { $0.firstName == firstName }!.ref
    }
}

extension ConsoleDriver {
    /// Types keys in the test notation; the outcome of the last one.
    @discardableResult
    mutating func type(_ notation: String) -> Outcome {
        var last = Outcome()
        for key in Key.sequence(notation) {
            let outcome = self.key(key)
            last.quit = last.quit || outcome.quit
            last.redrawAll = last.redrawAll || outcome.redrawAll
        }
        return last
    }

    var screenText: String { frame(width: app.width, height: app.height).lines.joined(separator: "\n") }
    /// The screen's words with every run of spaces and line breaks as one space, for text wrapped over lines.
    var screenWords: String { screenText.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }
}
