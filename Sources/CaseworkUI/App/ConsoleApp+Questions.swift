import CaseworkCore

/// What is drawn over the screen and takes every key until it closes.
enum ConsoleModal {
    case help(HelpOverlay)
    case question(Dialog<AppAnswer>)
}

/// The answers of the frame's questions, matched by value: never by a button's label or place.
enum AppAnswer: Hashable, Sendable {
    case stay
    case save(then: Next)
    case keepDraft(then: Next)
    case discard(then: Next)
    case reload(ref: String)
    case restore(CaseDraft)
    case keepForLater
    case discardDraft(CaseDraft)
}

/// What follows once the officer has settled their unsaved work.
enum Next: Hashable, Sendable {
    case quit
    case go(Destination)
}

/// A step taken on the way out that must go through before the next: a save, or a draft.
enum Afterwards: Hashable, Sendable {
    /// The case `ref`'s action (or a screen's request) is being saved.
    case saving(ScreenID, ref: String?, then: Next)
    case keepingDraft(then: Next)
}

/// The questions about unsaved work (quitting, leaving a case), a conflict's reload offer and the draft offer.
extension ConsoleApp {
    var isAskingToQuit: Bool {
        if case .question(let dialog)? = modal, dialog.buttons.contains(where: { $0.answer == .discard(then: .quit) }) { return true }
        return false
    }

    /// Quitting with typed work anywhere asks: save, keep as a draft, or discard; without any, quits at once.
    mutating func requestQuit() -> [ConsoleEffect] {
        let work = unsavedWork
        guard !work.isEmpty else { return [.quit] }
        ask(about: work, then: .quit, leaving: nil)
        return []
    }

    /// The frame's one question about typed work, offering what can be done with it; the safe answer (Cancel) first.
    mutating func ask(about work: UnsavedWork, then next: Next, leaving ref: String?) {
        var buttons: [Dialog<AppAnswer>.Button] = [.init("Cancel", .stay)]
        var choices: [String] = []
        if work.canSave {
            buttons.append(.init("Save", .save(then: next)))
            choices.append("save it")
        }
        if work.canKeepDraft {
            buttons.append(.init("Keep as draft", .keepDraft(then: next)))
            choices.append(next == .quit ? "keep it as a draft for your next start" : "keep it as a draft (it comes back when you open the case)")
        }
        buttons.append(.init("Discard", .discard(then: next)))
        choices.append("discard it")
        let how = choices.count == 1 ? choices[0] : choices.dropLast().joined(separator: ", ") + ", or " + choices[choices.count - 1]
        modal = .question(Dialog(title: next == .quit ? "Quit" : "Leave case \(ref ?? "")",
                                 message: "You have \(work.described). \(Sentence.capitalised(how))?", buttons: buttons, cancel: .stay))
    }

    mutating func offerNextDraft() {
        guard !draftsToOffer.isEmpty else { return }
        let draft = draftsToOffer.removeFirst()
        let when = "\(DayFormat.long(draft.savedAt.day)) at \(draft.savedAt.clockTime)"
        modal = .question(Dialog(title: "Unsaved changes",
                                 message: "You left unsaved changes to case \(draft.ref) on \(when). Restore them now?",
                                 buttons: [.init("Restore", .restore(draft)), .init("Keep for later", .keepForLater),
                                           .init("Discard", .discardDraft(draft))],
                                 cancel: .keepForLater))
    }

    mutating func handleModal(_ key: Key) -> [ConsoleEffect] {
        switch modal {
        case .help(var overlay)?:
            modal = overlay.handle(key) == .cancelled ? nil : .help(overlay)
            return []
        case .question(var dialog)?:
            guard case .answered(let answer) = dialog.handle(key) else {
                modal = .question(dialog)
                return []
            }
            modal = nil
            return answered(answer)
        case nil:
            return []
        }
    }

    private mutating func answered(_ answer: AppAnswer) -> [ConsoleEffect] {
        switch answer {
        case .stay: return []
        case .save(let next): return saveThen(next)
        case .keepDraft(let next):
            let draft = draftEffects()
            guard !draft.isEmpty else { return proceed(next) }
            afterwards = .keepingDraft(then: next)
            return draft
        case .discard(let next):
            openCase?.discardUnsaved()
            for id in Array(screens.keys) { screens[id]?.discardUnsaved() }
            command = nil
            return proceed(next)
        case .reload(let ref): return [.reload(ref: ref)]
        case .restore(let draft):
            restoring = draft
            if !draftsToOffer.isEmpty {
                status.show("\(draftsToOffer.count) more unsaved draft(s) kept for your next start")
                draftsToOffer = []
            }
            return arrive(at: .openCase(ref: draft.ref, tab: nil))
        case .keepForLater:
            offerNextDraft()
            return []
        case .discardDraft(let draft):
            offerNextDraft()
            return [.discardDraft(ref: draft.ref)]
        }
    }

    /// "Save" on the way out: the screen holding the work saves it, and the way out follows once it is through.
    private mutating func saveThen(_ next: Next) -> [ConsoleEffect] {
        let holder: ScreenID
        let outcome: ScreenOutcome
        if var view = openCase, !view.unsavedWork.isEmpty {
            holder = .openCase
            outcome = view.saveUnsaved()
            openCase = view
        } else if let id = screens.keys.first(where: { !(screens[$0]?.unsavedWork.isEmpty ?? true) }) {
            holder = id
            outcome = screens[id]?.saveUnsaved() ?? .ignored
        } else {
            return proceed(next)
        }
        switch outcome {
        case .perform, .request:
            afterwards = .saving(holder, ref: holder == .openCase ? openCase?.ref : nil, then: next)
            return follow(outcome, from: holder)
        default:
            let effects = follow(outcome, from: holder)
            let settled = holder == .openCase ? openCase?.unsavedWork.isEmpty ?? true : screens[holder]?.unsavedWork.isEmpty ?? true
            guard settled else {
                if !status.hasError { status.show("Not saved: see what needs correcting, then save or leave again") }
                return effects
            }
            return effects + proceed(next)
        }
    }

    /// The way out, once the work is settled.
    mutating func proceed(_ next: Next) -> [ConsoleEffect] {
        switch next {
        case .quit:
            let ref = openCase?.ref
            return (ref.map { restoredDrafts.contains($0) ? [ConsoleEffect.discardDraft(ref: $0)] : [] } ?? []) + [.quit]
        case .go(let destination):
            return arrive(at: destination)
        }
    }
}

/// After a letter or digit that did nothing, what is typed next is most likely text meant for a form that did not
/// open: it is swallowed, never taken as keys (a digit would switch tabs, a q quit), until a key that is not text.
struct TypingGuard: Hashable, Sendable {
    /// What the first key's message said: why it did nothing, or where it would have.
    let said: String
    var swallowed = 0

    static func starts(with key: Key) -> Bool {
        guard case .character(let c) = key else { return false }
        return c.isLetter || c.isNumber
    }

    var message: String {
        said + (swallowed == 0 ? "; what you type next is not taken as keys until Esc"
            : "; \(swallowed) key\(swallowed == 1 ? "" : "s") typed after it not taken as keys (Esc goes on)")
    }
}

extension ConsoleApp {
    mutating func startTypingGuard(_ key: Key, why: String?) {
        let hint = currentScreen.hint(for: key).map { " (\($0))" } ?? ""
        let guarded = TypingGuard(said: why.map(Sentence.capitalised) ?? "\(key.label) does nothing here\(hint)")
        typingGuard = guarded
        status.show(guarded.message)
    }

    /// While the guard is on, text is swallowed; Esc or Enter ends it and is spent doing so; any other key ends it
    /// and then acts as usual.
    mutating func handleTypingGuard(_ key: Key) -> [ConsoleEffect]? {
        guard var guarded = typingGuard else { return nil }
        if key.isPrintable {
            guarded.swallowed += 1
            typingGuard = guarded
            status.show(guarded.message)
            return []
        }
        typingGuard = nil
        status.clearMessage()
        return key == .escape || key == .enter ? [] : nil
    }
}
