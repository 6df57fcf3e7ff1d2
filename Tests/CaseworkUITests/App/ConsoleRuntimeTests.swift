import CaseworkCore
@testable import CaseworkUI
import Testing

/// The runtime against the memory store: each effect's events, and errors in words that name only a ref.
@Suite struct ConsoleRuntimeTests {
    static func runtime(_ fixture: ConsoleFixture, as user: String = "priya") -> ConsoleRuntime {
        ConsoleRuntime(store: fixture.store, clock: ConsoleFixture.clock, context: fixture.context(as: user))
    }

    @Test func opensACaseAndAuditsOnlyRestrictedOnes() throws {
        let fixture = ConsoleFixture()
        let events = Self.runtime(fixture).run(.open(ref: "H-0002"))
        guard case .opened(let record)? = events.first else { Issue.record("expected the case, got \(events)"); return }
        #expect(record.ref == "H-0002" && events.count == 1)
        #expect(fixture.store.viewAudit.isEmpty)
    }

    @Test func aRefusedRestrictedCaseIsAnErrorByRefAndAudited() throws {
        let fixture = ConsoleFixture()
        let ayse = fixture.ref(of: "Ayşe")
        let events = Self.runtime(fixture, as: "tomasz").run(.open(ref: ayse))
        guard case .failed(let ref, let message)? = events.first else { Issue.record("expected a refusal, got \(events)"); return }
        #expect(ref == ayse && message.contains("is restricted") && !message.contains("Ayşe") && !message.contains("Yılmaz"))
        #expect(fixture.store.viewAudit.count == 1 && fixture.store.viewAudit[0].actor == "tomasz" && !fixture.store.viewAudit[0].allowed)
    }

    /// The refresh after another console's save checks access without auditing; a reload the officer asks for is audited.
    @Test func aRefreshFindingTheCaseClosedToTheOfficerIsNotAudited() throws {
        let fixture = ConsoleFixture()
        let ayse = fixture.ref(of: "Ayşe")
        let runtime = Self.runtime(fixture, as: "tomasz")
        guard case .withdrawn(let ref)? = runtime.run(.refresh(ref: ayse)).first else { Issue.record("expected a withdrawal"); return }
        #expect(ref == ayse && fixture.store.viewAudit.isEmpty)
        guard case .withdrawn? = runtime.run(.reload(ref: ayse)).first else { Issue.record("expected a withdrawal"); return }
        #expect(fixture.store.viewAudit.map(\.allowed) == [false])
        guard case .reloaded? = Self.runtime(fixture, as: "ruth").run(.refresh(ref: ayse)).first else {
            Issue.record("expected the case")
            return
        }
    }

    @Test func performSavesOnTheRecordAsSeen() throws {
        let fixture = ConsoleFixture()
        let base = try fixture.store.load("H-0002")
        let events = Self.runtime(fixture).run(.perform(.note(text: "Rang back"), ref: "H-0002", base: base))
        guard case .performed(let action, let record, let newer)? = events.first else { Issue.record("expected a save, got \(events)"); return }
        #expect(action == .note(text: "Rang back") && record.revision == 2 && record.timeline.last?.text == "Rang back" && newer == nil)
    }

    /// Someone else's change to something else: the save goes on top of it, and the App is given the newer revision.
    @Test func aSaveGoesOnTopOfAnUnrelatedChange() throws {
        let fixture = ConsoleFixture()
        let base = try fixture.store.load("H-0002")
        try fixture.store.saveAsOtherOfficer("H-0002", by: "helen") { $0.assignedOfficer = "dev" }
        let events = Self.runtime(fixture).run(.perform(.acceptRoute, ref: "H-0002", base: base))
        guard case .performed(_, let record, let newer?)? = events.first else { Issue.record("expected a save on top, got \(events)"); return }
        #expect(record.revision == 3 && record.assignedOfficer == "dev" && record.route != nil && newer.revision == 2)
    }

    @Test func aClashingChangeBecomesTheConflictEvent() throws {
        let fixture = ConsoleFixture()
        let base = try fixture.store.load("H-0002")
        try fixture.store.saveAsOtherOfficer("H-0002", by: "helen") {
            $0.route = RouteDecision(team: .refuge, suggested: .youngPeople, overrideReason: "met her", decidedBy: "helen", decidedOn: ConsoleFixture.today)
        }
        let events = Self.runtime(fixture).run(.perform(.acceptRoute, ref: "H-0002", base: base))
        guard case .conflict(let ref, let who, let at)? = events.first else { Issue.record("expected a conflict, got \(events)"); return }
        #expect(ref == "H-0002" && who == "Helen Clarke" && at.clockTime == "10:14")
        #expect(try fixture.store.load("H-0002").route?.team == .refuge, "theirs kept")
    }

    @Test func aRefusedActionSaysWhyByRefAndField() throws {
        let fixture = ConsoleFixture()
        var details = CaseDetails(try fixture.store.load("H-0002"))
        details.applicant.firstName = " "
        let events = Self.runtime(fixture).run(.perform(.saveDetails(details), ref: "H-0002", base: try fixture.store.load("H-0002")))
        guard case .failed(let ref, let message)? = events.first else { Issue.record("expected a failure, got \(events)"); return }
        #expect(ref == "H-0002")
        #expect(message.hasPrefix("could not save H-0002: applicant.firstName") && message.hasSuffix("is required"))
    }

    @Test func draftsAreWrittenOfferedAndDiscardedForTheActorOnly() throws {
        let fixture = ConsoleFixture()
        let runtime = Self.runtime(fixture)
        #expect(runtime.drafts().isEmpty)
        var record = try fixture.store.load("H-0002")
        record.applicant.phone = "07700 900001"
        guard case .draftKept(let kept)? = runtime.run(.saveDraft(record: record, base: record, forms: [])).first, kept.ref == "H-0002" else {
            Issue.record("expected the draft kept")
            return
        }
        guard case .draftsFound(let drafts)? = runtime.drafts().first else { Issue.record("expected the draft"); return }
        #expect(drafts.map(\.ref) == ["H-0002"] && drafts[0].user == "priya" && drafts[0].record.applicant.phone == "07700 900001")
        #expect(Self.runtime(fixture, as: "tomasz").drafts().isEmpty)
        #expect(runtime.run(.discardDraft(ref: "H-0002")).isEmpty)
        #expect(runtime.drafts().isEmpty)
    }

    @Test func changesArriveOnceAndAnUnreadableCaseloadIsSaidSo() throws {
        let fixture = ConsoleFixture()
        let runtime = Self.runtime(fixture)
        #expect(runtime.pollChanges().isEmpty)
        try fixture.store.saveAsOtherOfficer("H-0004", by: "dev") { $0.assignedOfficer = "dev" }
        guard case .changed(let summaries)? = runtime.pollChanges().first else { Issue.record("expected the change"); return }
        #expect(summaries.map(\.ref) == ["H-0004"])
        #expect(runtime.pollChanges().isEmpty)

        fixture.store.summariesFailure = .unreadable(StoreProblem(file: "index.jsonl", position: "line 12, column 3", reason: "invalid JSON"))
        let events = runtime.loadQueue()
        guard case .failed(nil, let message)? = events.last else { Issue.record("expected the failure"); return }
        #expect(message == "could not read the caseload: cannot read index.jsonl: line 12, column 3: invalid JSON")
    }

    struct Leaky: Error, CustomStringConvertible {
        var description: String { "Ayşe Yılmaz, 4 Secret Road" }
    }

    @Test func anErrorFromElsewhereIsNamedByItsTypeOnly() {
        #expect(ConsoleRuntime.describe(Leaky()) == "unexpected Leaky")
    }

    @Test func theRedrawAndQuitEffectsAreTheLoops() {
        let runtime = Self.runtime(ConsoleFixture())
        #expect(runtime.run(.redraw).isEmpty && runtime.run(.quit).isEmpty)
    }
}
