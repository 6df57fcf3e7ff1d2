import CaseworkCore
import Foundation

/// Everything a command needs, wired once: the store, the clock, who is acting and the rules' settings.
struct Session {
    let location: URL
    let store: JSONFileStore
    let clock: Clock
    let actor: Actor
    let configuration: RuleConfiguration
    /// Read once at open: the actor, `--officer` and the names shown all come from it.
    let staff: StaffDirectory

    var service: CaseService { CaseService(store: store, clock: clock, actor: actor, configuration: configuration) }
    var today: Day { clock.today }

    /// Opens the caseload; with `createDemo`, a missing (or empty) data directory becomes a new demo caseload.
    /// Without `readingRules` the defaults stand in for `rules.json`, for `doctor`, which reports the file itself.
    static func open(_ options: GlobalOptions, createDemo: Bool = false, readingRules: Bool = true) throws -> Session {
        let clock = try options.clock()
        let location = options.location
        let store: JSONFileStore
        if JSONFileStore.isVacant(location) {
            guard createDemo else {
                throw CommandFailure("no caseload at \(location.path); run `casework` or `casework demo reset` to create the demo there")
            }
            store = try DemoSetup.create(at: location, clock: clock)
            StandardStreams.error("Created a demo caseload in \(location.path)\n")
        } else {
            store = try JSONFileStore.open(at: location, clock: clock)
            // The store rebuilds a lost index itself; the person hears of it, and of any case file it could not read.
            if let rebuilt = store.rebuiltIndex {
                StandardStreams.error("casework: \(rebuilt.notice)\n")
            }
        }
        let staff = try store.staff()
        let actor = try ActorResolution.resolve(login: options.login, requested: options.requestedUser, staff: staff,
                                                dataset: store.meta.dataset)
        if actor.isDemoStandIn, !createDemo {
            warn("'\(actor.id)' is not on the demo's staff list; acting as a demo manager (use --user priya, helen, …)")
        }
        let configuration = readingRules ? try store.ruleConfiguration() : .standard
        return Session(location: location, store: store, clock: clock, actor: actor, configuration: configuration, staff: staff)
    }

    /// An officer named on the command line: `me` is whoever is acting, anyone else must be in the staff directory.
    func officer(_ id: String) throws -> String {
        if id == "me" { return actor.id }
        guard staff.member(id) != nil else {
            throw CommandFailure("no officer '\(id)' in the staff directory (use a staff id, or me)")
        }
        return id
    }

    func evaluate(_ summary: CaseSummary) -> CaseEvaluation {
        CaseRules.evaluate(summary, today: today, configuration: configuration)
    }
}

enum DemoSetup {
    static let actor = Actor(id: "demo-setup", name: "Demo set-up", role: .manager, restrictedAccess: true)

    static func create(at location: URL, clock: Clock) throws -> JSONFileStore {
        let meta = StoreMeta(dataset: .demo, name: "Watford Housing Options (demo)", createdAt: clock.now())
        let store = try JSONFileStore.create(at: location, meta: meta, staff: DemoStaff.directory, clock: clock)
        let demo = DemoDiary.caseload(today: clock.today)
        try store.saveDiarySetup(demo.setup, expectedRevision: 0, by: actor)
        _ = try store.create(demo.cases, by: actor)
        try store.completeDiaryClaims()
        return store
    }
}
