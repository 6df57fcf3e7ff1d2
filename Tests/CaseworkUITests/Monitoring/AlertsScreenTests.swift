import CaseworkCore
import Testing
@testable import CaseworkUI

extension ConsoleDriver {
    var alerts: AlertsScreen? { app.screens[.alerts] as? AlertsScreen }
}

/// The alerts screen (F5) on the demo caseload of 15 June 2026: whose alerts each person sees, the groups and their
/// counts, the filters, Enter on the tab the alert concerns, and acknowledging and snoozing through the store.
@Suite struct AlertsScreenTests {
    @Test(arguments: [(80, 24, "amara"), (160, 48, "helen")])
    func snapshots(width: Int, height: Int, user: String) {
        var session = ConsoleFixture().session(as: user, width: width, height: height)
        session.type("<F5>")
        expectSnapshot(session.frame(width: width, height: height), "alerts-\(width)x\(height)")
    }

    @Test func aCaseworkerSeesHerOwnAndHerTeamsNeverEveryones() throws {
        var session = ConsoleFixture().session(as: "amara")
        session.type("<F5>")
        let screen = try #require(session.alerts)
        #expect(screen.scope == .mine && !screen.shown.isEmpty)
        #expect(screen.shown.allSatisfy { screen.lines![$0].item.officer == "amara" })
        session.type("s")
        #expect(session.alerts?.scope == .team)
        #expect(Set(session.alerts!.lines!.compactMap(\.item.officer)).isSubset(of: DemoStaff.directory.team(of: "amara")))
        session.type("s")
        #expect(session.alerts?.scope == .mine, "a caseworker goes round mine and team only")
        session.type("d")
        #expect(session.screenText.contains("The dashboard is for managers"))
    }

    /// Ruth's refuge cases are restricted: Amara, in the same team and not cleared, sees none of their alerts, and is
    /// told how many cases were left out.
    @Test func restrictedCasesAlertsAreLeftOutAndCounted() throws {
        let fixture = ConsoleFixture()
        let amara = Actor(DemoStaff.directory.member("amara")!)
        let hidden = try fixture.store.summaries().summaries.filter { $0.assignedOfficer == "ruth" && !CaseAccess.mayView($0, as: amara) }
        #expect(!hidden.isEmpty)
        var session = fixture.session(as: "amara")
        session.type("<F5>s")
        let screen = try #require(session.alerts)
        #expect(screen.withheld == hidden.count)
        #expect(!(screen.lines ?? []).contains { line in hidden.contains { $0.ref == line.item.ref } })
        #expect(session.screenText.contains("\(hidden.count) restricted case"))
        var ruth = fixture.session(as: "ruth")
        ruth.type("<F5>")
        #expect(ruth.alerts?.withheld == 0 && ruth.alerts?.lines?.contains { $0.item.ref == hidden[0].ref } == true)
    }

    @Test func filtersByTypeOfficerAndText() throws {
        var session = ConsoleFixture().session(as: "helen")
        session.type("<F5>")
        let all = try #require(session.alerts?.shown.count)
        session.type("t")
        let kind = try #require(session.alerts?.kind)
        #expect(session.alerts!.shown.allSatisfy { session.alerts!.lines![$0].item.kind == kind })
        #expect(session.screenText.contains("type: " + kind.label))
        session.type("<Esc>o")
        let officer = try #require(session.alerts?.officer)
        #expect(session.alerts?.kind == nil && session.alerts!.shown.allSatisfy { session.alerts!.lines![$0].item.officer == officer })
        session.type("<Esc>/fadumo")
        #expect(session.alerts!.shown.count < all && session.alerts!.shown.allSatisfy { session.alerts!.lines![$0].name == "Fadumo Warsame" })
        session.type("<Esc>")
        #expect(session.alerts?.shown.count == all)
    }

    @Test func enterOpensTheCaseOnTheTabTheAlertConcerns() throws {
        var session = ConsoleFixture().session(as: "amara", caseScreen: ConsoleFixture.caseScreen)
        session.type("<F5>")
        let screen = try #require(session.alerts)
        let index = try #require(screen.shown.firstIndex { screen.lines![$0].item.kind == .documentsMissing })
        session.type(String(repeating: "j", count: index) + "<Enter>")
        let opened = try #require(session.app.openCase as? CaseScreen)
        #expect(opened.ref == screen.lines![screen.shown[index]].item.ref && opened.tab == .documents)
        session.type("<Esc>")
        #expect(session.app.showing == .alerts, "Esc goes back to the alerts")
    }

    /// Acknowledge with a note: stored with the alert's fingerprint, shown as acknowledged; then a new fact (a later step
    /// overdue, saved at another console) raises it again.
    @Test func acknowledgeRoundTrip() throws {
        let fixture = ConsoleFixture()
        var session = fixture.session(as: "amara")
        session.type("<F5>")
        let screen = try #require(session.alerts)
        let index = try #require(screen.shown.firstIndex { screen.lines![$0].item.kind == .planStepOverdue })
        let target = screen.lines![screen.shown[index]].item
        session.type(String(repeating: "j", count: index) + "a")
        expectSnapshot(session.frame(width: 80, height: 24), "alerts-acknowledge-80x24")
        session.type("Landlord called back<Enter>")
        #expect(session.screenText.contains("Acknowledged plan step overdue on \(target.ref)"))
        let stored = try #require(try fixture.store.load(target.ref).alertResponses?.last)
        #expect(stored.action == .acknowledged && stored.fingerprint == target.fingerprint && stored.note == "Landlord called back"
                && stored.by == "amara")
        let after = try #require(session.alerts?.lines?.first { $0.item.ref == target.ref && $0.item.kind == .planStepOverdue })
        guard case .acknowledged = after.item.state else { Issue.record("not acknowledged"); return }
        #expect(session.screenText.contains("ack'd"))
        #expect(session.screenText.contains("Acknowledged by Amara Okafor on 15 Jun 2026: Landlord called back"),
                "the line under the list says who, when and the note of the selected alert")
        #expect(session.screenText.contains("R\(session.app.alertTally.total.red) A\(session.app.alertTally.total.amber)"))

        try fixture.store.saveAsOtherOfficer(target.ref, by: "helen") { record in
            record.plan?.steps.append(PlanStep(id: 99, owner: .council, text: "Chase the deposit scheme", dueOn: ConsoleFixture.today.adding(days: -5)))
        }
        _ = session.poll()
        let back = try #require(session.alerts?.lines?.first { $0.item.ref == target.ref && $0.item.kind == .planStepOverdue })
        #expect(back.item.state == .open, "a new overdue step is a new fact: the alert is raised again")
    }

    @Test func snoozeRoundTripAndItsRefusals() throws {
        let fixture = ConsoleFixture()
        var session = fixture.session(as: "amara")
        session.type("<F5>")
        let target = try #require(session.alerts?.selectedLine?.item)
        session.type("ztoday<Tab>Waiting for the landlord<Enter>")
        #expect(session.screenText.contains("a snooze lasts at least until tomorrow"))
        #expect(try fixture.store.load(target.ref).alertResponses == nil, "nothing written")
        // The refusal put the cursor on the day.
        session.type("<C-u>+3<Enter>")
        #expect(session.screenText.contains("Snoozed"))
        let stored = try #require(try fixture.store.load(target.ref).alertResponses?.last)
        #expect(stored.action == .snoozed && stored.until == ConsoleFixture.today.adding(days: 3) && stored.note == "Waiting for the landlord")
        #expect(session.alerts?.shown.contains { session.alerts!.lines![$0].item.fingerprint == target.fingerprint
            && session.alerts!.lines![$0].item.ref == target.ref } == false, "hidden while snoozed")
        session.type("v")
        #expect(session.screenText.contains("snoozed"))
    }
}

/// The manager's dashboard: every number opens the cases behind it.
@Suite struct DashboardScreenTests {
    @Test(arguments: [(80, 24), (160, 48)])
    func snapshots(width: Int, height: Int) {
        var session = ConsoleFixture().session(as: "helen", width: width, height: height)
        session.type("<F5>d")
        expectSnapshot(session.frame(width: width, height: height), "dashboard-\(width)x\(height)")
    }

    @Test func aNumberOpensItsCasesAndACaseOpensFromThere() throws {
        var session = ConsoleFixture().session(as: "helen", caseScreen: ConsoleFixture.caseScreen)
        session.type("<F5>d")
        let page = try #require(session.alerts?.dashboard)
        // Amara's plans not agreed: her row, the sixth number.
        let figure = try #require(page.figures.firstIndex { $0.title == "Plans not agreed · Amara Okafor" })
        session.type(String(repeating: "l", count: figure))
        #expect(session.alerts?.dashboard?.selected?.title == "Plans not agreed · Amara Okafor")
        let refs = try #require(session.alerts?.dashboard?.selected?.refs)
        #expect(!refs.isEmpty)
        session.type("<Enter>")
        expectSnapshot(session.frame(width: 80, height: 24), "dashboard-cases-80x24")
        #expect(session.alerts?.cases?.rows.map(\.ref) == refs)
        session.type("<Enter>")
        #expect((session.app.openCase as? CaseScreen)?.ref == refs[0])
        session.type("<Esc>")
        #expect(session.app.showing == .alerts && session.alerts?.mode == .cases)
        session.type("<Esc><Esc>")
        #expect(session.alerts?.mode == .alerts)
    }

    @Test func arrowsMoveFromNumberToNumber() throws {
        var session = ConsoleFixture().session(as: "helen")
        session.type("<F5>d")
        #expect(session.alerts?.dashboard?.selected?.title == "Open cases · Amara Okafor")
        session.type("j")
        #expect(session.alerts?.dashboard?.selected?.title == "Open cases · Dev Patel")
        session.type("ll")
        #expect(session.alerts?.dashboard?.selected?.title == "Relief duties · Dev Patel")
        session.type("k")
        #expect(session.alerts?.dashboard?.selected?.title == "Relief duties · Amara Okafor")
        session.type("<PgDn><PgDn><PgDn>")
        #expect(session.alerts?.dashboard?.selected?.title.contains("not answered") == true || session.alerts?.dashboard?.selected?.title.contains("good") == true)
    }
}

/// The alerts screen's keys are its tables in every mode, as the frame's drift tests ask of every screen.
@Suite struct AlertsScreenKeyTests {
    static func screens() -> [(String, AlertsScreen)] {
        let fixture = ConsoleFixture()
        let summaries = try! fixture.store.summaries().summaries
        var screens: [(String, AlertsScreen)] = []
        for user in ["amara", "helen"] {
            var screen = AlertsScreen(context: fixture.context(as: user))
            screen.apply(.loaded(summaries))
            screen.willShow()
            screen.layout(in: Frame.body(width: 120, height: 40))
            screens.append(("\(user)'s alerts", screen))
            if user == "helen" {
                var dashboard = screen
                _ = dashboard.handleKey(.character("d"))
                screens.append(("the dashboard", dashboard))
                var cases = dashboard
                _ = cases.handleKey(.enter)
                screens.append(("a dashboard number's cases", cases))
                var narrowed = screen
                _ = narrowed.handleKey(.character("t"))
                screens.append(("narrowed to a type", narrowed))
            }
        }
        return screens
    }

    @Test func eachModeDispatchesExactlyItsTable() {
        for (label, screen) in Self.screens() {
            let bound = KeyTableDriftTests.working(screen.keys, in: screen)
            KeyTableDriftTests.expectBoundKeysDispatch(screen, bound, label)
            KeyTableDriftTests.expectUnboundKeysIgnored(screen, bound: bound, label)
        }
    }

    @Test func theFramesKeysAreNeverTaken() {
        let app = ConsoleApp(context: ConsoleFixture().context(as: "helen"))
        let frame = KeyTableDriftTests.working(app.frameKeys, in: app).subtracting([.escape])
        for (label, screen) in Self.screens() {
            #expect(KeyTableDriftTests.working(screen.keys, in: screen).intersection(frame).isEmpty, "\(label)")
        }
        for table in [AlertsScreen.alertKeys, AlertsScreen.dashboardKeys, AlertsScreen.caseKeys] {
            for binding in table.bindings where binding.bar != nil { #expect(binding.help != nil, "\(table.title): \(binding.label)") }
        }
    }
}

/// The case screen says what the H-CLIC return will lack, as the facts stand (edits included), so it is put right at
/// triage rather than at quarter end.
@Suite struct CaseHCLICTests {
    @Test(arguments: [(80, 24), (160, 48)])
    func theHeaderCountsWhatIsMissing(width: Int, height: Int) {
        var cases = DemoCaseload.cases(today: ConsoleFixture.today)
        cases[1].reasonForLoss = nil
        cases[1].household.append(HouseholdMember(firstName: "Ama", lastName: "Asante", dateOfBirth: nil, relationship: .sibling))
        var session = ConsoleFixture(cases: cases).session(as: "priya", width: width, height: height, caseScreen: ConsoleFixture.caseScreen)
        session.type(":open 2<Enter>")
        #expect(session.screenText.contains("H-CLIC: 2 missing"))
        if width >= 160 { #expect(session.screenText.contains("H-CLIC: 2 missing (REASONLOSS, people 2 AGE)")) }
        expectSnapshot(session.frame(width: width, height: height), "case-hclic-missing-\(width)x\(height)")
    }
}
