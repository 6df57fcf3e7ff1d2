extension JSONFileStore {
    /// Keeps unsaved edits as `drafts/<user>/<ref>.json`, written durably like a record (but not indexed or audited:
    /// a draft is not a change to the case until it is saved).
    public func saveDraft(_ draft: CaseDraft) throws {
        let folder = try draftFolder(draft.user)
        try CaseRef.check(draft.ref)
        let bytes = try coders.document.encode(draft)
        try locked { _ in
            try directory.makeDirectory(folder)
            try directory.replaceDurably(folder + "/" + draft.ref + ".json", in: folder, with: bytes, kind: "draft")
        }
    }

    /// The user's drafts, by ref. An unreadable draft is reported by file and position, not skipped.
    public func drafts(for user: String) throws -> [CaseDraft] {
        let folder = try draftFolder(user)
        let names = try directory.names(in: folder).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let file = folder + "/" + name
            do {
                return try coders.decoder.decode(CaseDraft.self, from: directory.read(file))
            } catch let error as DecodingError {
                let (position, reason) = DecodingProblem.describe(error)
                throw StoreError.unreadable(StoreProblem(file: file, position: position, reason: reason))
            }
        }
    }

    public func discardDraft(user: String, ref: String) throws {
        let folder = try draftFolder(user)
        try CaseRef.check(ref)
        try locked { _ in
            try directory.remove(folder + "/" + ref + ".json")
            try directory.syncDirectory(folder)
        }
    }

    public func draftAuthors(of ref: String) throws -> [String] {
        try CaseRef.check(ref)
        return try directory.names(in: DataDirectory.draftsDirectory).filter { user in
            DataDirectory.isPlainName(user) && directory.exists(DataDirectory.draftsDirectory + "/" + user + "/" + ref + ".json")
        }.sorted()
    }

    private func draftFolder(_ user: String) throws -> String {
        guard DataDirectory.isPlainName(user) else { throw StoreError.invalid(reason: "\(Quote.value(user)) is not a user id") }
        return DataDirectory.draftsDirectory + "/" + user
    }
}
