import CaseworkCore
@testable import CaseworkUI

/// A case screen with a few fixed keys, so the App's flows are tested apart from the real screen's forms:
/// `e` edits the phone number, Ctrl-S saves, `n` logs a note, `!` reports an error, Esc goes back.
struct ScriptedCase: CaseView {
    enum Action: Sendable { case edit, save, note, fail, back }

    private(set) var record: Case
    /// The one fact this screen edits; kept apart from the record so a reload rebases it on the newer facts.
    private var editedPhone: String?
    var overlays = ScreenOverlays<Never, Never>()

    init(record: Case, context: ConsoleContext) { self.record = record }

    static let keys = KeyTable<ScriptedCase, Action>("Case", [
        KeyBinding([.character("e")], .edit, help: "edit the phone"),
        KeyBinding([.control("s")], .save, help: "save", bar: "Save"),
        KeyBinding([.character("n")], .note, help: "log a note"),
        KeyBinding([.character("!")], .fail, help: "go wrong"),
        KeyBinding([.escape], .back, help: "back"),
    ])

    var keys: KeyTable<ScriptedCase, Action> { ScriptedCase.keys }
    var title: String { "case \(ref)" }
    var ref: String { record.ref }
    var hasUnsavedEdits: Bool { editedPhone != nil }
    var draftForms: [DraftForm] { [] }
    var editedPlan: PlanContent? { nil }

    var editedDetails: CaseDetails? {
        editedPhone.map { phone in
            var details = CaseDetails(record)
            details.applicant.phone = phone
            return details
        }
    }

    var unsavedWork: UnsavedWork {
        UnsavedWork(hasUnsavedEdits ? ["unsaved changes to case \(ref)"] : [], canSave: true, canKeepDraft: true)
    }

    mutating func reload(_ record: Case, keepEdits: Bool) -> [String] {
        self.record = record
        if !keepEdits { editedPhone = nil }
        return []
    }

    mutating func restore(draft details: CaseDetails, madeOn base: CaseDetails?) -> [String] {
        editedPhone = details.applicant.phone
        return []
    }

    mutating func restore(plan: PlanContent, madeOn base: PlanContent?) -> [String] { [] }
    mutating func restore(forms: [DraftForm]) {}
    mutating func discardUnsaved() { editedPhone = nil }
    mutating func show(_ tab: CaseTab) {}
    mutating func saveUnsaved() -> ScreenOutcome { perform(.save, key: .control("s")) }

    mutating func perform(_ action: Action, key: Key) -> ScreenOutcome {
        switch action {
        case .edit:
            editedPhone = "07700 900000"
            return .handled
        case .save:
            guard let editedDetails else { return .message("Nothing to save") }
            return .perform(.saveDetails(editedDetails))
        case .note: return .perform(.note(text: "Called the applicant"))
        case .fail: return .error("that went wrong on \(ref)")
        case .back: return .back
        }
    }

    func render(into buffer: inout Buffer, area: Rect) {
        buffer.put("Case \(ref) · revision \(record.revision)" + (hasUnsavedEdits ? " · edited" : ""), in: area.row(0))
    }

    var position: String { "revision \(record.revision)" }
}
