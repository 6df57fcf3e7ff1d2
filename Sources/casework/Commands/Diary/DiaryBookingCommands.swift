import ArgumentParser
import CaseworkCore
import Foundation

struct DiaryBookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Book a case into a slot; prints the appointment number and the case's new revision.",
        usage: "casework diary book <ref> --slot <id> [--kind <kind>] [--emergency]",
        discussion: "Refused, with nothing written: a slot in the past, one that does not exist or falls on an absence, "
            + "closure or bank holiday, one another case holds (with its ref), an emergency slot more than a day ahead "
            + "without --emergency, a closed case, and a restricted case for staff not cleared for it."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument
    @OptionGroup var slot: SlotOption

    @Option(help: "The kind of appointment.")
    var kind: AppointmentKind = .assessmentInterview

    @Flag(help: "Book a slot kept for same-day emergencies more than a day ahead.")
    var emergency = false

    func run() throws {
        let session = try Session.open(global)
        let (record, appointment) = try session.service.book(caseRef.normalised, slot: slot.key, kind: kind, emergency: emergency)
        print("\(record.ref) revision \(record.revision): appointment \(appointment.id), \(DiaryText.describe(appointment, session: session))")
    }
}

struct DiaryMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a booked appointment to another slot (its calendar entry is updated, not duplicated).",
        usage: "casework diary move <ref> --appointment <n> --slot <id> [--emergency]"
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument
    @Option(help: "The appointment's number.") var appointment: Int
    @OptionGroup var slot: SlotOption
    @Flag(help: "Move into a slot kept for same-day emergencies more than a day ahead.") var emergency = false

    func run() throws {
        let session = try Session.open(global)
        let (record, moved) = try session.service.move(caseRef.normalised, appointment: appointment, to: slot.key, emergency: emergency)
        print("\(record.ref) revision \(record.revision): appointment \(moved.id) moved to \(DiaryText.describe(moved, session: session))")
    }
}

struct DiaryCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a booked appointment, with a reason; the slot is free again.",
        usage: "casework diary cancel <ref> --appointment <n> --reason <text>"
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument
    @Option(help: "The appointment's number.") var appointment: Int
    @Option(help: "Why it is cancelled (kept on the case, never in the calendar).") var reason: String

    func run() throws {
        let session = try Session.open(global)
        let (record, cancelled) = try session.service.cancel(caseRef.normalised, appointment: appointment, reason: reason)
        print("\(record.ref) revision \(record.revision): appointment \(cancelled.id) cancelled; \(cancelled.slot.id) is free")
    }
}

struct DiaryOutcomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outcome",
        abstract: "Record that an appointment was attended or missed.",
        usage: "casework diary outcome <ref> --appointment <n> (--attended | --missed) [--warn-contact | --no-warn-contact]",
        discussion: """
            A missed appointment raises an alert and lists the next free slots. On a second missed appointment in a row \
            the command asks whether the council should warn in writing that the duty may end if contact is lost: that \
            is never decided automatically. Record the decision with --warn-contact or --no-warn-contact (given alone \
            for an appointment already recorded as missed, only the decision is recorded).
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument
    @Option(help: "The appointment's number.") var appointment: Int
    @Flag(help: "The applicant came.") var attended = false
    @Flag(help: "The applicant did not come.") var missed = false
    @Flag(inversion: .prefixedNo, help: "After a missed appointment: record the decision on a contact warning.") var warnContact: Bool?

    func validate() throws {
        guard attended != missed else { throw ValidationError("give one of --attended or --missed") }
        if warnContact != nil, !missed { throw ValidationError("--warn-contact and --no-warn-contact go with --missed") }
    }

    func run() throws {
        let session = try Session.open(global)
        let done = try session.service.recordOutcome(caseRef.normalised, appointment: appointment, attended: attended,
                                                     warnContact: warnContact)
        let record = done.record
        if attended {
            print("\(record.ref) revision \(record.revision): appointment \(appointment) attended")
            return
        }
        print("\(record.ref) revision \(record.revision): appointment \(appointment) missed (\(done.missedInARow) in a row)")
        if done.asksAboutContactWarning {
            print("""
                This is the \(done.missedInARow == 2 ? "second" : "\(done.missedInARow)th") missed appointment in a row. Should the council warn in writing \
                that the duty may end if contact is lost? Nothing is decided automatically: record the decision with
                  casework diary outcome \(record.ref) --appointment \(appointment) --missed --warn-contact   (or --no-warn-contact)
                """)
        } else if let decision = done.appointment.contactWarning, warnContact != nil {
            print(decision ? "Recorded: the council will warn in writing about lost contact." : "Recorded: no contact warning for now.")
        }
        let diary = try DiaryContext.load(session)
        let summary = try diary.summary(record.ref)
        let offered = diary.allocator(diary.book).suggestions(for: SlotNeed(summary, evaluation: session.evaluate(summary)), limit: 3)
        guard !offered.isEmpty else { print("No free slot fits in the next \(diary.setup.settings.horizonWeeks) weeks."); return }
        print("Next free slots (casework diary book \(record.ref) --slot ID):")
        for suggestion in offered { print("  " + DiaryText.line(suggestion, diary: diary)) }
    }
}

struct DiaryArrangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrange",
        abstract: "Note an interview's interpreter and third party (support or social worker), and whether they are arranged.",
        usage: "casework diary arrange <ref> --appointment <n> [--interpreter <state>] [--third-party <kind>] [--third-party-arranged | --no-third-party-arranged]",
        discussion: "An amber alert warns from 2 working days before the appointment while either is needed and not arranged. "
            + "--third-party takes support-worker, social-worker, other or none."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument
    @Option(help: "The appointment's number.") var appointment: Int
    @Option(help: "not-needed, needed or arranged.") var interpreter: Arrangement?
    @Option(help: ArgumentHelp("Who else should come: support-worker, social-worker, other, or none.", valueName: "kind"))
    var thirdParty: String?
    @Flag(inversion: .prefixedNo, help: "Whether the third party is arranged.") var thirdPartyArranged: Bool?

    func validate() throws {
        if let thirdParty, thirdParty != "none", ThirdPartyKind(rawValue: thirdParty) == nil {
            throw ValidationError("--third-party: \"\(ControlCharacters.printable(thirdParty))\" is not one of: support-worker, social-worker, other, none")
        }
        if interpreter == nil, thirdParty == nil, thirdPartyArranged == nil {
            throw ValidationError("give --interpreter, --third-party or --third-party-arranged")
        }
    }

    func run() throws {
        let session = try Session.open(global)
        // nil leaves the third party as it is; .some(nil) says none is expected.
        var party: ThirdPartyKind?? = nil
        if let thirdParty { party = .some(ThirdPartyKind(rawValue: thirdParty)) }
        let (record, arranged) = try session.service.arrange(caseRef.normalised, appointment: appointment, interpreter: interpreter,
                                                             thirdParty: party, thirdPartyArranged: thirdPartyArranged)
        let partyText = arranged.thirdParty.map { "\($0.rawValue) \(arranged.thirdPartyArranged ? "arranged" : "not arranged")" } ?? "none"
        print("\(record.ref) revision \(record.revision): appointment \(arranged.id): interpreter \(arranged.interpreter.rawValue), third party \(partyText)")
    }
}

/// How the diary commands word appointments and suggestions.
enum DiaryText {
    static func describe(_ appointment: Appointment, session: Session) -> String {
        let officer = session.staff.name(of: appointment.officer) ?? appointment.officer
        let place = appointment.location.map { $0 == PatternSlot.phone ? "by phone" : ControlCharacters.printable($0) } ?? ""
        return "\(appointment.kind.label.lowercased()), \(appointment.on) \(appointment.start.clock)-\(appointment.end.clock) "
            + "with \(officer)" + (place.isEmpty ? "" : " (\(place))") + " [\(appointment.slot.id)]"
    }

    static func line(_ suggestion: SlotSuggestion, diary: DiaryContext) -> String {
        let slot = suggestion.slot
        return "\(slot.key.id)  \(slot.end.clock)  \(diary.name(slot.officer)): "
            + suggestion.reasons.map(\.text).joined(separator: "; ")
    }
}
