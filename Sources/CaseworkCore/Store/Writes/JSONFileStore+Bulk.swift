extension JSONFileStore {
    /// Adds many cases fast (synthetic caseloads for scale tests): assigns refs in order and revision 1, and keeps
    /// each case's own `createdAt`/`updatedAt`/`updatedBy` (a generated history). Takes the lock per batch, so other
    /// writers get turns. Within a batch, no file is synced on its own: one `syncfs` puts every staged file on disk
    /// before the batch's index lines commit them, so the guarantees are those of `create`. Returns how many it added.
    @discardableResult
    public func bulkCreate(_ cases: some Sequence<Case>, by actor: Actor, batchSize: Int = 2000) throws -> Int {
        var iterator = cases.makeIterator()
        var total = 0
        while true {
            var batch: [Case] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize, let next = iterator.next() { batch.append(next) }
            guard !batch.isEmpty else { return total }
            try locked { journal in
                var top = journal.last.top
                let staged = batch.map { draft in
                    let record = newRecord(draft, after: &top)
                    return Staged(record: record, fields: Case.filledFields(of: record), isNew: true)
                }
                try commit(staged, action: AuditEntry.create, at: clock.now(), by: actor, journal: journal, syncEachFile: false)
            }
            total += batch.count
        }
    }
}
