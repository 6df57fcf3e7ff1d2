import CaseworkCore

/// The diary in memory: the same refusals as the file store's check-and-set, by looking at every case (fine for a
/// test's fifty); the claims the file store keeps for speed are not needed here.
extension MemoryStore: DiaryStore {
    func diarySetup() throws -> DiarySetup { diary }

    func saveDiarySetup(_ setup: DiarySetup, expectedRevision: Int, by actor: Actor) throws -> DiarySetup {
        guard diary.revision == expectedRevision else {
            throw StoreError.invalid(reason: "diary.json was changed by someone else since you opened it; reload")
        }
        var next = setup
        next.revision = diary.revision + 1
        diary = next
        return next
    }

    func update(_ ref: String, expectedRevision: Int?, by actor: Actor, action: String, claiming: SlotKey?, releasing: SlotKey?,
                _ change: (inout Case) throws -> Void) throws -> Case {
        if let key = claiming {
            let holder = try summaries().summaries.first { summary in
                summary.ref != ref && summary.appointments.contains { $0.slot == key && $0.status.holdsSlot }
            }
            if let holder { throw BookingRefusal.slotTaken(key, by: holder.ref) }
        }
        return try update(ref, expectedRevision: expectedRevision, by: actor, action: action, change)
    }
}
