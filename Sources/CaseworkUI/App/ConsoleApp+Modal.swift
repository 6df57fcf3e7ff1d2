import CaseworkCore

/// The modals: help, the quit and leave confirmations, the conflict's reload offer and the draft offer.
extension ConsoleApp {
    mutating func offerNextDraft() {
        guard !draftsToOffer.isEmpty else { return }
        let draft = draftsToOffer.removeFirst()
        let when = "\(DayFormat.long(draft.savedAt.day)) at \(draft.savedAt.clockTime)"
        let dialog = Dialog(title: "Unsaved changes",
                            message: "You left unsaved changes to case \(draft.ref) on \(when). Restore them now?",
                            buttons: ["Restore", "Keep for later", "Discard"], cancelButton: 1)
        modal = .draft(dialog, draft)
    }

    mutating func handleModal(_ key: Key) -> [ConsoleEffect] {
        guard let current = modal else { return [] }
        if case .help(var overlay) = current {
            modal = overlay.handle(key) == .cancelled ? nil : .help(overlay)
            return []
        }
        guard var dialog = current.dialog else { return [] }
        let outcome = dialog.handle(key)
        guard outcome == .submitted || outcome == .cancelled else {
            modal = current.with(dialog)
            return []
        }
        modal = nil
        switch current {
        case .help: return []
        case .quit:
            guard dialog.confirmed, let view = openCase else { return [] }
            return (restoredDrafts.contains(view.ref) ? [.discardDraft(ref: view.ref)] : []) + [.quit]
        case .leave(_, let ref):
            return dialog.confirmed ? closeCase(thenOpen: ref) : []
        case .conflict(_, let ref):
            return dialog.selected == 0 ? [.reload(ref: ref)] : []
        case .draft(_, let draft):
            switch dialog.selected {
            case 0:
                restoring = draft
                if !draftsToOffer.isEmpty {
                    status.show("\(draftsToOffer.count) more unsaved draft(s) kept for your next start")
                    draftsToOffer = []
                }
                return [.open(ref: draft.ref)]
            case 2:
                offerNextDraft()
                return [.discardDraft(ref: draft.ref)]
            default:
                offerNextDraft()
                return []
            }
        }
    }
}
