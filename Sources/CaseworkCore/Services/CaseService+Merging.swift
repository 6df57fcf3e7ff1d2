/// Several officers on one case: a change made on the record as an officer saw it goes on top of a newer revision
/// saved meanwhile, unless someone else changed something this change changes. A note added elsewhere never stops a
/// save of facts; a phone number changed elsewhere stops a save that changes the phone number too. Both changes are
/// audited as ever, each by its own officer.
extension CaseService {
    /// Performs `action` on the case as the officer saw it (`base`). When the case has moved on, the action is applied
    /// to the newer revision if nothing it changes was changed since; otherwise it is refused as stale, naming who
    /// changed the case. The record returned is the saved one; `Case.changes(since:)` says what else is new in it.
    @discardableResult
    public func perform(_ action: CaseAction, on ref: String, over base: Case) throws -> (saved: Case, onTopOf: Case?) {
        var merging = self
        let newer = NewerRevision()
        merging.merging = Merging(action: action, base: base, names: try store.staff(), newer: newer)
        let saved = try merging.perform(action, on: ref, expectedRevision: nil)
        return (saved, newer.record)
    }

    struct Merging {
        let action: CaseAction
        let base: Case
        let names: StaffDirectory
        /// Where `check` leaves the newer revision the change went on top of, for the officer to be told of it.
        let newer: NewerRevision

        /// Under the store's lock, with the case as it now is: refuses when someone else changed what this changes.
        func check(_ current: Case) throws {
            guard current.revision != base.revision else { return }
            newer.record = current
            guard !action.clashes(base: base, current: current).isEmpty else { return }
            throw StoreError.staleRevision(ref: current.ref, expected: base.revision, current: current.revision,
                                           changedBy: names.name(of: current.updatedBy) ?? current.updatedBy,
                                           changedAt: current.updatedAt)
        }
    }
}

/// The newer revision a change went on top of, seen inside the store's update (one call, one thread).
final class NewerRevision: @unchecked Sendable {
    var record: Case?
}

extension CaseAction {
    /// What this action changes that someone else changed between `base` and `current`, by name; empty when it can go
    /// on top of `current`. Adding to the timeline clashes with nothing; a fact, a document, the route, the triage
    /// outcome, the officer or the duties clash when both changed them.
    public func clashes(base: Case, current: Case) -> [String] {
        func moved<Value: Equatable>(_ name: String, _ value: (Case) -> Value) -> [String] {
            value(base) == value(current) ? [] : [name]
        }
        func document(_ kind: DocumentKind) -> [String] {
            moved(kind.label) { $0.documents.first { $0.kind == kind } }
        }
        switch self {
        case .note, .contact:
            return []
        case .setDocument(let kind, _), .requestDocument(let kind, _):
            return document(kind)
        case .requestDocuments(let kinds, _):
            return kinds.flatMap(document)
        case .acceptRoute:
            return moved("route", \.route) + moved("the facts the route is suggested from", { CaseDetails($0) })
        case .overrideRoute(_, _, let recordsAbuse):
            return moved("route", \.route) + (recordsAbuse ? moved("domestic abuse", \.domesticAbuse) : [])
        case .triageOutcome:
            return moved("triage outcome", \.triage) + moved("status", \.status)
        case .assign:
            return moved("assigned officer", \.assignedOfficer)
        case .startDuty, .endDuty:
            return moved("duties", \.duties) + moved("status", \.status)
        case .saveDetails(let details):
            return details.clashes(over: CaseDetails(base), with: CaseDetails(current))
        case .recordFinding:
            return moved("findings", \.findings) + moved("recorded findings", \.recordedFindings) + moved("decisions", \.decisions)
        case .recordNotification, .requestReview:
            return moved("decisions", \.decisions)
        case .recordInterimAccommodation:
            return moved("interim accommodation", \.interimAccommodation)
        case .recordNoticeThreat:
            return moved("notice", \.notice)
        case .recordRefusal, .recordWarning:
            return moved("non-co-operation record", \.nonCooperation) + moved("plan", \.plan)
        case .savePlan, .agreePlan, .disagreePlan, .reviewPlan, .sendPlanLetter:
            return moved("plan", \.plan) + moved("assessment", \.assessment)
        }
    }
}

extension CaseDetails {
    /// These edits, made on `base`, put on top of `newer`: the facts they change take their value, every other fact
    /// keeps the newer one, so a change made meanwhile by someone else is not undone.
    public func merged(over base: CaseDetails, onto newer: CaseDetails) -> CaseDetails {
        var merged = newer
        for fact in CaseDetails.facts where fact.differs(self, base) { fact.copy(self, &merged) }
        return merged
    }

    /// The facts these edits (made on `base`) and `newer` both changed, differently: where putting them on top would
    /// undo someone else's change.
    public func clashes(over base: CaseDetails, with newer: CaseDetails) -> [String] {
        CaseDetails.facts.filter { $0.differs(self, base) && $0.differs(newer, base) && $0.differs(newer, self) }.map(\.name)
    }
}

extension Case {
    /// What is new in this record since `earlier` (the same case), in a few words for the officer whose save went on
    /// top of it: entries added to the timeline, facts changed, and the rest of the case by part.
    public func changes(since earlier: Case) -> [String] {
        var changes: [String] = []
        let added = timeline.filter { entry in !earlier.timeline.contains { $0.id == entry.id } }
        let notes = added.filter { $0.channel == .note }.count, contacts = added.filter(\.isContact).count
        if notes > 0 { changes.append(notes == 1 ? "a note" : "\(notes) notes") }
        if contacts > 0 { changes.append(contacts == 1 ? "a contact" : "\(contacts) contacts") }
        changes += CaseDetails(self).changedFacts(since: CaseDetails(earlier))
        let parts: [(String, Bool)] = [
            ("documents", documents != earlier.documents), ("route", route != earlier.route), ("triage outcome", triage != earlier.triage),
            ("assigned officer", assignedOfficer != earlier.assignedOfficer), ("duties", duties != earlier.duties),
            ("plan", plan != earlier.plan), ("appointments", appointments != earlier.appointments),
            ("decisions", decisions != earlier.decisions),
        ]
        return changes + parts.filter(\.1).map(\.0)
    }
}
