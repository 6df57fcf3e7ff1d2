import CaseworkCore

extension ConsoleApp {
    /// Feeds in what happened outside: the terminal's size, the store's answers and changes, a signal.
    public mutating func apply(_ event: ConsoleEvent) -> [ConsoleEffect] {
        switch event {
        case .resized(let newWidth, let newHeight):
            width = newWidth
            height = newHeight
            if fits, smallScreenQuit == .draftFailed { smallScreenQuit = .none }
            let body = Frame.body(width: width, height: height)
            queue.layout(in: body)
            openCase?.layout(in: body)
            for id in Array(screens.keys) { screens[id]?.layout(in: body) }
        case .loaded(let snapshot):
            queue.load(snapshot.summaries)
            queue.layout(in: Frame.body(width: width, height: height))
            tellScreens(.loaded(snapshot.summaries))
            if let first = snapshot.problems.first {
                let more = snapshot.problems.count > 1 ? " (and \(snapshot.problems.count - 1) more)" : ""
                status.fail("\(first)\(more); those cases are missing from the queue until `casework doctor` is run")
            }
        case .changed(let summaries):
            queue.merge(summaries)
            tellScreens(.changed(summaries))
            return noticeChange(summaries)
        case .opened(let record):
            return opened(record)
        case .performed(let action, let record, let newer):
            let base = openCase?.ref == record.ref ? openCase?.record : nil
            let effects = performed(action, record)
            if let newer, let base { sayOnTop(of: newer, over: base) }
            return effects
        case .reloaded(let record):
            let clashes = refreshOpenCase(record, keepEdits: true)
            status.acknowledge()
            let reloaded = "Reloaded \(record.ref) (revision \(record.revision))"
            if clashes.isEmpty { status.show(reloaded) } else { status.fail(reloaded + Self.clashWarning(clashes)) }
        case .withdrawn(let ref):
            return withdraw(ref)
        case .conflict(let ref, let who, let at):
            afterwards = nil
            status.fail("case \(ref) was changed by \(who) at \(at.clockTime); reload")
            let kept = hasUnsavedEdits ? ", and your unsaved edits stay on screen" : ""
            modal = .question(Dialog(title: "Case \(ref) changed",
                                     message: "Case \(ref) was changed by \(who) at \(at.clockTime). Nothing of yours was saved\(kept). "
                                         + "Reload the case now?",
                                     buttons: [.init("Reload", .reload(ref: ref)), .init("Not now", .stay)], cancel: .stay))
        case .draftKept(let draft):
            if smallScreenQuit == .awaitingDraft { return [.quit] }
            guard case .keepingDraft(let next)? = afterwards else { return [] }
            afterwards = nil
            // Put back when the case is opened again in this session, as well as offered at the next start.
            if case .go = next { keptDrafts[draft.ref] = draft }
            openCase?.discardUnsaved()
            return proceed(next)
        case .answered(let id, let message):
            return answered(message, for: id)
        case .failed(let ref, let message):
            afterwards = nil
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
        case .newDay(let day):
            moveTo(day)
        }
        return []
    }

    /// Midnight passed: the title line, the open case (its edits kept), every screen and, once the index is read
    /// again, the queue count from the new day.
    private mutating func moveTo(_ day: Day) {
        guard day != context.today else { return }
        context.today = day
        queue.moveTo(context)
        openCase?.apply(.newDay(context))
        tellScreens(.newDay(context))
        status.show("It is now \(DayFormat.long(day)): deadlines, alerts and the queue count from today")
    }

    private mutating func tellScreens(_ event: ScreenEvent) {
        for id in Array(screens.keys) { screens[id]?.apply(event) }
    }

    /// A registered screen's store answer goes back to it; a save asked for on the way out then lets the way out go on.
    private mutating func answered(_ message: any Sendable, for id: ScreenID) -> [ConsoleEffect] {
        let outcome: ScreenOutcome
        switch id {
        case .openCase: outcome = openCase?.receiveAny(message) ?? .ignored
        case .queue: outcome = queue.receiveAny(message)
        default:
            guard screens[id] != nil else { return [] }
            outcome = screens[id]?.receiveAny(message) ?? .ignored
        }
        var effects = follow(outcome, from: id)
        if case .saving(id, _, let next)? = afterwards, screens[id]?.unsavedWork.isEmpty ?? true {
            afterwards = nil
            effects += proceed(next)
        }
        return effects
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

    /// The open case was restricted (or taken from the officer) while on screen: back at once, with no question asked
    /// and no draft kept, as edits to a case they may not see could never be saved.
    private mutating func withdraw(_ ref: String) -> [ConsoleEffect] {
        guard let view = openCase, view.ref == ref else { return [] }
        let why = view.record.restricted ? "\(ref) is no longer assigned to you" : "\(ref) has been restricted"
        let dropped = view.unsavedWork.isEmpty ? "" : "; your unsaved changes to it were dropped"
        if case .question(let dialog)? = modal, !dialog.buttons.contains(where: { if case .restore = $0.answer { true } else { false } }) {
            modal = nil
        }
        if case .help? = modal { modal = nil }
        afterwards = nil
        status.acknowledge()
        status.fail("\(why); you are not cleared to see it\(dropped)")
        return closeCase()
    }

    private mutating func opened(_ record: Case) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        if openCase != nil { effects += closeCase() }
        var view = makeCaseView(record, context)
        view.layout(in: Frame.body(width: width, height: height))
        if let tab = openingTab { view.show(tab) }
        openingTab = nil
        status.clearMessage()
        if let draft = restoring, draft.ref == record.ref {
            restoring = nil
            restoredDrafts.insert(record.ref)
            let when = "\(DayFormat.long(draft.savedAt.day)) at \(draft.savedAt.clockTime)"
            let changed = "case \(record.ref) has changed since your draft of \(when) (revision \(draft.baseRevision), now \(record.revision))"
            let clashes = view.restore(draft: CaseDetails(draft.record), madeOn: draft.base.map(CaseDetails.init))
                + view.restore(plan: draft.record.planContent, madeOn: draft.base?.planContent)
            view.restore(forms: draft.forms ?? [])
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
        if showing != .openCase { openedFrom = showing }
        showing = .openCase
        queue.merge([CaseSummary(record)])
        return effects
    }

    private mutating func performed(_ action: CaseAction, _ record: Case) -> [ConsoleEffect] {
        var saved = false
        if case .saveDetails = action { saved = true }
        refreshOpenCase(record, keepEdits: !saved)
        status.show("\(doneMessage(action)) · \(record.ref)")
        var effects: [ConsoleEffect] = []
        if saved, restoredDrafts.remove(record.ref) != nil { effects.append(.discardDraft(ref: record.ref)) }
        if case .saving(.openCase, record.ref?, let next)? = afterwards {
            afterwards = nil
            effects += proceed(next)
        }
        return effects
    }

    /// A save that went on top of someone else's: the officer is told whose, and what else is new.
    private mutating func sayOnTop(of newer: Case, over base: Case) {
        let what = newer.changes(since: base)
        let who = "\(context.name(of: newer.updatedBy)) at \(newer.updatedAt.clockTime)"
        status.show((status.message.map { $0 + "; " } ?? "") + "saved on top of a change by \(who)"
            + (what.isEmpty ? "" : " (" + what.joined(separator: ", ") + ")"))
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
