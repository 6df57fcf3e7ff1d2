extension JSONFileStore {
    /// Creates the drafts whose externalId no case holds, deciding under the write lock (see `ImportPlan`). The
    /// index is read in full before the lock, the slow part at 100,000 cases; under it, only what came since.
    public func createOnce(_ drafts: [Case], by actor: Actor) throws -> ImportPlan.Outcome {
        try createOnce(drafts, by: actor, after: readApplications())
    }

    /// The externalIds the index holds, and where the reading stopped.
    struct ApplicationsRead {
        var known: [String: String] = [:]
        var mark: IndexMark?
    }

    func readApplications() throws -> ApplicationsRead {
        let read = try readIndex(.all)
        return ApplicationsRead(known: ImportPlan.known(read.snapshot.summaries), mark: read.mark)
    }

    /// Under the lock, reads on from where `earlier` stopped, or the whole index again if it was replaced meanwhile
    /// (a compaction or a rebuild), then creates what is new.
    func createOnce(_ drafts: [Case], by actor: Actor, after earlier: ApplicationsRead) throws -> ImportPlan.Outcome {
        try locked { journal in
            var known = earlier.known
            if let mark = earlier.mark, mark.continues(in: try journal.index.status()) {
                ImportPlan.add(try IndexReader.fold(journal.index, from: mark.position).fold.summaries, to: &known)
            } else {
                known = ImportPlan.known(try IndexReader.fold(journal.index).fold.summaries)
            }
            let plan = ImportPlan(drafts, known: known)
            return plan.outcome(created: try insert(plan.fresh, by: actor, journal: journal))
        }
    }
}
