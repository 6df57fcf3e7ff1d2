import Dispatch
import Foundation
import Testing
@testable import CaseworkCore

/// An application is imported once, however many imports of it run at once: the store decides what is new under
/// the same lock as the write.
@Suite struct ImportOnceTests {
    struct Batch: CustomTestStringConvertible, Sendable {
        var name: String
        /// The externalIds of the drafts, in order (nil: none).
        var drafts: [String?]
        /// The caseload's externalIds and refs before.
        var known: [String: String]
        /// The externalIds created, in order (nil: none).
        var created: [String?]
        /// externalId → the ref reported for each skipped draft, in order.
        var skipped: [ImportPlan.Entry]
        var testDescription: String { name }
    }

    static let batches = [
        Batch(name: "all new", drafts: ["A", "B"], known: [:], created: ["A", "B"], skipped: []),
        Batch(name: "some known", drafts: ["A", "B", "C"], known: ["B": "H-0007"], created: ["A", "C"],
              skipped: [.init(externalId: "B", ref: "H-0007")]),
        Batch(name: "all known", drafts: ["A"], known: ["A": "H-0001"], created: [], skipped: [.init(externalId: "A", ref: "H-0001")]),
        Batch(name: "no externalId is always new", drafts: [nil, "", nil], known: ["": "H-0001"], created: [nil, "", nil], skipped: []),
        Batch(name: "a repeat within the batch names the first", drafts: ["A", "B", "A"], known: [:], created: ["A", "B"],
              skipped: [.init(externalId: "A", ref: "H-0010")]),
    ]

    static func drafts(_ ids: [String?]) -> [Case] {
        ids.enumerated().map { index, id in
            var draft = StoreFixture.draft("Applicant\(index)")
            draft.externalId = id
            return draft
        }
    }

    @Test(arguments: batches)
    func aPlanCreatesOnlyWhatIsNew(batch: Batch) {
        let plan = ImportPlan(Self.drafts(batch.drafts), known: batch.known)
        #expect(plan.fresh.map(\.externalId) == batch.created)
        let created = plan.fresh.enumerated().map { index, draft in
            var record = draft
            record.ref = CaseRef.make(10 + index)
            return record
        }
        let outcome = plan.outcome(created: created)
        #expect(outcome.created == created)
        #expect(outcome.skipped == batch.skipped)
    }

    @Test func theKnownIdsAreTheCaseloadsNonEmptyOnes() {
        var records = Self.drafts(["A", nil, "", "A", "B"])
        for index in records.indices { records[index].ref = CaseRef.make(index + 1) }
        #expect(ImportPlan.known(records.map(CaseSummary.init)) == ["A": "H-0001", "B": "H-0005"])
    }

    @Test func twoStoresImportingOneBatchAtOnceCreateItOnce() throws {
        let f = try StoreFixture()
        try f.seed(3)
        let url = f.directory.url
        let failures = ConcurrentWriterTests.Failures()
        for round in 0..<8 {
            let batch = Self.drafts((0..<12).map { "R\(round)-\($0)" })
            let outcomes = Outcomes()
            DispatchQueue.concurrentPerform(iterations: 2) { importer in
                do {
                    // Each thread has its own instance, as two `casework import` processes would.
                    let store = try JSONFileStore.open(at: url, clock: StoreFixture.clock)
                    let actor = importer == 0 ? StoreFixture.priya : StoreFixture.tom
                    outcomes.add(try ImportService(store: store, actor: actor).importCases(batch))
                } catch {
                    failures.add(error)
                }
            }
            let both = outcomes.all
            #expect(both.count == 2)
            #expect(both.map(\.created.count).sorted() == [0, 12], "round \(round)")
            #expect(both.map(\.skipped.count).sorted() == [0, 12], "round \(round)")
            let created = both.flatMap(\.created)
            #expect(Set(both.flatMap(\.skipped)) == Set(created), "each skip names the case the other import created")
        }
        #expect(failures.all.isEmpty)
        let summaries = try f.store.summaries().summaries
        #expect(summaries.count == 3 + 8 * 12)
        let ids = summaries.compactMap(\.externalId)
        #expect(Set(ids).count == ids.count)
        #expect(try f.store.doctor(repair: false).findings.isEmpty)
    }

    @Test func theDecisionUnderTheLockSeesWhatWasCommittedAfterTheFirstReading() throws {
        let f = try StoreFixture()
        let other = try f.another()
        try other.create(Self.drafts(["A"]), by: StoreFixture.tom)
        // Another instance imports between this one's reading (before the lock) and its decision (under it).
        var reading = try f.store.readApplications()
        try other.create(Self.drafts(["B"]), by: StoreFixture.tom)
        var outcome = try f.store.createOnce(Self.drafts(["A", "B", "C"]), by: StoreFixture.priya, after: reading)
        #expect(outcome.created.map(\.externalId) == ["C"])
        #expect(outcome.skipped == [.init(externalId: "A", ref: "H-0001"), .init(externalId: "B", ref: "H-0002")])

        // A compaction replaces the file meanwhile: the index is read again in full.
        reading = try f.store.readApplications()
        try other.create(Self.drafts(["D"]), by: StoreFixture.tom)
        #expect(try StoreFixture.compact(other))
        outcome = try f.store.createOnce(Self.drafts(["D", "E"]), by: StoreFixture.priya, after: reading)
        #expect(outcome.created.map(\.externalId) == ["E"] && outcome.skipped == [.init(externalId: "D", ref: "H-0004")])
        #expect(try f.store.summaries().summaries.compactMap(\.externalId) == ["A", "B", "C", "D", "E"])
    }

    /// Outcomes from the importing threads.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [ImportService.Outcome] = []
        func add(_ outcome: ImportService.Outcome) { lock.withLock { outcomes.append(outcome) } }
        var all: [ImportService.Outcome] { lock.withLock { outcomes } }
    }
}
