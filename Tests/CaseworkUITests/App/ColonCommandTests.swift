import CaseworkCore
@testable import CaseworkUI
import Testing

/// The `:` commands as typed, and what each one means.
@Suite struct ColonCommandTests {
    static let context = ConsoleFixture().context(as: "priya")

    @Test(arguments: [
        ("q", ColonCommand.quit), ("quit", .quit), ("help", .help), ("queue", .queue), ("open H-0042", .open(ref: "H-0042")),
        ("open h-0042", .open(ref: "H-0042")), ("open 42", .open(ref: "H-0042")), ("o 100123", .open(ref: "H-100123")),
        ("open h-42", .open(ref: "H-0042")), ("open H-4", .open(ref: "H-0004")), ("open H-00042", .open(ref: "H-0042")),
        ("mine", .mine), ("route refuge", .route(.refuge)), ("route young-people", .route(.youngPeople)),
        ("route Intens", .route(.intensive)), ("route all", .route(nil)), ("route", .route(nil)),
        ("status triage", .status(.triage)), ("status appointment-booked", .status(.appointmentBooked)),
        ("status in triage", .status(.triage)), ("status all", .status(nil)),
        ("officer tomasz", .officer(.assigned("tomasz"))), ("officer TOMASZ", .officer(.assigned("tomasz"))),
        ("officer none", .officer(.unassigned)), ("officer me", .officer(.assigned("priya"))), ("officer all", .officer(nil)),
        ("sort loss", .sort(.loss, ascending: true)), ("sort -loss", .sort(.loss, ascending: false)),
        ("sort days", .sort(.waiting, ascending: false)), ("sort -days", .sort(.waiting, ascending: true)),
        ("sort days asc", .sort(.waiting, ascending: true)), ("sort days reversed", .sort(.waiting, ascending: true)),
        ("sort name desc", .sort(.name, ascending: false)), ("sort rag", .sort(.mark, ascending: false)),
        ("sort", .sort(nil, ascending: true)), ("sort priority", .sort(nil, ascending: true)),
        ("  clear  ", .clear), ("reload", .reload), ("redraw", .redraw),
    ])
    func parses(line: String, command: ColonCommand) throws {
        #expect(try ColonCommand.parse(line, context: Self.context).get() == command)
    }

    @Test(arguments: [
        ("", "type a command after the colon"), ("fly", "unknown command :fly"), ("calendar", "unknown command :calendar"), ("open", ":open needs a case ref"),
        ("open kofi", "\"kofi\" is not a case reference; type it as H-0042, h-42 or 42"),
        ("open H-42X", "\"H-42X\" is not a case reference"), ("open H-", "\"H-\" is not a case reference"),
        ("route moon", "no route 'moon'; use refuge, young-people, intensive, council or all"),
        ("status closed", "Closed cases are not in the triage queue"), ("status nonsense", "no status 'nonsense'"),
        ("officer zed", "no officer 'zed'"), ("sort loss sideways", ":sort takes a column"), ("sort mood", "no column 'mood'"),
    ])
    func refuses(line: String, problem: String) {
        guard case .failure(let found) = ColonCommand.parse(line, context: Self.context) else {
            Issue.record("\(line) should be refused")
            return
        }
        #expect(found.description.hasPrefix(problem))
    }

    @Test func everySortableColumnHasACommandWord() {
        for column in QueueColumn.allCases {
            #expect(QueueColumn(command: column.command) == column)
        }
    }
}
