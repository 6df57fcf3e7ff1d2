/// What recording a restriction does beyond the flag: a draft keeps the full record as its officer last saw it, so
/// the drafts of staff no longer cleared to see the case go when it is restricted.
enum CaseRestriction {
    static func removeDrafts(of record: Case, from store: CaseStore) throws {
        guard let drafts = store as? DraftStore else { return }
        let staff = try store.staff()
        for user in try drafts.draftAuthors(of: record.ref) {
            let cleared = staff.member(user).map { Actor($0).mayView(restrictedCaseAssignedTo: record.assignedOfficer) } ?? false
            if !cleared { try drafts.discardDraft(user: user, ref: record.ref) }
        }
    }
}
