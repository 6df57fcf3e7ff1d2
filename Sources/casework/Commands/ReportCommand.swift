import ArgumentParser
import CaseworkCore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The manager's dashboard and the quarterly H-CLIC return.",
        subcommands: [DashboardReport.self, HCLICReport.self]
    )
}

struct DashboardReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "The manager's dashboard: every number with the cases behind it.",
        usage: "casework report dashboard [<options>]",
        discussion: """
            For a manager: their team's cases (everyone's for a manager no one else manages) and the cases not yet \
            assigned. Per caseworker: open cases, active prevention and relief duties, cases with red and amber alerts, \
            plans not agreed after the alert's working days, plan reviews overdue, no action for 28 days; duties whose \
            last day is within 7 days; this quarter's outcomes; presentations against interviews held by week; H-CLIC \
            readiness; and "good or not good enough?" by quarter. Windows are set in monitoring.json.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON, each number as {count, refs}.")
    var json = false

    func run() throws {
        let session = try Session.open(global)
        let snapshot = try session.store.summaries()
        for problem in snapshot.problems { warn(problem.description) }
        let dashboard = try Dashboard.build(snapshot.summaries, manager: session.actor, monitor: try session.monitor())
        if json {
            StandardStreams.json(Array(DashboardListing.json(dashboard, staff: session.staff).utf8))
        } else {
            StandardStreams.out(DashboardListing.text(dashboard, staff: session.staff))
        }
    }
}

struct HCLICReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hclic",
        abstract: "Write a quarter's H-CLIC return: nine CSV files and validation.csv.",
        usage: "casework report hclic --quarter <YYYYQn> --out <dir> [<options>]",
        discussion: """
            For managers, and audited. Writes main.csv, people.csv, support.csv, prevention.csv, relief.csv, \
            final-duties.csv, assistance.csv, temporary-accommodation.csv and reviews.csv, joined by a case id that is \
            not the council's ref, with the cases the quarter includes; and validation.csv, every error and warning \
            per case and field (with the ref, for the council's own use: it is not part of the return). The same data \
            give the same bytes; a quarter with no cases gives the headers alone. Personal identifiers (names, dates of \
            birth, NI number) go to personal.csv only with --with-personal-data. Quarters are calendar quarters: \
            2026Q3 is July to September 2026. Code lists: hclic/codes.json in the data directory, or Casework's own.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The quarter, e.g. 2026Q3.", valueName: "YYYYQn"))
    var quarter: String

    @Option(help: ArgumentHelp("The directory to write into (made if missing).", valueName: "dir"))
    var out: String

    @Flag(help: "Also write personal.csv with names, dates of birth and NI numbers.")
    var withPersonalData = false

    func validate() throws {
        guard Quarter(quarter) != nil else {
            throw ValidationError("--quarter: \"\(quarter)\" is not a quarter (use YYYYQ1 to YYYYQ4 from 2018, e.g. 2026Q3)")
        }
        if out.isEmpty { throw ValidationError("--out: empty; use a directory") }
    }

    func run() throws {
        let session = try Session.open(global)
        guard session.actor.role == .manager else { throw CommandFailure(ManagersOnly.returnIsForManagers.description) }
        let period = Quarter(quarter)!
        guard period <= Quarter(containing: session.today) else { throw CommandFailure("\(period) has not begun") }
        let codes = try HCLICCodes.load(fromDataDirectory: session.location)
        let snapshot = try session.store.summaries()
        for problem in snapshot.problems { warn(problem.description) }
        let caseId = HCLICCaseId(key: try session.store.reportingKey())
        let report = HCLICReturn(summaries: snapshot.summaries, quarter: period, codes: codes, caseId: caseId)
        let directory = try ExportDirectory(path: (out as NSString).expandingTildeInPath)
        // Recorded before anything is written: a return that fails half-way was still attempted by this manager.
        try session.store.auditReport("hclic-\(period)", by: session.actor,
                                      action: withPersonalData ? "hclic-return-with-personal-data" : "hclic-return")
        for file in report.files { try directory.write(file.name, file.bytes) }
        if withPersonalData {
            let records = try report.cases.map { (id: $0.id, record: try session.store.load($0.ref)) }
            try directory.write(HCLICReturn.personalFile, HCLICReturn.personalFile(records))
        } else if try directory.remove(HCLICReturn.personalFile) {
            // An earlier run's names must not travel with a return made without them.
            warn("removed \(HCLICReturn.personalFile) left in \(directory.path) by an earlier run with --with-personal-data")
        }
        let files = report.files.count + (withPersonalData ? 1 : 0)
        print("\(period): \(report.cases.count) case\(report.cases.count == 1 ? "" : "s"), \(report.errorCount) error"
              + "\(report.errorCount == 1 ? "" : "s") and \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s") "
              + "in \(HCLICReturn.validationFile) (codes \(codes.version)); \(files) files in \(directory.path)")
    }
}
