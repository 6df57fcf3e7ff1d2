/// The narrow surface every store offers, so a database-backed store can sit behind it later.
/// Writes are whole-record, revision-checked and audited; reads of the list come from summaries only.
public protocol CaseStore: AnyObject {
    /// What kind of data set this is (the demo, or a council's live caseload).
    var meta: StoreMeta { get }

    /// Every case's summary, from the index. Unreadable index lines are reported in `problems`, not dropped silently.
    func summaries() throws -> IndexSnapshot

    /// The summaries of `scope` only (every case's, or those a console needs), as `summaries()` filtered.
    func summaries(_ scope: SummaryScope) throws -> IndexSnapshot

    /// Summaries written by anyone (this or another process) since the last call; empty when nothing changed.
    /// Cheap enough to call once a second from the console (a `stat` when idle).
    func changes() throws -> [CaseSummary]

    /// The full record. Throws `StoreError.notFound` or `.unreadable` (file and position named).
    func load(_ ref: String) throws -> Case

    /// Creates new cases under one lock, assigning refs in order; returns them as stored (revision 1).
    func create(_ drafts: [Case], by actor: Actor) throws -> [Case]

    /// Creates only the drafts whose `externalId` no case holds yet, deciding under the same lock as the write
    /// (see `ImportPlan`), so two imports of one file at once create each application once.
    func createOnce(_ drafts: [Case], by actor: Actor) throws -> ImportPlan.Outcome

    /// Read-modify-write under the lock. `expectedRevision` nil means "whatever is current" (appending a note);
    /// otherwise a different current revision throws `StoreError.staleRevision` and nothing is written.
    /// Returns the record as stored, its revision one higher. The audit line lists the fields that changed.
    @discardableResult
    func update(_ ref: String, expectedRevision: Int?, by actor: Actor, action: String,
                _ change: (inout Case) throws -> Void) throws -> Case

    /// Records that someone opened a restricted case, or was refused opening or changing it (`action` says which).
    func auditAccess(of ref: String, by actor: Actor, action: String) throws

    func staff() throws -> StaffDirectory
}

/// Which cases' summaries a reader wants.
public enum SummaryScope: Hashable, Sendable {
    case all
    /// Every case not dormant on the day (`DormantCase`): what the console holds, a few in a hundred of a council's
    /// records; the store need not read the others.
    case active(on: Day)

    public func admits(_ summary: CaseSummary) -> Bool {
        switch self {
        case .all: true
        case .active(let day): !DormantCase.isDormant(summary, on: day)
        }
    }
}

extension CaseStore {
    public func summaries(_ scope: SummaryScope) throws -> IndexSnapshot {
        var snapshot = try summaries()
        if scope != .all { snapshot.summaries.removeAll { !scope.admits($0) } }
        return snapshot
    }
}

/// The store's own description of itself, kept in `casework.json` at the top of the data directory.
public struct StoreMeta: Codable, Hashable, Sendable {
    public enum Dataset: String, Codable, Sendable { case demo, live }

    public var schemaVersion: Int
    public var dataset: Dataset
    /// The council or team name shown in the title line.
    public var name: String
    public var createdAt: Timestamp

    public init(dataset: Dataset, name: String, createdAt: Timestamp) {
        schemaVersion = 1
        self.dataset = dataset
        self.name = name
        self.createdAt = createdAt
    }
}

/// The list of cases as the index holds it, and any lines it could not read.
public struct IndexSnapshot: Sendable {
    public var summaries: [CaseSummary]
    public var problems: [StoreProblem]

    public init(summaries: [CaseSummary], problems: [StoreProblem]) {
        self.summaries = summaries
        self.problems = problems
    }
}

/// Something wrong found while reading, named by file and position, never by what the record says.
public struct StoreProblem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var position: String
    public var reason: String

    public init(file: String, position: String, reason: String) {
        self.file = file
        self.position = position
        self.reason = reason
    }

    public var description: String { position.isEmpty ? "\(file): \(reason)" : "\(file): \(position): \(reason)" }
}

public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notFound(ref: String)
    /// Someone saved first. `changedBy` is the person's name where the staff directory knows it.
    case staleRevision(ref: String, expected: Int, current: Int, changedBy: String, changedAt: Timestamp)
    case unreadable(StoreProblem)
    case newerSchema(file: String, version: Int)
    case notADataDirectory(path: String, reason: String)
    case lockUnavailable(path: String, reason: String)
    case io(path: String, reason: String)
    case invalid(reason: String)

    public var description: String {
        switch self {
        case .notFound(let ref): "no case \(ref)"
        case .staleRevision(let ref, _, _, let who, let at):
            "case \(ref) was changed by \(who) at \(at.clockTime); reload"
        case .unreadable(let problem): "cannot read \(problem)"
        case .newerSchema(let file, let version):
            "\(file) was written by a newer Casework (schema \(version)); upgrade before opening it"
        case .notADataDirectory(let path, let reason): "\(path) is not a Casework data directory: \(reason)"
        case .lockUnavailable(let path, let reason): "cannot lock \(path): \(reason)"
        case .io(let path, let reason): "\(path): \(reason)"
        case .invalid(let reason): reason
        }
    }
}

/// Drafts of unsaved edits, one file per user and case, kept beside the records with the same care.
public protocol DraftStore: AnyObject {
    func saveDraft(_ draft: CaseDraft) throws
    func drafts(for user: String) throws -> [CaseDraft]
    func discardDraft(user: String, ref: String) throws
    /// The users holding a draft of the case.
    func draftAuthors(of ref: String) throws -> [String]
}

extension CaseStore {
    /// Records an opening of a restricted case, allowed or refused.
    public func auditView(of ref: String, by actor: Actor, allowed: Bool) throws {
        try auditAccess(of: ref, by: actor, action: allowed ? AuditEntry.view : AuditEntry.viewRefused)
    }
}
