import CaseworkCore

/// Runs the App's store effects through `CaseService` and turns every answer, good or bad, into an event.
/// Errors become words naming a case only by its ref; a stale revision becomes the conflict event.
public struct ConsoleRuntime {
    public let store: any CaseStore & DraftStore
    public let service: CaseService
    /// What the console holds of the caseload: every case but the dormant ones (closed, nothing left to come due), as
    /// of the clock's day when the caseload is read (a console open past midnight reads it again on the new day).
    public var scope: SummaryScope { .active(on: service.today) }

    public init(store: any CaseStore & DraftStore, clock: Clock, context: ConsoleContext) {
        self.store = store
        service = CaseService(store: store, clock: clock, actor: context.actor, configuration: context.configuration)
    }

    /// The events an effect leads to; the terminal's effects (redraw, quit) lead to none here.
    public func run(_ effect: ConsoleEffect) -> [ConsoleEvent] {
        switch effect {
        case .open(let ref):
            return attempt(ref, "could not open") { [.opened(try service.open(ref))] }
        case .perform(let action, let ref, let base):
            return attempt(ref, "could not save") {
                let (saved, newer) = try service.perform(action, on: ref, over: base)
                return [.performed(action, saved, onTopOf: newer)]
            }
        case .reload(let ref):
            return attempt(ref, "could not reload") {
                do { return [.reloaded(try service.open(ref))] } catch is CaseAccessError { return [.withdrawn(ref: ref)] }
            }
        case .refresh(let ref):
            return attempt(ref, "could not reload") {
                guard let record = try service.refresh(ref) else { return [.withdrawn(ref: ref)] }
                return [.reloaded(record)]
            }
        case .saveDraft(let record, let base, let forms):
            return attempt(record.ref, "could not keep a draft of") {
                let draft = CaseDraft(user: service.actor.id, ref: record.ref, baseRevision: base.revision, savedAt: service.clock.now(),
                                      record: record, base: base, forms: forms.isEmpty ? nil : forms)
                try store.saveDraft(draft)
                return [.draftKept(draft)]
            }
        case .request(let screen, let request):
            return [.answered(screen, request.work(ConsoleServices(store: store, service: service)))]
        case .discardDraft(let ref):
            return attempt(ref, "could not remove the draft of") {
                try store.discardDraft(user: service.actor.id, ref: ref)
                return []
            }
        case .redraw, .quit:
            return []
        }
    }

    /// The queue's summaries from the index; on failure an empty queue and the reason.
    public func loadQueue() -> [ConsoleEvent] {
        do {
            return [.loaded(try store.summaries(scope))]
        } catch {
            return [.loaded(IndexSnapshot(summaries: [], problems: [])),
                    .failed(ref: nil, message: "could not read the caseload: " + ConsoleRuntime.describe(error))]
        }
    }

    /// Summaries saved by anyone since the last poll; nothing when nothing changed.
    public func pollChanges() -> [ConsoleEvent] {
        do {
            let changed = try store.changes()
            return changed.isEmpty ? [] : [.changed(changed)]
        } catch {
            return [.failed(ref: nil, message: "could not check for changes: " + ConsoleRuntime.describe(error))]
        }
    }

    /// Drafts this user left behind, to offer back.
    public func drafts() -> [ConsoleEvent] {
        do {
            let drafts = try store.drafts(for: service.actor.id)
            return drafts.isEmpty ? [] : [.draftsFound(drafts)]
        } catch {
            return [.failed(ref: nil, message: "could not read your saved drafts: " + ConsoleRuntime.describe(error))]
        }
    }

    private func attempt(_ ref: String, _ doing: String, _ work: () throws -> [ConsoleEvent]) -> [ConsoleEvent] {
        do {
            return try work()
        } catch StoreError.staleRevision(let ref, _, _, let who, let at) {
            return [.conflict(ref: ref, changedBy: who, changedAt: at)]
        } catch let error as CaseAccessError {
            return [.failed(ref: ref, message: error.description)]
        } catch {
            return [.failed(ref: ref, message: "\(doing) \(ref): " + ConsoleRuntime.describe(error))]
        }
    }

    /// Our own errors say what went wrong by ref, file and field; anything else is named by its type only,
    /// since its text might quote what a record holds.
    public static func describe(_ error: any Error) -> String {
        switch error {
        case let error as StoreError: error.description
        case let error as CaseServiceError: error.words(.console)
        case let error as CaseAccessError: error.description
        default: "unexpected \(type(of: error))"
        }
    }
}
