import CaseworkCore
import CaseworkUI

/// A case screen with a few fixed keys, so the App's flows are tested apart from the real screen's forms:
/// `e` edits the phone number, Ctrl-S saves, `n` logs a note, `!` reports an error, Esc goes back.
struct ScriptedCase: CaseView {
    private(set) var record: Case
    /// The one fact this screen edits; kept apart from the record so a reload rebases it on the newer facts.
    private var editedPhone: String?

    init(record: Case, context: ConsoleContext) { self.record = record }

    var ref: String { record.ref }
    var hasUnsavedEdits: Bool { editedPhone != nil }

    var editedDetails: CaseDetails? {
        editedPhone.map { phone in
            var details = CaseDetails(record)
            details.applicant.phone = phone
            return details
        }
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

    mutating func handle(_ key: Key) -> CaseScreenOutcome {
        switch key {
        case .character("e"):
            editedPhone = "07700 900000"
            return .handled
        case .control("s"):
            guard let editedDetails else { return .message("Nothing to save") }
            return .perform(.saveDetails(editedDetails))
        case .character("n"): return .perform(.note(text: "Called the applicant"))
        case .character("!"): return .error("that went wrong on \(ref)")
        case .escape: return .back
        default: return .ignored
        }
    }

    mutating func layout(in area: Rect) {}

    func render(into buffer: inout Buffer, area: Rect) {
        buffer.put("Case \(ref) · revision \(record.revision)" + (hasUnsavedEdits ? " · edited" : ""), in: area.row(0))
    }

    var helpSections: [HelpOverlay.Section] { [.init("Case", [.init("Ctrl-S", "save"), .init("n", "log a note")])] }
    var functionKeys: [FunctionKeyBar.Item] { [.init("F6", "Save")] }
    var position: String { "revision \(record.revision)" }
}
