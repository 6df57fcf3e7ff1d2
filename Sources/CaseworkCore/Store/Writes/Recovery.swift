import Foundation

/// What every writer does first, under the lock: finish what a writer that died after its commit point left
/// undone. A staged case file whose commit line is in the index is renamed into place (when the case file is
/// older), its audit line written first if missing; a staged file without a commit line never counted and is
/// left alone ("stale": ignored, removed by `doctor --repair`). With `tmp/` empty this is one `readdir`.
struct Recovery {
    let directory: DataDirectory
    let journal: Journal
    let coders: StoreCoders

    /// Staged case files carry this kind in their names; drafts and index rewrites carry others.
    static let caseKind = "case"

    func run() throws {
        // A `tmp/` that is a link holds nothing of ours: the write that follows refuses it, and doctor reports it.
        guard !directory.isLink(DataDirectory.tmpDirectory) else { return }
        let staged = try directory.names(in: DataDirectory.tmpDirectory)
            .filter { $0.hasPrefix(Self.caseKind + ".") }
        guard !staged.isEmpty else { return }
        // Staged files with no commit line never counted: they stay as they are.
        let commits = try committedLines(for: Set(staged))
        guard !commits.isEmpty else { return }

        var audits: [AuditEntry] = []
        var moves: [(name: String, ref: String)] = []
        for line in commits.values.sorted(by: { $0.commit.line < $1.commit.line }) {
            guard let name = line.commit.tmp, let audit = try rollForwardAudit(line, staged: name) else { continue }
            audits.append(audit)
            moves.append((name, line.summary.ref))
        }
        // As in a normal write: the audit line before the rename.
        try journal.appendAudit(try missingAudits(audits))
        for move in moves {
            try directory.rename(DataDirectory.tmpFile(move.name), to: DataDirectory.caseFile(move.ref))
        }
        if !moves.isEmpty { try directory.syncDirectory(DataDirectory.casesDirectory) }
    }

    /// The commit lines naming the staged files, from the index's last lines (a writer that died was the last
    /// to append; a bulk batch can leave a few thousand).
    private func committedLines(for names: Set<String>) throws -> [String: IndexLine] {
        let window = (64 << 10) + names.count * (8 << 10)
        var found: [String: IndexLine] = [:]
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: window)
        defer { scratch.deallocate() }
        for bytes in try Journal.tailLines(of: journal.index, window: window) {
            let entry = bytes.withUnsafeBufferPointer { try? coders.indexLine.decode($0, scratch: scratch, wantCommit: true) }
            guard let entry, let commit = entry.commit, let tmp = commit.tmp, names.contains(tmp) else { continue }
            found[tmp] = IndexLine(commit: commit, summary: entry.summary)
        }
        return found
    }

    /// The audit line for a committed staged file that should be rolled forward, or nil when it should not: the
    /// case file is as new already, or cannot be read (an unreadable record is never replaced behind anyone's
    /// back: doctor reports it). The changed fields are recomputed from the two records, exactly as the writer did.
    private func rollForwardAudit(_ line: IndexLine, staged name: String) throws -> AuditEntry? {
        let ref = line.summary.ref
        guard let staged = try? CaseFile.decode(directory.read(DataDirectory.tmpFile(name)), file: DataDirectory.tmpFile(name),
                                                decoder: coders.decoder) else { return nil }
        let fields: [String]
        if let data = try directory.readIfExists(DataDirectory.caseFile(ref)) {
            guard let old = try? CaseFile.decode(data, file: DataDirectory.caseFile(ref), decoder: coders.decoder),
                  old.revision < staged.revision else { return nil }
            fields = Case.changedFields(from: old, to: staged)
        } else {
            fields = Case.filledFields(of: staged)
        }
        return AuditEntry(at: line.commit.at ?? line.summary.updatedAt, by: line.commit.by ?? line.summary.updatedBy, ref: ref,
                          revision: staged.revision, action: line.commit.action ?? "update", fields: fields)
    }

    /// The audit lines among `expected` that the journal's tail does not hold yet.
    private func missingAudits(_ expected: [AuditEntry]) throws -> [AuditEntry] {
        let window = (16 << 10) + expected.count * 1024
        var present = Set<String>()
        for bytes in try Journal.tailLines(of: journal.audit, window: window) {
            guard let entry = try? coders.decoder.decode(AuditEntry.self, from: Data(bytes)),
                  let revision = entry.revision else { continue }
            present.insert(entry.ref + "#\(revision)")
        }
        return expected.filter { !present.contains($0.ref + "#\($0.revision ?? 0)") }
    }
}
