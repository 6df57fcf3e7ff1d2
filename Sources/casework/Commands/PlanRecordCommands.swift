import ArgumentParser
import CaseworkCore

extension SupportNeed: ExpressibleByArgument {}

struct PlanAssess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Record or change the s189A assessment: why, housing needs, support needs.",
        usage: "casework plan assess <ref> [<options>]",
        discussion: "Only the parts given change. After the plan is agreed a change makes a new version."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "Why the household became homeless or is threatened (H-CLIC reason).")
    var reason: LossReason?

    @Option(help: "What happened, in the officer's words.")
    var circumstances: String?

    @Option(help: "What accommodation would be suitable.")
    var housingNeeds: String?

    @Option(help: "Bedrooms the household needs (0 for a studio).")
    var bedrooms: Int?

    @Option(help: "Where the household could live.")
    var area: String?

    @Option(help: "Access needs (step-free, adaptations).")
    var accessNeeds: String?

    @Option(parsing: .upToNextOption, help: "H-CLIC support-need categories (several).")
    var supportNeeds: [SupportNeed] = []

    @Option(help: "The support needed to get and keep a home.")
    var support: String?

    @Option(help: ArgumentHelp("The day the assessment was completed (default today, or as recorded).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.assess(caseRef.normalised, expectedRevision: nil) { assessment in
            if let reason { assessment.reasonForLoss = reason }
            if let circumstances { assessment.circumstances = circumstances }
            if let housingNeeds { assessment.housingNeeds = housingNeeds }
            if let bedrooms { assessment.bedroomsNeeded = bedrooms }
            if let area { assessment.area = area }
            if let accessNeeds { assessment.accessNeeds = accessNeeds }
            if !supportNeeds.isEmpty { assessment.supportNeeds = SupportNeeds(supportNeeds) }
            if let support { assessment.supportNeeded = support }
            if let on { assessment.completedOn = on }
        }
        print("\(record.ref) revision \(record.revision): assessment recorded (plan version \(record.plan?.version ?? 1))")
    }
}

struct PlanReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Set the review date, or record a review done with a note (s189A(9)).",
        usage: "casework plan review <ref> (--due <date> | --done --note <text> [--next <date>] [--on <date>])"
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: ArgumentHelp("When the plan is next reviewed.", valueName: "YYYY-MM-DD"))
    var due: Day?

    @Flag(help: "Record a review done.")
    var done = false

    @Option(help: "What the review found (with --done).")
    var note: String?

    @Option(help: ArgumentHelp("The next review (with --done).", valueName: "YYYY-MM-DD"))
    var next: Day?

    @Option(help: ArgumentHelp("The day of the review (with --done; default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func validate() throws {
        if done {
            if due != nil { throw ValidationError("--due sets a review date; with --done use --next for the next one") }
            if note == nil { throw ValidationError("--done needs --note: say what the review found") }
        } else {
            if due == nil { throw ValidationError("give --due DATE, or --done --note TEXT") }
            if note != nil || next != nil || on != nil { throw ValidationError("--note, --next and --on go with --done") }
        }
    }

    func run() throws {
        let session = try Session.open(global)
        if done {
            let record = try session.service.recordPlanReview(caseRef.normalised, note: note ?? "", on: on, nextDueOn: next,
                                                              expectedRevision: nil)
            print("\(record.ref) revision \(record.revision): plan review recorded")
        } else {
            let record = try session.service.setPlanReview(caseRef.normalised, dueOn: due, expectedRevision: nil)
            print("\(record.ref) revision \(record.revision): plan review due on \(due!)")
        }
    }
}

