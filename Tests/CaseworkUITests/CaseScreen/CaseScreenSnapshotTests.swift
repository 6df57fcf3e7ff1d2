import Testing
import CaseworkCore
@testable import CaseworkUI

/// The case screen in the App's frame at 80x24 and 160x48, as an officer would see it.
@Suite struct CaseScreenSnapshotTests {
    typealias Fixtures = CaseScreenFixtures

    static func snapshot(_ name: String, persona: String = "Hafiz", user: String = "priya", keys: String = "",
                         sizes: [(Int, Int)] = [(80, 24), (160, 48)], status: StatusLine? = nil,
                         sourceLocation: SourceLocation = #_sourceLocation) {
        for (width, height) in sizes {
            var screen = Fixtures.screen(persona, user: user)
            screen.layout(in: Frame.body(width: width, height: height))
            Fixtures.press(keys, on: &screen)
            expectSnapshot(Fixtures.framed(screen, width: width, height: height, status: status), "case-\(name)-\(width)x\(height)",
                           sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: CaseTab.allCases)
    func everyTab(tab: CaseTab) {
        let name = ["household", "home", "documents", "timeline", "route", "duty", "priority", "triage", "plan"][tab.rawValue]
        Self.snapshot("hafiz-\(name)", keys: String(tab.digit))
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func theHelpListsTheKeysValidHere(width: Int, height: Int) {
        var screen = Fixtures.screen()
        Fixtures.press("3", on: &screen)
        var buffer = Fixtures.framed(screen, width: width, height: height)
        HelpOverlay(sections: screen.helpSections).render(into: &buffer, area: buffer.area)
        expectSnapshot(buffer, "case-help-documents-\(width)x\(height)")
    }

    @Test func aCJKName() { Self.snapshot("cjk-household", persona: "陈") }

    @Test func aRestrictedCaseSeenByTheEntitledOfficer() { Self.snapshot("restricted-entitled", persona: "Yılmaz", user: "ruth") }

    @Test func aRestrictedCaseRefusedToSomeoneElse() {
        Self.snapshot("restricted-refused", persona: "Yılmaz", user: "priya", sizes: [(80, 24)])
    }

    @Test func aDutyEndRefusedBySection195_6() {
        Self.snapshot("duty-end-refused", persona: "Warsame", keys: "6ej<Enter>")
    }

    /// The s193B field appears only for non-co-operation, and the lists give up rows so the rules' notes show: here
    /// that no warning has been given yet.
    @Test func aNonCooperationEndWithItsSafeguards() {
        Self.snapshot("duty-end-non-cooperation", persona: "Warsame", keys: "6e<End><Up><Tab><Tab><Down>")
    }

    @Test func theRefusalTheAppPassesBackStaysOnTheStatusLine() {
        var status = StatusLine()
        let refusal = DutyRefusal.section21Protects(expiresOn: Day(iso: "2026-05-10"), verdict: .valid)
        status.fail(CaseServiceError.refusedByRules(doing: "cannot end the duty", DutyRefusals(refusals: [refusal])).words(.console))
        Self.snapshot("duty-refusal-status", persona: "Warsame", keys: "6", sizes: [(80, 24)], status: status)
    }

    @Test func aFormWithAnError() { Self.snapshot("contact-form-error", keys: "4c<Right><Tab><Enter>", sizes: [(80, 24)]) }

    @Test func aFactWithAnError() {
        Self.snapshot("fact-error", keys: "jj<Enter><C-u>31/02/1990<Enter>jj<Enter><C-u>01923 12")
    }

    @Test func theLiveNoticeCheckWhileTheExpiryIsTyped() {
        Self.snapshot("live-notice", keys: "2jjjjjjjjjjjjj<Enter><C-u>+1")
    }

    @Test func startingADutyWithTheRulesCheck() { Self.snapshot("duty-start", persona: "Asante", keys: "6s") }

    @Test func aReliefDutyNearDay56WithAReviewPending() { Self.snapshot("duty-relief", persona: "Lefe\u{300}vre", keys: "6") }

    @Test func anOverriddenRouteNeedsAReason() {
        Self.snapshot("route-override", persona: "Asante", keys: "5o<Right><Enter>", sizes: [(80, 24)])
    }

    @Test func anOverrideToTheRefugeWithoutDomesticAbuseRecorded() {
        Self.snapshot("route-override-refuge", persona: "Asante", keys: "5o<Right><Right>", sizes: [(80, 24)])
    }
}
