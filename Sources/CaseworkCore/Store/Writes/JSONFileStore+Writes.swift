import Foundation

extension JSONFileStore {
    @discardableResult
    public func update(_ ref: String, expectedRevision: Int?, by actor: Actor, action: String,
                       _ change: (inout Case) throws -> Void) throws -> Case {
        try CaseRef.check(ref)
        return try locked { journal in
            let (current, next) = try changed(ref, expectedRevision: expectedRevision, change)
            return try commitChange(from: current, to: next, by: actor, action: action, journal: journal)
        }
    }

    /// The current record and the record after `change`, the lock held; refused on a stale revision.
    func changed(_ ref: String, expectedRevision: Int?, _ change: (inout Case) throws -> Void) throws -> (Case, Case) {
        let current = try readCase(ref)
        if let expectedRevision, expectedRevision != current.revision {
            throw StoreError.staleRevision(ref: ref, expected: expectedRevision, current: current.revision,
                                           changedBy: displayName(of: current.updatedBy), changedAt: current.updatedAt)
        }
        var next = current
        try change(&next)
        guard next.ref == ref else { throw StoreError.invalid(reason: "a change to \(ref) may not alter its ref") }
        return (current, next)
    }

    /// Commits `next` as the revision after `current`, the lock held.
    func commitChange(from current: Case, to next: Case, by actor: Actor, action: String, journal: Journal) throws -> Case {
        var next = next
        let now = clock.now()
        next.schemaVersion = Case.currentSchemaVersion
        // Checked, though a readable record's revision is at most `RecordPlausibility.maximumRevision`.
        let (revision, overflow) = current.revision.addingReportingOverflow(1)
        guard !overflow else {
            throw StoreError.unreadable(StoreProblem(file: DataDirectory.caseFile(current.ref), position: "revision", reason: "cannot go higher"))
        }
        next.revision = revision
        next.updatedAt = now
        next.updatedBy = actor.id
        let fields = Case.changedFields(from: current, to: next)
        try commit([Staged(record: next, fields: fields, isNew: false)], action: action, at: now, by: actor,
                   journal: journal, syncEachFile: true)
        return next
    }

    @discardableResult
    public func create(_ drafts: [Case], by actor: Actor) throws -> [Case] {
        try locked { journal in try insert(drafts, by: actor, journal: journal) }
    }

    /// Creates the drafts as new records, the lock held.
    func insert(_ drafts: [Case], by actor: Actor, journal: Journal) throws -> [Case] {
        guard !drafts.isEmpty else { return [] }
        let now = clock.now()
        var top = journal.last.top
        let created = drafts.map { draft in
            var record = newRecord(draft, after: &top)
            record.createdAt = now
            record.updatedAt = now
            record.updatedBy = actor.id
            return record
        }
        let staged = created.map { Staged(record: $0, fields: Case.filledFields(of: $0), isNew: true) }
        try commit(staged, action: AuditEntry.create, at: now, by: actor, journal: journal, syncEachFile: true)
        return created
    }

    public func auditAccess(of ref: String, by actor: Actor, action: String) throws {
        try CaseRef.check(ref)
        let entry = AuditEntry(at: clock.now(), by: actor.id, ref: ref, revision: nil, action: action, fields: nil)
        try locked { journal in try journal.appendAudit([entry]) }
    }

    /// A record ready to commit, with what its audit line will say changed.
    struct Staged {
        var record: Case
        var fields: [String]
        var isNew: Bool
    }

    /// A draft as a new record: the next ref, revision 1, the current schema.
    func newRecord(_ draft: Case, after top: inout Int) -> Case {
        var record = draft
        record.ref = nextRef(after: &top)
        record.schemaVersion = Case.currentSchemaVersion
        record.revision = 1
        return record
    }

    /// The next free ref; skips any number whose file exists, so even a lost index can never overwrite a record.
    func nextRef(after top: inout Int) -> String {
        while true {
            top += 1
            let ref = CaseRef.make(top)
            if !directory.exists(DataDirectory.caseFile(ref)) { return ref }
        }
    }

    /// The write protocol: stage each record in `tmp/` (synced), append and sync the index lines (the commit
    /// point), append and sync the audit lines, rename each record into `cases/`, sync `cases/`.
    /// The audit line goes before the rename so a staged file left by a crash always tells recovery whether its
    /// audit line still needs writing. `syncEachFile: false` syncs the whole batch with one `syncfs` instead.
    /// Whatever can fail for a reason known in advance is done before the commit point: the audit lines are
    /// encoded and chained, and `tmp/` and `cases/` checked to be real directories on one file system.
    func commit(_ staged: [Staged], action: String, at now: Timestamp, by actor: Actor, journal: Journal,
                syncEachFile: Bool) throws {
        let names = staged.map { DataDirectory.tempName(Recovery.caseKind, $0.record.ref) }
        let documents = try StoreCoders.encodeAll(staged.map(\.record), like: coders.document)
        for (bytes, name) in zip(documents, names) {
            try bytes.withUnsafeBytes { try directory.stage($0, as: name, sync: syncEachFile) }
        }
        if !syncEachFile, !staged.isEmpty {
            try FileSystemSync.sync(containing: directory.openDirectory(DataDirectory.tmpDirectory))
        }
        var counters = journal.last
        var lines: [IndexLine] = []
        var audits: [AuditEntry] = []
        for (item, name) in zip(staged, names) {
            let audit = AuditEntry(at: now, by: actor.id, ref: item.record.ref, revision: item.record.revision,
                                   action: action, fields: item.fields)
            counters.line += 1
            if item.isNew { counters.cases += 1 }
            counters.top = max(counters.top, CaseRef.number(item.record.ref) ?? 0)
            let commit = Commit(line: counters.line, cases: counters.cases, top: counters.top, tmp: name, action: action,
                                by: actor.id == item.record.updatedBy ? nil : actor.id,
                                at: now == item.record.updatedAt ? nil : now, unlisted: counters.unlisted)
            lines.append(IndexLine(commit: commit,
                                   summary: CaseSummary(item.record)))
            audits.append(audit)
        }
        let auditLines = try journal.auditLines(audits)
        try directory.checkRenames(from: DataDirectory.tmpDirectory, to: DataDirectory.casesDirectory)
        try journal.append(lines)
        try journal.append(auditLines)
        for (item, name) in zip(staged, names) {
            try directory.rename(DataDirectory.tmpFile(name), to: DataDirectory.caseFile(item.record.ref))
        }
        try directory.syncDirectory(DataDirectory.casesDirectory)
    }
}
