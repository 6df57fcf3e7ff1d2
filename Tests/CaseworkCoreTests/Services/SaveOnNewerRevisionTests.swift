import Testing
@testable import CaseworkCore

/// Two officers on one case, each with a store of their own on one data directory, as two consoles are: a change made
/// on the case as one saw it goes on top of the other's newer save unless both changed the same thing.
@Suite struct SaveOnNewerRevisionTests {
    static func services(_ fixture: StoreFixture) throws -> (priya: CaseService, tom: CaseService) {
        (CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard),
         CaseService(store: try fixture.another(), clock: StoreFixture.clock, actor: StoreFixture.tom, configuration: .standard))
    }

    /// Tom saves a change to the facts first.
    static func theirFacts(_ change: @escaping @Sendable (inout CaseDetails) -> Void) -> @Sendable (CaseService, String) throws -> Void {
        { service, ref in
            var details = CaseDetails(try service.store.load(ref))
            change(&details)
            try service.perform(.saveDetails(details), on: ref, expectedRevision: nil)
        }
    }

    /// Priya saves the phone she typed on the case as she saw it.
    static let myPhone: @Sendable (Case) -> CaseAction = { record in
        var details = CaseDetails(record)
        details.applicant.phone = "01923 123456"
        return .saveDetails(details)
    }

    /// What Tom saves first, then what Priya saves on the case as she saw it, and whether it clashes.
    static let table: [(label: String, theirs: @Sendable (CaseService, String) throws -> Void, mine: @Sendable (Case) -> CaseAction,
                        clashes: [String])] = [
        ("a note, then facts", { try $0.addNote($1, text: "Rang the landlord") }, myPhone, []),
        ("an email, then the phone", theirFacts { $0.applicant.email = "a@example.org" }, myPhone, []),
        ("the phone, then the phone", theirFacts { $0.applicant.phone = "01923 999999" }, myPhone, ["phone"]),
        ("the same phone twice", theirFacts { $0.applicant.phone = "01923 123456" }, myPhone, []),
        ("an assignment, then a route", { try $0.assign($1, to: "tom.okafor", expectedRevision: nil) }, { _ in .acceptRoute }, []),
        ("a route, then a route", { try $0.acceptRoute($1, expectedRevision: nil) }, { _ in .acceptRoute }, ["route"]),
        ("a triage outcome, then a note", { try $0.setTriageOutcome($1, outcome: .awaitingDocuments, expectedRevision: nil) },
         { _ in .note(text: "Called back") }, []),
        ("a triage outcome, then another", { try $0.setTriageOutcome($1, outcome: .awaitingDocuments, expectedRevision: nil) },
         { _ in .triageOutcome(.readyForAppointment, preventedHow: nil) }, ["triage outcome", "status"]),
        ("one document, then another", { try $0.setDocument($1, kind: .identity, provided: true, expectedRevision: nil) },
         { _ in .requestDocument(kind: .bankStatements, dueOn: nil) }, []),
        ("a document, then the same", { try $0.setDocument($1, kind: .identity, provided: true, expectedRevision: nil) },
         { _ in .requestDocuments(kinds: [.identity, .bankStatements], dueOn: nil) }, ["Photo ID"]),
        ("an assignment, then another", { try $0.assign($1, to: "tom.okafor", expectedRevision: nil) },
         { _ in .assign(officer: "priya.shah") }, ["assigned officer"]),
    ]

    @Test(arguments: table.indices)
    func aSaveGoesOnTopUnlessBothChangedTheSameThing(row: Int) throws {
        let fixture = try StoreFixture()
        let (priya, tom) = try Self.services(fixture)
        let seen = try fixture.seed(1)[0]
        let entry = Self.table[row]
        try entry.theirs(tom, seen.ref)
        let newer = try fixture.store.load(seen.ref)
        let action = entry.mine(seen)
        #expect(action.clashes(base: seen, current: newer) == entry.clashes, "\(entry.label)")
        if entry.clashes.isEmpty {
            let (saved, onTopOf) = try priya.perform(action, on: seen.ref, over: seen)
            #expect(saved.revision == newer.revision + 1 && onTopOf?.revision == newer.revision, "\(entry.label)")
            #expect(saved.updatedBy == "priya.shah")
            // Tom's change is still there: nothing of his was undone.
            #expect(saved.timeline.count >= newer.timeline.count && saved.assignedOfficer == (action == .assign(officer: "priya.shah")
                ? "priya.shah" : newer.assignedOfficer), "\(entry.label)")
        } else {
            #expect(throws: StoreError.self) { try priya.perform(action, on: seen.ref, over: seen) }
            #expect(try fixture.store.load(seen.ref) == newer, "nothing overwritten: \(entry.label)")
        }
    }

    /// Facts changed on both sides merge fact by fact: Priya's phone on top of Tom's email, both kept, both audited.
    @Test func factsMergeFactByFactAndBothSavesAreAudited() throws {
        let fixture = try StoreFixture()
        let (priya, tom) = try Self.services(fixture)
        let seen = try fixture.seed(1)[0]
        var theirs = CaseDetails(seen)
        theirs.applicant.email = "a@example.org"
        try tom.perform(.saveDetails(theirs), on: seen.ref, expectedRevision: seen.revision)
        var mine = CaseDetails(seen)
        mine.applicant.phone = "01923 123456"
        let (saved, onTopOf) = try priya.perform(.saveDetails(mine), on: seen.ref, over: seen)
        #expect(saved.applicant.phone == "01923 123456" && saved.applicant.email == "a@example.org")
        #expect(saved.timeline.last?.text == "Details changed: phone", "only what this save changed")
        #expect(onTopOf.map { $0.changes(since: seen) } == ["email"])
        let audit = try fixture.store.auditTrail().entries.filter { $0.ref == seen.ref }
        #expect(audit.map(\.by).suffix(2) == ["tom.okafor", "priya.shah"])
    }

    /// On the revision she saw, nothing is merged or refused: the plain path.
    @Test func onTheRevisionSeenTheActionIsAppliedAsIs() throws {
        let fixture = try StoreFixture()
        let (priya, _) = try Self.services(fixture)
        let seen = try fixture.seed(1)[0]
        let (saved, onTopOf) = try priya.perform(.note(text: "First contact"), on: seen.ref, over: seen)
        #expect(saved.revision == seen.revision + 1 && onTopOf == nil)
    }
}
