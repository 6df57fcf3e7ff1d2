import ArgumentParser
import CaseworkCore

struct PlacementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placement",
        abstract: "Record a household's stays in temporary accommodation (for H-CLIC's temporary accommodation section).",
        subcommands: [PlacementStart.self, PlacementEnd.self]
    )
}

struct PlacementStart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "The household moved into temporary accommodation.",
        usage: "casework placement start <ref> --type <type> --duty <duty> [<options>]")

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The kind of accommodation.")
    var type: PlacementType

    @Option(help: "The duty it is provided under: interim (s188), main (s193), other.")
    var duty: PlacementDuty

    @Option(help: ArgumentHelp("The day they moved in (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.startPlacement(caseRef.normalised, type: type, duty: duty, on: on ?? session.today,
                                                        expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): placement \(record.placements?.last?.id ?? 0) from \(on ?? session.today)")
    }
}

struct PlacementEnd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "The household left temporary accommodation.",
        usage: "casework placement end <ref> <placement> [<options>]")

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Argument(help: "The placement's number.")
    var placement: Int

    @Option(help: ArgumentHelp("The day they left (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.endPlacement(caseRef.normalised, id: placement, on: on ?? session.today, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): placement \(placement) ended on \(on ?? session.today)")
    }
}

struct DutyAccommodationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accommodation",
        abstract: "Record where the household lived when its last prevention or relief duty ended (H-CLIC ACCOM_PR / ACCOM_RE).",
        usage: "casework duty accommodation <ref> --type <type> [<options>]"
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The accommodation, in the application's types.")
    var type: AccommodationType

    @Option(help: "Which duty: prevention or relief (default: the last one ended).")
    var kind: DutyKind?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.recordAccommodationAtEnd(caseRef.normalised, type: type, of: kind, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): accommodation at the end recorded")
    }
}
