import ArgumentParser
import CaseworkCore

struct PlanStepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Add a step, or record one done, not done, referred or refused.",
        subcommands: [PlanStepAdd.self, PlanStepDone.self, PlanStepNotDone.self, PlanStepReferred.self]
    )
}

struct PlanStepAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a step for the applicant (required or recommended) or the council.",
        usage: "casework plan step add <ref> --owner <owner> --text <text> [--due <date>] [--partner <id>]",
        discussion: """
            --standard ID takes the text, owner and usual due date from the council's library of standard steps \
            (see `casework plan partners --steps`); --owner, --text and --due still override it. A partner's usual \
            cost goes with the step. After the plan is agreed the step makes a new version.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "applicant-required, applicant-recommended or council.")
    var owner: StepOwner?

    @Option(help: "What is to be done.")
    var text: String?

    @Option(help: ArgumentHelp("When it is due.", valueName: "YYYY-MM-DD"))
    var due: Day?

    @Option(help: ArgumentHelp("A partner from the directory: the step is a referral to it.", valueName: "id"))
    var partner: String?

    @Option(help: ArgumentHelp("A step from the council's library.", valueName: "id"))
    var standard: String?

    func validate() throws {
        if standard == nil, owner == nil || text == nil {
            throw ValidationError("--owner and --text are required (or --standard with a step from the library)")
        }
    }

    func run() throws {
        let session = try Session.open(global)
        var owner = owner, text = text, due = due
        if let standard {
            let library = try session.service.stepLibrary()
            guard let step = library.steps.first(where: { $0.id == standard }) else {
                throw CommandFailure("no standard step '\(standard)' in \(library.source) (see `casework plan partners --steps`)")
            }
            owner = owner ?? step.owner
            text = text ?? step.text
            due = due ?? step.dueInDays.map { session.today.adding(days: $0) }
        }
        let (record, step) = try session.service.addStep(caseRef.normalised, owner: owner!, text: text!, dueOn: due, partner: partner,
                                                         expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): step \(step.id) added to plan version \(record.plan?.version ?? 1)")
    }
}

struct PlanStepDone: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Record a step as done.",
                                                    usage: "casework plan step done <ref> <n> [--on <date>]")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Argument(help: ArgumentHelp("The step's number, as `plan show` lists it.", valueName: "n"))
    var step: Int

    @Option(help: ArgumentHelp("The day it was done (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.markStepDone(caseRef.normalised, step: step, on: on, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): step \(step) done on \(on ?? session.today)")
    }
}

struct PlanStepNotDone: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "not-done", abstract: "Record a step as not done, with the reason.",
                                                    usage: "casework plan step not-done <ref> <n> --reason <text>")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Argument(help: ArgumentHelp("The step's number.", valueName: "n"))
    var step: Int

    @Option(help: "Why it was not done.")
    var reason: String

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.markStepNotDone(caseRef.normalised, step: step, reason: reason, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): step \(step) not done")
    }
}

struct PlanStepReferred: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "referred", abstract: "Record that a step's referral went to its partner.",
                                                    usage: "casework plan step referred <ref> <n> [--on <date>]")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Argument(help: ArgumentHelp("The step's number.", valueName: "n"))
    var step: Int

    @Option(help: ArgumentHelp("The day it was sent (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.markReferralSent(caseRef.normalised, step: step, on: on, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): referral for step \(step) sent on \(on ?? session.today)")
    }
}
