import CaseworkCore

extension ConsoleApp {
    /// Feeds in what happened outside: the terminal's size, the store's answers and changes, a signal.
    public mutating func apply(_ event: ConsoleEvent) -> [ConsoleEffect] {
        switch event {
        case .resized(let newWidth, let newHeight):
            width = newWidth
            height = newHeight
            if fits, smallScreenQuit == .draftFailed { smallScreenQuit = .none }
            queue.layout(in: Frame.body(width: width, height: height))
            openCase?.layout(in: Frame.body(width: width, height: height))
        case .loaded(let snapshot):
            queue.load(snapshot.summaries)
            queue.layout(in: Frame.body(width: width, height: height))
            if let first = snapshot.problems.first {
                let more = snapshot.problems.count > 1 ? " (and \(snapshot.problems.count - 1) more)" : ""
                status.fail("\(first)\(more); those cases are missing from the queue until `casework doctor` is run")
            }
        case .changed(let summaries):
            queue.merge(summaries)
            return noticeChange(summaries)
        case .opened(let record):
            return opened(record)
        case .performed(let action, let record):
            return performed(action, record)
        case .reloaded(let record):
            let clashes = refreshOpenCase(record, keepEdits: true)
            status.acknowledge()
            let reloaded = "Reloaded \(record.ref) (revision \(record.revision))"
            if clashes.isEmpty { status.show(reloaded) } else { status.fail(reloaded + Self.clashWarning(clashes)) }
        case .withdrawn(let ref):
            return withdraw(ref)
        case .conflict(let ref, let who, let at):
            leaveAfterSave = nil
            status.fail("case \(ref) was changed by \(who) at \(at.clockTime); reload")
            let kept = hasUnsavedEdits ? ", and your unsaved edits stay on screen" : ""
            let dialog = Dialog(title: "Case \(ref) changed",
                                message: "Case \(ref) was changed by \(who) at \(at.clockTime). Nothing of yours was saved\(kept). "
                                    + "Reload the case now?",
                                buttons: ["Reload", "Not now"], cancelButton: 1)
            modal = .conflict(dialog, ref: ref)
        case .draftKept:
            if smallScreenQuit == .awaitingDraft { return [.quit] }
        case .failed(let ref, let message):
            leaveAfterSave = nil
            if smallScreenQuit == .awaitingDraft { smallScreenQuit = .draftFailed }
            if let ref, restoring?.ref == ref { restoring = nil }
            status.fail(message)
        case .draftsFound(let drafts):
            draftsToOffer = drafts
            offerNextDraft()
        case .localeWarning(let warning):
            localeWarning = warning
        case .hangUp:
            return draftEffects() + [.quit]
        }
        return []
    }

    /// Another console saved: the open case reloads when the officer has nothing unsaved, otherwise they are told;
    /// a case now closed to them goes from the screen.
    private mutating func noticeChange(_ summaries: [CaseSummary]) -> [ConsoleEffect] {
        guard let view = openCase, let newer = summaries.last(where: { $0.ref == view.ref }),
              newer.revision > view.record.revision else { return [] }
        guard CaseAccess.mayView(newer, as: context.actor) else { return withdraw(view.ref) }
        let who = "\(context.name(of: newer.updatedBy)) at \(newer.updatedAt.clockTime)"
        guard view.hasUnsavedEdits else {
            status.show("Case \(view.ref) was updated by \(who)")
            return [.refresh(ref: view.ref)]
        }
        status.show("Case \(view.ref) was changed by \(who); your edits are kept. :reload to load theirs")
        return []
    }

    /// The open case was restricted (or taken from the officer) while on screen: back to the queue at once, with no
    /// question asked and no draft kept, as edits to a case they may not see could never be saved.
    private mutating func withdraw(_ ref: String) -> [ConsoleEffect] {
        guard let view = openCase, view.ref == ref else { return [] }
        let why = view.record.restricted ? "\(ref) is no longer assigned to you" : "\(ref) has been restricted"
        let dropped = view.hasUnsavedEdits ? "; your unsaved changes to it were dropped" : ""
        switch modal {
        case .draft?: break
        default: modal = nil
        }
        leaveAfterSave = nil
        status.acknowledge()
        status.fail("\(why); you are not cleared to see it\(dropped)")
        return closeCase(thenOpen: nil)
    }

    private mutating func opened(_ record: Case) -> [ConsoleEffect] {
        var view = makeCaseView(record, context)
        view.layout(in: Frame.body(width: width, height: height))
        status.clearMessage()
        if let draft = restoring, draft.ref == record.ref {
            restoring = nil
            restoredDrafts.insert(record.ref)
            let when = "\(DayFormat.long(draft.savedAt.day)) at \(draft.savedAt.clockTime)"
            let changed = "case \(record.ref) has changed since your draft of \(when) (revision \(draft.baseRevision), now \(record.revision))"
            let clashes = view.restore(draft: CaseDetails(draft.record), madeOn: draft.base.map(CaseDetails.init))
            if draft.baseRevision == record.revision {
                status.show("Your unsaved changes from \(when) are back; Ctrl-S saves them")
            } else if draft.base == nil {
                status.fail(changed + ": check your restored changes before saving")
            } else if clashes.isEmpty {
                status.show(changed + ": your changes are back on top of it; Ctrl-S saves them")
            } else {
                status.fail(changed + Self.clashWarning(clashes))
            }
        }
        openCase = view
        queue.merge([CaseSummary(record)])
        return []
    }

    private mutating func performed(_ action: CaseAction, _ record: Case) -> [ConsoleEffect] {
        var saved = false
        if case .saveDetails = action { saved = true }
        refreshOpenCase(record, keepEdits: !saved)
        status.show("\(doneMessage(action)) · \(record.ref)")
        var effects: [ConsoleEffect] = []
        if saved, restoredDrafts.remove(record.ref) != nil { effects.append(.discardDraft(ref: record.ref)) }
        if saved, leaveAfterSave == record.ref, openCase?.ref == record.ref {
            leaveAfterSave = nil
            effects += closeCase(thenOpen: nil)
        }
        return effects
    }

    /// What the status line says once an action is saved: the core's words, but an officer by name, not by login.
    private func doneMessage(_ action: CaseAction) -> String {
        if case .assign(let id) = action { return "Assigned to \(context.name(of: id))" }
        return action.doneMessage
    }

    /// The facts the officer and a newer record both changed: the officer's value is the one on screen.
    private static func clashWarning(_ clashes: [String]) -> String {
        "; you both changed \(clashes.joined(separator: ", ")): yours is shown, check before saving"
    }

    /// Returns the facts both sides changed when the edits are kept on top of the newer record.
    @discardableResult
    private mutating func refreshOpenCase(_ record: Case, keepEdits: Bool) -> [String] {
        var clashes: [String] = []
        if var view = openCase, view.ref == record.ref {
            clashes = view.reload(record, keepEdits: keepEdits)
            openCase = view
        }
        queue.merge([CaseSummary(record)])
        return clashes
    }
}
