import Testing
@testable import CaseworkCore

/// Contacts logged as they happened or after the fact, with the person spoken to and a follow-up that becomes an
/// alert; every outstanding document asked for in one step.
@Suite struct ContactLogTests {
    static func service(_ fixture: StoreFixture) -> CaseService {
        CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
    }

    static let today = StoreFixture.today

    @Test func aContactLoggedAfterTheFactKeepsWhenItHappenedAndWhenItWasWritten() throws {
        let fixture = try StoreFixture()
        let ref = try fixture.seed(1)[0].ref
        let yesterday = Timestamp(day: Self.today.adding(days: -1), secondOfDay: 15 * 3600)
        let saved = try Self.service(fixture).logContact(ref, ContactLog(channel: .call, party: .landlord, text: "Will wait a month",
                                                                         happenedAt: yesterday, person: " Mrs Barrow ",
                                                                         followUpOn: Self.today.adding(days: 3)), expectedRevision: nil)
        let entry = try #require(saved.timeline.last)
        #expect(entry.at == yesterday && entry.loggedAt == StoreFixture.clock.now() && entry.person == "Mrs Barrow")
        #expect(entry.followUpOn == Self.today.adding(days: 3) && saved.pendingFollowUp == Self.today.adding(days: 3))
    }

    @Test(arguments: [
        (ContactLog(channel: .call, party: .applicant, text: "x", happenedAt: Timestamp(day: today.adding(days: 1), secondOfDay: 0)),
         "happenedAt: a contact cannot be logged before it happens"),
        (ContactLog(channel: .call, party: .applicant, text: "x", happenedAt: Timestamp(day: today.adding(days: -30), secondOfDay: 0)),
         "happenedAt: a contact cannot come before the application"),
        (ContactLog(channel: .call, party: .applicant, text: "x", followUpOn: today), "followUpOn: a follow-up comes after the contact"),
        (ContactLog(channel: .call, party: .applicant, text: "x", happenedAt: Timestamp(day: today.adding(days: -2), secondOfDay: 0),
                    followUpOn: today.adding(days: -1)), "followUpOn: 2026-03-01 is in the past"),
        (ContactLog(channel: .call, party: .applicant, text: "x", person: String(repeating: "a", count: 101)),
         "person: is limited to 100 characters (this one has 101)"),
        (ContactLog(channel: .call, party: .applicant, text: "  "), "text: a note needs some text"),
    ])
    func aContactThatCannotBeIsRefusedAndNothingWritten(log: ContactLog, message: String) throws {
        let fixture = try StoreFixture()
        let record = try fixture.seed(1)[0]
        #expect(throws: CaseServiceError.self) { try Self.service(fixture).logContact(record.ref, log, expectedRevision: nil) }
        do { try Self.service(fixture).logContact(record.ref, log, expectedRevision: nil) } catch let error as CaseServiceError {
            #expect(error.description == message)
        }
        #expect(try fixture.store.load(record.ref) == record)
    }

    /// The follow-up alerts from its day on, until a contact is logged on or after it; a note does not meet it.
    @Test func aFollowUpAlertsOnItsDayUntilALaterContact() throws {
        let fixture = try StoreFixture()
        let ref = try fixture.seed(1)[0].ref
        let service = Self.service(fixture)
        let due = Self.today.adding(days: 2)
        var record = try service.logContact(ref, ContactLog(channel: .call, party: .landlord, text: "Call back Friday", followUpOn: due),
                                            expectedRevision: nil)
        func kinds(on day: Day) -> [AlertKind] {
            CaseRules.alerts(CaseSummary(record), today: day, configuration: .standard).map(\.kind)
        }
        #expect(!kinds(on: due.adding(days: -1)).contains(.followUpDue))
        #expect(kinds(on: due).contains(.followUpDue) && kinds(on: due.adding(days: 5)).contains(.followUpDue))
        let alert = try #require(CaseRules.alerts(CaseSummary(record), today: due, configuration: .standard).first { $0.kind == .followUpDue })
        #expect(alert.severity == .amber && alert.words(.commandLine) == "A contact was to be followed up on 2026-03-04 (today)")
        record.timeline.append(ContactEvent(id: record.nextTimelineId, at: Timestamp(day: due, secondOfDay: 0), by: "priya.shah",
                                            channel: .note, party: .internalNote, text: "Still to ring"))
        #expect(kinds(on: due).contains(.followUpDue), "a note is not a contact")
        record.timeline.append(ContactEvent(id: record.nextTimelineId, at: Timestamp(day: due, secondOfDay: 3600), by: "priya.shah",
                                            channel: .call, party: .landlord, text: "Rang back"))
        #expect(!kinds(on: due.adding(days: 1)).contains(.followUpDue) && record.pendingFollowUp == nil)
    }

    @Test func theFollowUpDayTravelsInTheIndex() throws {
        let fixture = try StoreFixture()
        let ref = try fixture.seed(1)[0].ref
        try Self.service(fixture).logContact(ref, ContactLog(channel: .email, party: .applicant, text: "Sent the form",
                                                             followUpOn: Self.today.adding(days: 7)), expectedRevision: nil)
        let summary = try #require(try fixture.another().summaries().summaries.first { $0.ref == ref })
        #expect(summary.followUpOn == Self.today.adding(days: 7))
    }

    @Test func everyOutstandingDocumentIsAskedForInOneStep() throws {
        let fixture = try StoreFixture()
        let record = try fixture.seed(1)[0]
        let due = Self.today.adding(days: 7)
        let saved = try Self.service(fixture).requestDocuments(record.ref, kinds: [.identity, .bankStatements], dueOn: due,
                                                                expectedRevision: record.revision)
        #expect(saved.revision == record.revision + 1)
        #expect([DocumentKind.identity, .bankStatements].allSatisfy { kind in
            saved.documents.contains { $0.kind == kind && $0.requestedOn == Self.today && $0.dueOn == due }
        })
        #expect(saved.timeline.last?.text == "Requested Photo ID, Bank statements (2 months) by 2026-03-09")
        #expect(saved.timeline.last?.summary == "Documents requested")
        #expect(throws: CaseServiceError.self) {
            try Self.service(fixture).requestDocuments(record.ref, kinds: [.identity], dueOn: Self.today.adding(days: -1), expectedRevision: nil)
        }
    }

    /// A refuge override that records the abuse restricts the case in the same step, with one revision.
    @Test func aRefugeOverrideCanRecordTheAbuseInTheSameStep() throws {
        let fixture = try StoreFixture()
        let record = try fixture.seed(1)[0]
        let saved = try Self.service(fixture).overrideRoute(record.ref, to: .refuge, reason: "Disclosed abuse at interview",
                                                            recordingAbuse: true, expectedRevision: record.revision)
        #expect(saved.revision == record.revision + 1 && saved.domesticAbuse && saved.restricted && saved.route?.team == .refuge)
        #expect(saved.timeline.suffix(2).compactMap(\.summary) == ["Route overridden", "Domestic abuse recorded"])
    }
}

/// When a contact happened, as typed.
@Suite struct MomentInputTests {
    static let today = Day(year: 2026, month: 11, day: 26)!

    @Test(arguments: [("", nil), ("now", nil), ("NOW", nil), ("14:30", Timestamp(day: today, secondOfDay: 14 * 3600 + 30 * 60)),
                      ("9:05", Timestamp(day: today, secondOfDay: 9 * 3600 + 5 * 60)),
                      ("yesterday 23:59", Timestamp(day: today.adding(days: -1), secondOfDay: 23 * 3600 + 59 * 60)),
                      ("25/11/2026 0:00", Timestamp(day: today.adding(days: -1), secondOfDay: 0)),
                      ("-2 16:00", Timestamp(day: today.adding(days: -2), secondOfDay: 16 * 3600))] as [(String, Timestamp?)])
    func readsAMoment(text: String, moment: Timestamp?) throws {
        #expect(try MomentInput.parse(text, today: Self.today).get() == moment)
    }

    @Test(arguments: ["yesterday", "24:00", "9:5", "14.30", "tomorrowish 10:00", "31/02/2026 10:00"])
    func refusesWhatIsNotAMoment(text: String) {
        guard case .failure = MomentInput.parse(text, today: Self.today) else { Issue.record("\(text) should be refused"); return }
    }
}
