/// What a store offers the diary besides cases: `diary.json`, and booking as check-and-set.
public protocol DiaryStore: AnyObject {
    /// The caseworkers' patterns, absences and the forecast's settings; an empty set-up when there is no file.
    /// Throws `DiarySetupError` (every problem, by position) for a file that cannot be used.
    func diarySetup() throws -> DiarySetup

    /// Replaces `diary.json`, refused if someone saved since `expectedRevision`; returns it at its new revision.
    @discardableResult
    func saveDiarySetup(_ setup: DiarySetup, expectedRevision: Int, by actor: Actor) throws -> DiarySetup

    /// A case change that takes the slot `claiming` (the changed case must hold an appointment there) and gives up
    /// `releasing`, as one commit: checked under the writers' lock, refused with `BookingRefusal.slotTaken` (the
    /// holder's ref) when another case holds the slot, and then nothing is written.
    @discardableResult
    func update(_ ref: String, expectedRevision: Int?, by actor: Actor, action: String, claiming: SlotKey?,
                releasing: SlotKey?, _ change: (inout Case) throws -> Void) throws -> Case
}
