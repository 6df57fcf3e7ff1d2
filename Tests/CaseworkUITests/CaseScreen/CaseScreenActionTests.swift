import Testing
import CaseworkCore
@testable import CaseworkUI

/// Every action the case screen hands the App, from the keys an officer would press, and the same forms refused
/// when a field is wrong or the law forbids the change.
@Suite struct CaseScreenActionTests {
    typealias Fixtures = CaseScreenFixtures
    static let today = Fixtures.today

    static func details(_ lastName: String, _ change: (inout CaseDetails) -> Void) -> CaseDetails {
        var details = CaseDetails(Fixtures.persona(lastName))
        change(&details)
        return details
    }

    static let performed: [(persona: String, keys: String, action: CaseAction)] = [
        ("Hafiz", "4c<Right><Tab><Right><Tab>Landlord agreed to wait<C-s>",
         .contact(ContactLog(channel: .email, party: .landlord, text: "Landlord agreed to wait"))),
        ("Hafiz", "4c<Tab><Tab>Called: no answer<Enter>voicemail left<C-s>",
         .contact(ContactLog(channel: .call, party: .applicant, text: "Called: no answer\nvoicemail left"))),
        ("Hafiz", "4nChecked the rent deposit scheme<C-s>", .note(text: "Checked the rent deposit scheme")),
        ("Hafiz", "3<Space>m", .setDocument(kind: .identity, provided: false)),
        ("Hafiz", "3jj<Enter>", .setDocument(kind: .bankStatements, provided: true)),
        ("Hafiz", "3jjr+7<Enter>", .requestDocument(kind: .bankStatements, dueOn: today.adding(days: 7))),
        ("Hafiz", "3jjr<Enter>", .requestDocument(kind: .bankStatements, dueOn: nil)),
        ("Hafiz", "3a<Down><Tab>1/12/2026<Enter>", .requestDocument(kind: .immigrationStatus, dueOn: Day(iso: "2026-12-01"))),
        ("Asante", "5a", .acceptRoute),
        ("Asante", "5o<Right><Tab>Sofa-surfing; support worker already in the intensive team<Enter>",
         .overrideRoute(team: .intensive, reason: "Sofa-surfing; support worker already in the intensive team")),
        ("Asante", "5o<Tab>Known to the council's caseworkers<Enter>",
         .overrideRoute(team: .council, reason: "Known to the council's caseworkers")),
        ("Hafiz", "8o<Up><Up><Tab>Landlord agreed to wait until March<Tab>Resolved with the landlord by phone<Enter>c",
         .triageOutcome(.preventedAtTriage, preventedHow: "Landlord agreed to wait until March",
                        reason: "Resolved with the landlord by phone", dutyNotOwedReason: nil)),
        ("Asante", "8o<Up><Tab>Staying with his aunt<Tab>His aunt confirmed he can stay for good<Enter>c",
         .triageOutcome(.adviceOnly, preventedHow: nil, reason: "Staying with his aunt",
                        dutyNotOwedReason: "His aunt confirmed he can stay for good")),
        ("Asante", "8o<Home><Enter>", .triageOutcome(.incomplete, preventedHow: nil)),
        ("Asante", "8a<Home><Enter>", .assign(officer: "priya")),
        ("Asante", "6s<Enter>", .startDuty(.relief, on: today)),
        ("Asante", "6s<Tab><C-u>yesterday<Enter>", .startDuty(.relief, on: today.adding(days: -1))),
        ("Hafiz", "6e<Enter>", .endDuty(.accommodationSecured, on: today)),
        ("Hafiz", "6e<End><Up><Tab><Tab><S-Tab><S-Tab><Home><Enter>", .endDuty(.accommodationSecured, on: today)),
        ("Hafiz", "jjjj<Enter><C-u>01923 123456<Enter><C-s>",
         .saveDetails(details("Hafiz") { $0.applicant.phone = "01923 123456" })),
        ("Hafiz", "jjjjjj<Enter><C-u>Flat 2, 10 High Street<Tab><C-u>Watford<Tab><C-u>wd17 1ab<Enter><C-s>",
         .saveDetails(details("Hafiz") {
             $0.applicant.correspondenceAddress = Address(lines: ["Flat 2", "10 High Street"], town: "Watford", postcode: "WD17 1AB")
         })),
        ("Asante", "jjjjjj<Enter><C-u><Tab><C-u><Tab><C-u><Enter><C-s>",
         .saveDetails(details("Asante") { $0.applicant.correspondenceAddress = nil })),
        ("Hafiz", "jjjjjjjjj<Enter><C-u>qq 12 34 56 c<Enter><C-s>",
         .saveDetails(details("Hafiz") { $0.applicant.nationalInsuranceNumber = "QQ 12 34 56 C" })),
        ("Hafiz", "2jjjjjjjjjjjjj<Enter><C-u>+150<C-s>",
         .saveDetails(details("Hafiz") { $0.notice?.expiresOn = today.adding(days: 150) })),
    ]

    @Test(arguments: performed)
    func keysPerformTheAction(persona: String, keys: String, action: CaseAction) {
        var screen = Fixtures.screen(persona)
        let outcomes = Fixtures.press(keys, on: &screen)
        #expect(outcomes.last == .perform(action))
        #expect(outcomes.dropLast().allSatisfy { if case .perform = $0 { false } else { true } })
        #expect(screen.form == nil)
    }

    /// Forms that must not produce an action, and what the screen shows instead.
    static let refused: [(persona: String, keys: String, shows: String)] = [
        ("Hafiz", "4c<Enter>", "is required"),
        ("Hafiz", "4n   <C-s>", "is required"),
        ("Asante", "5o<Enter>", "is required"),
        ("Hafiz", "8o<Up><Up><Enter>", "say how homelessness"),
        ("Asante", "8o<Up><Enter>", "is required"),
        ("Asante", "8o<Up><Tab>Advised on renting<Enter>", "The applicant is homeless: record why no duty"),
        ("Asante", "6s<Up><Enter>", "relief duty applies"),
        ("Asante", "6s<Tab><C-u>+3<Enter>", "is in the future"),
        ("Asante", "6s<Tab><C-u>31/02<Enter>", "not a date"),
        ("Warsame", "6ej<Enter>", "(s195(6))"),
        ("Hafiz", "6ej<Enter>", "day 4 of 56: this reason is available once the 56 days have"),
        ("Hafiz", "6e<End><Up><Enter>", "no settled personalised housing plan"),
        ("Warsame", "6e<End><Up><Enter>", "No written warning has been given"),
        ("Hafiz", "3jjr-1<Enter>", "is in the past"),
        ("Hafiz", "a<Enter>", "is required"),
        ("Hafiz", "jjjjjj<Enter><Tab><Tab><C-u>WD17<Enter>", "is not a UK postcode"),
    ]

    @Test(arguments: refused)
    func aFormAtFaultStaysOpenWithItsReason(persona: String, keys: String, shows: String) {
        var screen = Fixtures.screen(persona)
        let outcomes = Fixtures.press(keys, on: &screen)
        #expect(outcomes.allSatisfy { if case .perform = $0 { false } else { true } })
        #expect(screen.form != nil)
        let text = Fixtures.framed(screen, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains(shows), "\(text)")
    }

    /// s193B: the notice needs another officer at least as senior; a manager with none cannot end a duty that way.
    @Test func nonCooperationNeedsAnAuthoriserAtLeastAsSenior() {
        var manager = Fixtures.screen("Warsame", user: "helen")
        Fixtures.press("6e<End><Up><Enter>", on: &manager)
        let text = Fixtures.framed(manager, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(manager.form != nil)
        #expect(text.contains("no other officer at least as senior as you"), "\(text)")
        var caseworker = Fixtures.screen("Hafiz", user: "dev")
        Fixtures.press("6e<End><Up>", on: &caseworker)
        #expect(caseworker.form?.fields[2].text.contains("Priya") == false, "a triage officer may not authorise a caseworker's notice")
    }

    /// s193B: with no refusal, warning and further refusal recorded, the notice is refused in the form, before the store.
    @Test func nonCooperationWaitsForTheRecordedSequence() {
        var screen = Fixtures.screen("Warsame")
        let outcomes = Fixtures.press("6e<End><Up><Tab><Tab><Down><Enter>", on: &screen)
        #expect(screen.form != nil, "\(outcomes)")
        let text = Fixtures.framed(screen, width: 160, height: 48).lines.joined(separator: "\n")
        #expect(text.contains("No written warning has been given (s193B(4))"), "\(text)")
    }

    /// Enter after a reason must not send a case to the refuge partner unless the officer chose it.
    @Test(arguments: Team.allCases)
    func theRefugePartnerIsNeverTheOverrideOfferedFirst(suggested: Team) {
        let form = CaseForms.overrideRoute(suggested: suggested, abuseRecorded: false)
        #expect(form.fields[1].text != Team.refuge.label)
        #expect(!form.fields[1].text.isEmpty)
    }

    /// A reason for routing to the refuge partner discloses abuse: the same step offers to record it, which restricts
    /// the case; declining is said to leave the case, and the reason, open to all staff.
    @Test func choosingTheRefugeOffersToRecordTheAbuseInTheSameStep() {
        var screen = Fixtures.screen("Asante")
        Fixtures.press("5o", on: &screen)
        #expect(!Fixtures.framed(screen, width: 80, height: 24).lines.joined().contains("Domestic abuse"))
        Fixtures.press("<Right><Right>", on: &screen)
        #expect(screen.form?.fields[1].text == Team.refuge.label && screen.form?.isShown(3) == true)
        #expect(Fixtures.framed(screen, width: 160, height: 48).lines.joined().contains("Domestic abuse is recorded with the route"))
        var declining = screen
        let outcomes = Fixtures.press("<Tab>Applicant disclosed abuse at interview<Enter>", on: &screen)
        #expect(outcomes.last == .perform(.overrideRoute(team: .refuge, reason: "Applicant disclosed abuse at interview", recordsAbuse: true)))
        Fixtures.press("<Tab>Disclosed abuse<Tab><Down>", on: &declining)
        #expect(Fixtures.framed(declining, width: 160, height: 48).lines.joined().contains("the case stays open to all staff"))
        #expect(Fixtures.press("<C-s>", on: &declining).last == .perform(.overrideRoute(team: .refuge, reason: "Disclosed abuse")),
                "a note, not a refusal: the officer may still route there without recording it")
    }

    @Test func aRefusedFormIsFixedAndThenSubmits() {
        var screen = Fixtures.screen("Hafiz")
        Fixtures.press("8o<Up><Up><Enter>", on: &screen)
        #expect(screen.form?.focus == 1)
        Fixtures.press("Landlord extension agreed<Enter>", on: &screen)
        #expect(screen.form?.focus == 2, "the reason the case ends here is asked next")
        let outcomes = Fixtures.press("Six months' extension in writing<Enter>c", on: &screen)
        #expect(outcomes.last == .perform(.triageOutcome(.preventedAtTriage, preventedHow: "Landlord extension agreed",
                                                         reason: "Six months' extension in writing")))
    }

    @Test func aSaveWithAnInvalidFactIsRefusedOnTheFieldAndNamesNoValue() {
        var screen = Fixtures.screen()
        let outcomes = Fixtures.press("jj<Enter><C-u>31/02/1990<Enter>3<C-s>", on: &screen)
        guard case .error(let message)? = outcomes.last else { Issue.record("expected an error, got \(outcomes)"); return }
        #expect(message.contains("Date of birth") && message.contains("H-0001"))
        #expect(!message.contains("31/02"), "the status line must not repeat a date of birth")
        #expect(screen.tab == .household && screen.selectedFact == .dateOfBirth)
        #expect(screen.hasUnsavedEdits)
    }

    @Test func aSaveGoesToTheFirstFactAtFaultOnEitherTab() {
        var screen = Fixtures.screen()
        Fixtures.press("jjjj<Enter><C-u>12345<Enter>2", on: &screen)
        #expect(screen.tab == .home)
        #expect(Fixtures.press("<C-s>", on: &screen).last.map { if case .error = $0 { true } else { false } } == true)
        #expect(screen.tab == .household && screen.selectedFact == .phone)
    }

    @Test func routeAndDutyWaitForUnsavedFactsToBeSettled() {
        var screen = Fixtures.screen("Asante")
        Fixtures.press("jjjj<Enter><C-u>01923 123456<Enter>", on: &screen)
        for keys in ["5a", "5o", "6s"] {
            let outcome = Fixtures.press(keys, on: &screen).last
            guard case .unavailable(let text)? = outcome else { Issue.record("\(keys): expected a reason, got \(String(describing: outcome))"); return }
            #expect(text.contains("Save"))
            #expect(screen.form == nil)
        }
    }

    @Test func nothingToEndOrAlreadyDoneSaysSo() {
        var kofi = Fixtures.screen("Asante")
        #expect(Fixtures.press("6e", on: &kofi).last == .unavailable("No duty is active on H-0002"))
        var hafiz = Fixtures.screen()
        #expect(Fixtures.press("5a", on: &hafiz).last == .unavailable("H-0001 is already routed to Council caseworker"))
        #expect(Fixtures.press("8a<Enter>", on: &hafiz).last == .message("H-0001 is already assigned to Amara Okafor"))
        #expect(Fixtures.press("3r", on: &hafiz).last == .unavailable("Photo ID is already provided"))
    }

    @Test func escOnAFormAsksOnlyWhenSomethingWasTyped() {
        var screen = Fixtures.screen()
        #expect(Fixtures.press("4c<Esc>", on: &screen) == [.handled, .handled, .handled])
        #expect(screen.form == nil && screen.question == nil)
        Fixtures.press("4c<Tab><Tab>Not sure yet<Esc>", on: &screen)
        #expect(screen.question != nil)
        #expect(Fixtures.press("<Esc>", on: &screen) == [.message("Put aside: the form comes back with what you typed when you open it again")])
        #expect(screen.question == nil && screen.form == nil, "Esc twice always leaves the form")
        Fixtures.press("c", on: &screen)
        #expect(screen.form?.text(2) == "Not sure yet", "and nothing typed is lost")
        Fixtures.press("<Esc><Enter>", on: &screen)
        #expect(screen.form?.text(2) == "Not sure yet", "Enter on the question keeps editing")
        Fixtures.press("<Esc>d", on: &screen)
        #expect(screen.form == nil && screen.question == nil)
        Fixtures.press("c", on: &screen)
        #expect(screen.form?.text(2) == "", "discarded means gone")
    }

    @Test func aFormWhoseActionFailedComesBackWithWhatWasTyped() {
        var screen = Fixtures.screen()
        #expect(Fixtures.press("4nLong note about the landlord<C-s>", on: &screen).last == .perform(.note(text: "Long note about the landlord")))
        Fixtures.press("n", on: &screen)
        #expect(screen.form?.text(0) == "Long note about the landlord")
        Fixtures.press("<Esc>d", on: &screen)
        screen.reload(Fixtures.persona("Hafiz"), keepEdits: true)
        Fixtures.press("n", on: &screen)
        #expect(screen.form?.text(0) == "", "after a reload the action went through: the form starts empty")
    }
}
