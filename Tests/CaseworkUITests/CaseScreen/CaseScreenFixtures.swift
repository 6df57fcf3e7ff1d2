import CaseworkCore
@testable import CaseworkUI

/// The demo personas as the case screen tests use them: refs given, a fixed day, the demo team.
enum CaseScreenFixtures {
    static let today = Day(iso: "2026-11-26")!

    static let cases: [Case] = DemoCaseload.cases(today: today).enumerated().map { index, record in
        var stored = record
        stored.ref = "H-" + Day.pad(index + 1, 4)
        stored.revision = 1
        return stored
    }

    /// A persona by the applicant's last name (Hafiz, Asante, Yılmaz, 陈, Warsame …).
    static func persona(_ lastName: String) -> Case {
        guard let record = cases.first(where: { $0.applicant.lastName == lastName }) else {
            preconditionFailure("no demo persona named \(lastName)")
        }
        return record
    }

    static func context(user: String = "priya") -> ConsoleContext {
        let staff = DemoStaff.directory
        return ConsoleContext(actor: Actor(staff.member(user)!), today: today, staff: staff, configuration: .standard,
                              meta: StoreMeta(dataset: .demo, name: "Watford demo", createdAt: Timestamp(day: today, secondOfDay: 0)))
    }

    static func screen(_ lastName: String = "Hafiz", user: String = "priya") -> CaseScreen {
        CaseScreen(record: persona(lastName), context: context(user: user))
    }

    /// Keys in the test notation, returning every outcome.
    @discardableResult
    /// The store's answers a screen alone cannot get are played here: every officer holds three open cases.
    static func press(_ keys: String, on screen: inout CaseScreen) -> [CaseScreenOutcome] {
        Key.sequence(keys).map { key in
            let outcome = screen.handle(key)
            guard case .request = outcome else { return outcome }
            return screen.receive(.caseloads(Dictionary(uniqueKeysWithValues: DemoStaff.directory.members.map { ($0.id, 3) })))
        }
    }

    /// The screen in the App's frame at a terminal size, with its keys and position on the bottom lines.
    static func framed(_ screen: CaseScreen, width: Int, height: Int, status: StatusLine? = nil) -> Buffer {
        var screen = screen
        let body = Frame.body(width: width, height: height)
        screen.layout(in: body)
        var line = status ?? StatusLine()
        line.position = screen.position
        let keys = [FunctionKeyBar.Item("F1", "Help")] + screen.barItems + [.init("F2", "Queue"), .init("F10", "Quit")]
        let actor = screen.sheet.context.actor
        let frame = Frame(title: TitleLine(dataSet: "Watford demo", isDemo: true, user: actor.name, role: actor.role.label, today: today),
                          keys: FunctionKeyBar(keys), status: line)
        return frame.render(width: width, height: height) { buffer, area in screen.renderWithOverlays(into: &buffer, area: area) }
    }
}

extension CaseScreen {
    /// A key as the App hands it to the screen.
    mutating func handle(_ key: Key) -> ScreenOutcome { handleKey(key) }

    /// The facts the tab on show walks through.
    var tabFacts: [Fact] { pane(FactsPane.self, on: tab)?.facts(sheet) ?? [] }
}
