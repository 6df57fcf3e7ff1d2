import ArgumentParser
import CaseworkCore
import Foundation

extension StepOwner: ExpressibleByArgument {}
extension PlanLetterFormat: ExpressibleByArgument {}
extension LossReason: ExpressibleByArgument {}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The s189A assessment and personalised housing plan: steps, agreement, versions, the letter.",
        discussion: """
            Until the plan is first agreed (or recorded as not agreed) it is a draft changed in place; after that \
            every change makes a new version, and a version already notified in writing asks for a new notification \
            (s189A(11)). Every command that changes the case prints its new revision.
            """,
        subcommands: [PlanShow.self, PlanStepCommand.self, PlanAssess.self, PlanAgree.self, PlanDisagree.self,
                      PlanReviewCommand.self, PlanLetterCommand.self, PlanPartners.self]
    )
}

struct PlanShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the plan, or an earlier version of it.",
                                                    usage: "casework plan show <ref> [--version <n>] [--json]")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: ArgumentHelp("An earlier version (default the current one).", valueName: "n"))
    var version: Int?

    @Flag(help: "Print {version, agreedOn, notAgreedReason, reviewDueOn, notifiedOn, steps, totalCost, versions}.")
    var json = false

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.open(caseRef.normalised)
        let plan = record.plan ?? Plan()
        let number = version ?? plan.version
        guard let content = record.planContent(version: number) else {
            throw CommandFailure(PlanRefusal.noSuchVersion(number, current: plan.version).description)
        }
        if json {
            try writeJSON(PlanShowJSON(plan: plan, version: number, content: content))
        } else {
            let text = PlanText.render(record, version: number, content: content, staff: session.staff,
                                       partners: try session.service.partnerDirectory(), today: session.today)
            print(ControlCharacters.printable(text, keepingLineBreaks: true))
        }
    }
}

struct PlanAgree: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "agree", abstract: "Record the plan as agreed with the applicant (s189A(4)).",
                                                    usage: "casework plan agree <ref> [--on <date>]")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: ArgumentHelp("The day it was agreed (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.agreePlan(caseRef.normalised, on: on, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): plan version \(record.plan?.version ?? 1) agreed on \(on ?? session.today)")
    }
}

struct PlanDisagree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disagree",
        abstract: "Record that the applicant does not agree, with their reason (s189A(5)–(6)).",
        usage: "casework plan disagree <ref> --reason <text> [--on <date>]",
        discussion: "The plan's steps then stand as those the council considers reasonable."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "Why the applicant does not agree.")
    var reason: String

    @Option(help: ArgumentHelp("The day (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.disagreePlan(caseRef.normalised, reason: reason, on: on, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): plan version \(record.plan?.version ?? 1) recorded as not agreed")
    }
}

struct PlanLetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Write the plan letter and record it as sent today.",
        usage: "casework plan letter <ref> [--version <n>] --format text|html --out <file>|-",
        discussion: """
            Text fits 72 columns; HTML prints on A4 with no script and nothing fetched from outside. The letter for \
            the current version records that version as notified in writing. With --out - the letter goes to \
            standard output and the revision line to standard error.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: ArgumentHelp("An earlier version (default the current one).", valueName: "n"))
    var version: Int?

    @Option(help: "text or html.")
    var format: PlanLetterFormat

    @Option(help: ArgumentHelp("Where to write it; - for standard output.", valueName: "file"))
    var out: String

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out needs a file, or - for standard output") }
    }

    func run() throws {
        let session = try Session.open(global)
        let (record, number) = try session.service.sendPlanLetter(caseRef.normalised, version: version, format: format) { text in
            if out == "-" {
                StandardStreams.out(text)
            } else {
                try ExportFile.write(text, to: out)
            }
        }
        let line = "\(record.ref) revision \(record.revision): plan letter (version \(number)) written and recorded as sent\n"
        if out == "-" { StandardStreams.error(line) } else { StandardStreams.out(line) }
    }
}

struct PlanPartners: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "partners",
                                                    abstract: "List the directory of partners and the standard steps.",
                                                    usage: "casework plan partners [--steps]")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "List the library of standard steps instead.")
    var steps = false

    func run() throws {
        let session = try Session.open(global)
        if steps {
            let library = try session.service.stepLibrary()
            print("Standard steps (\(library.source))")
            for step in library.steps {
                let due = step.dueInDays.map { ", due in \($0) days" } ?? ""
                print("  \(step.id)  [\(step.owner.rawValue)\(due)]  \(step.text)")
            }
        } else {
            let directory = try session.service.partnerDirectory()
            print("Partners (\(directory.source))")
            for partner in directory.partners {
                print("  \(partner.id)  \(partner.name) (\(partner.kind.label)), usually \(partner.usualCost.formatted(wholePoundsShort: false))"
                    + (partner.costBasis.map { " \($0)" } ?? ""))
            }
        }
    }
}
