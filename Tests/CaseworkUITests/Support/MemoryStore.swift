import CaseworkCore

/// A `CaseStore & DraftStore` held in memory for the console's tests: the same revision checks, change feed,
/// view audit and drafts as the file store promises, and a way to play another officer saving first.
final class MemoryStore: CaseStore, DraftStore {
    let meta: StoreMeta
    private let directory: StaffDirectory
    private let clock: Clock
    private var records: [String: Case] = [:]
    private var order: [String] = []
    private var changed: [CaseSummary] = []
    private var draftFiles: [String: CaseDraft] = [:]
    /// (ref, actor id, allowed) for every opening of a restricted case.
    private(set) var viewAudit: [(ref: String, actor: String, allowed: Bool)] = []
    /// (ref, action) for every update that was written.
    private(set) var writes: [(ref: String, action: String)] = []
    /// The next `summaries()` throws this, to test a caseload that cannot be read.
    var summariesFailure: StoreError?
    /// Every `saveDraft` throws this, to test a draft that cannot be written.
    var draftFailure: StoreError?
    /// The diary's set-up, as `diary.json` would hold it (see `MemoryStore+Diary.swift`).
    var diary = DiarySetup()

    init(meta: StoreMeta, staff: StaffDirectory, clock: Clock, cases: [Case] = []) {
        self.meta = meta
        directory = staff
        self.clock = clock
        _ = try? create(cases, by: Actor(id: "online-form", name: "Online form", role: .triageOfficer))
        changed = []
    }

    func summaries() throws -> IndexSnapshot {
        if let failure = summariesFailure { throw failure }
        return IndexSnapshot(summaries: order.compactMap { records[$0].map(CaseSummary.init) }, problems: [])
    }

    func changes() throws -> [CaseSummary] {
        defer { changed = [] }
        return changed
    }

    func load(_ ref: String) throws -> Case {
        guard let record = records[ref] else { throw StoreError.notFound(ref: ref) }
        return record
    }

    func create(_ drafts: [Case], by actor: Actor) throws -> [Case] {
        drafts.map { draft in
            var record = draft
            record.ref = "H-" + Day.pad(order.count + 1, 4)
            record.revision = 1
            record.updatedAt = clock.now()
            record.updatedBy = actor.id
            records[record.ref] = record
            order.append(record.ref)
            changed.append(CaseSummary(record))
            return record
        }
    }

    func createOnce(_ drafts: [Case], by actor: Actor) throws -> ImportPlan.Outcome {
        let plan = ImportPlan(drafts, known: ImportPlan.known(order.compactMap { records[$0].map(CaseSummary.init) }))
        return plan.outcome(created: try create(plan.fresh, by: actor))
    }

    @discardableResult
    func update(_ ref: String, expectedRevision: Int?, by actor: Actor, action: String,
                _ change: (inout Case) throws -> Void) throws -> Case {
        guard var record = records[ref] else { throw StoreError.notFound(ref: ref) }
        if let expectedRevision, expectedRevision != record.revision {
            throw StoreError.staleRevision(ref: ref, expected: expectedRevision, current: record.revision,
                                           changedBy: directory.name(of: record.updatedBy) ?? record.updatedBy,
                                           changedAt: record.updatedAt)
        }
        try change(&record)
        record.revision += 1
        record.updatedAt = clock.now()
        record.updatedBy = actor.id
        records[ref] = record
        changed.append(CaseSummary(record))
        writes.append((ref, action))
        return record
    }

    func auditAccess(of ref: String, by actor: Actor, action: String) throws {
        viewAudit.append((ref, actor.id, action == AuditEntry.view))
    }

    func staff() throws -> StaffDirectory { directory }

    func saveDraft(_ draft: CaseDraft) throws {
        if let failure = draftFailure { throw failure }
        draftFiles[draft.user + "/" + draft.ref] = draft
    }

    func drafts(for user: String) throws -> [CaseDraft] {
        draftFiles.values.filter { $0.user == user }.sorted { $0.ref < $1.ref }
    }

    func discardDraft(user: String, ref: String) throws { draftFiles[user + "/" + ref] = nil }

    func draftAuthors(of ref: String) throws -> [String] { draftFiles.values.filter { $0.ref == ref }.map(\.user).sorted() }

    /// Another officer saves first, as another console would.
    func saveAsOtherOfficer(_ ref: String, by id: String, _ change: (inout Case) -> Void) throws {
        let member = directory.member(id)!
        try update(ref, expectedRevision: nil, by: Actor(member), action: "test", change)
    }
}
