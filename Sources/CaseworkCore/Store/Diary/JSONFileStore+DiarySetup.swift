import Foundation

extension JSONFileStore {
    /// `diary.json`, read with the staff directory so a diary for someone not on it is a problem, not a surprise.
    public func diarySetup() throws -> DiarySetup {
        guard let data = try directory.readIfExists(DiarySetupReader.fileName) else { return DiarySetup() }
        return try DiarySetupReader(staff: try staff()).decode(data)
    }

    /// Replaces `diary.json` under the writers' lock with its revision raised, and audits which parts changed.
    @discardableResult
    public func saveDiarySetup(_ setup: DiarySetup, expectedRevision: Int, by actor: Actor) throws -> DiarySetup {
        try locked { journal in
            let current = try diarySetup()
            guard current.revision == expectedRevision else {
                throw StoreError.invalid(reason: "\(DiarySetupReader.fileName) was changed by someone else since you opened it "
                    + "(revision \(current.revision), you had \(expectedRevision)); reload")
            }
            var next = setup
            next.schemaVersion = DiarySetup.currentSchemaVersion
            next.revision = current.revision + 1
            let bytes = try coders.document.encode(DiarySetupReader.document(next))
            // What is written must read back: a set-up the reader would refuse never reaches the file.
            _ = try DiarySetupReader(staff: try staff()).decode(bytes)
            try directory.replaceDurably(DiarySetupReader.fileName, in: "", with: bytes, kind: "diary")
            try journal.appendAudit([AuditEntry(at: clock.now(), by: actor.id, ref: DiarySetupReader.fileName,
                                                revision: next.revision, action: "diary", fields: Self.changedParts(current, next))])
            return next
        }
    }

    /// `caseworkers.amara`, `closures`, `settings`: what a diary save changed, for its audit line.
    static func changedParts(_ old: DiarySetup, _ new: DiarySetup) -> [String] {
        var parts: [String] = []
        let officers = (old.caseworkers.map(\.officer) + new.caseworkers.map(\.officer)).reduce(into: [String]()) { list, id in
            if !list.contains(id) { list.append(id) }
        }
        for officer in officers where old.diary(of: officer) != new.diary(of: officer) { parts.append("caseworkers." + officer) }
        if old.closures != new.closures { parts.append("closures") }
        if old.settings != new.settings { parts.append("settings") }
        return parts
    }
}
