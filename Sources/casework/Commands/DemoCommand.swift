import ArgumentParser
import CaseworkCore
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create the demo caseload, or a large synthetic one for scale tests.",
        subcommands: [DemoReset.self, DemoGenerate.self]
    )
}

struct DemoReset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Replace the data directory with a fresh demo caseload (the personas plus generated cases).",
        usage: "casework demo reset [<options>]",
        discussion: "Refuses to touch a directory that holds a live caseload or anything that is not a caseload."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let clock = try global.clock()
        let location = global.location
        try JSONFileStore.removeDemo(at: location, clock: clock)
        let store = try DemoSetup.create(at: location, clock: clock)
        let count = try store.summaries().summaries.count
        print("Demo caseload of \(count) cases created in \(location.path)")
    }
}

struct DemoGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Replace the data directory with N synthetic cases at every stage (deterministic for a seed).",
        usage: "casework demo generate --cases <cases> [<options>]",
        discussion: "Each case is 4-8 KB of JSON with plans, timelines and appointments. Use --data-dir to keep the demo."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many cases to generate.")
    var cases: Int

    @Option(help: "The seed: the same seed and --today give the same caseload.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Spread the applications over this many years, most of them closed, as in a council's "
        + "records (about 6% open over five years); 0, the default, makes every case one being worked now.", valueName: "years"))
    var years = 0

    func validate() throws {
        guard (1...2_000_000).contains(cases) else { throw ValidationError("--cases must be between 1 and 2,000,000") }
        // Eight years at most: the Act's duties began in April 2018.
        guard (0...8).contains(years) else { throw ValidationError("--years must be between 0 and 8") }
    }

    func run() throws {
        let clock = try global.clock()
        let location = global.location
        try JSONFileStore.removeDemo(at: location, clock: clock)
        let staff = DemoStaff.directory(forCases: cases)
        let meta = StoreMeta(dataset: .demo, name: "Synthetic caseload (seed \(seed))", createdAt: clock.now())
        let store = try JSONFileStore.create(at: location, meta: meta, staff: staff, clock: clock)
        var generator = CaseGenerator(seed: seed, today: clock.today, staff: staff, historyYears: years)
        // A year of bookings for up to 40 caseworkers' diaries, none two in one slot.
        let diary = DemoDiary.setup(for: staff)
        try store.saveDiarySetup(diary, expectedRevision: 0, by: DemoSetup.actor)
        var placement = DiaryPlacement(setup: diary, staff: staff, today: clock.today, seed: seed)
        var written = 0
        let elapsed = try ContinuousClock().measure {
            written = try store.bulkCreate((0..<cases).lazy.map { _ in
                var record = generator.next()
                placement.place(&record)
                return record
            }, by: DemoSetup.actor)
            try store.completeDiaryClaims()
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("Generated \(written) cases in \(location.path) (\(String(format: "%.1f", seconds)) s)")
    }
}
