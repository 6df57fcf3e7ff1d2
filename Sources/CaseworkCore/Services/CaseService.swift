/// The use cases an officer performs on one case. The CLI and the console both call these, so a rule
/// is checked, a change audited and a conflict refused in exactly one place.
public struct CaseService {
    public let store: CaseStore
    public let clock: Clock
    public let actor: Actor
    public let configuration: RuleConfiguration
    /// Set for a change made on a record the officer saw at an older revision (`perform(_:on:over:)`): it goes on top
    /// of the newer one unless someone else changed what it changes.
    var merging: Merging?

    public init(store: CaseStore, clock: Clock, actor: Actor, configuration: RuleConfiguration) {
        self.store = store
        self.clock = clock
        self.actor = actor
        self.configuration = configuration
    }

    public var today: Day { clock.today }

    /// Opens a case for reading. A restricted case the actor may not see is refused; both outcomes are audited.
    public func open(_ ref: String) throws -> Case {
        let record = try store.load(ref)
        if record.restricted {
            let allowed = CaseAccess.mayView(record, as: actor)
            try store.auditView(of: ref, by: actor, allowed: allowed)
            if !allowed { throw CaseAccessError.restricted(ref: ref) }
        }
        return record
    }

    /// The newer version of a case already open, for a refresh nobody asked for: nil when the actor may no longer
    /// see it, and then nothing is audited, since there was no attempt to open it.
    public func refresh(_ ref: String) throws -> Case? {
        let record = try store.load(ref)
        guard CaseAccess.mayView(record, as: actor) else { return nil }
        if record.restricted { try store.auditView(of: ref, by: actor, allowed: true) }
        return record
    }

    /// The one path every change takes: access check, the change, a revision check by the store, an audit line.
    @discardableResult
    public func change(_ ref: String, expectedRevision: Int?, action: String, _ edit: (inout Case) throws -> Void) throws -> Case {
        do {
            var restricting = false
            let saved = try store.update(ref, expectedRevision: expectedRevision, by: actor, action: action) { record in
                guard CaseAccess.mayView(record, as: actor) else { throw CaseAccessError.restricted(ref: ref) }
                if let merging { try merging.check(record) }
                let wasRestricted = record.restricted
                try edit(&record)
                restricting = !wasRestricted && record.restricted
            }
            if restricting { try CaseRestriction.removeDrafts(of: saved, from: store) }
            return saved
        } catch let refusal as CaseAccessError {
            // The refusal says the attempt is recorded: it must be, after the store has let go of the record.
            try store.auditAccess(of: ref, by: actor, action: AuditEntry.refused(action))
            throw refusal
        }
    }

    /// Appends a timeline entry; with no expected revision it never conflicts (notes only add).
    @discardableResult
    public func addNote(_ ref: String, text: String, channel: ContactChannel = .note, party: ContactParty = .internalNote,
                        expectedRevision: Int? = nil) throws -> Case {
        let body = try noteBody(text)
        return try change(ref, expectedRevision: expectedRevision, action: channel == .note ? "note" : "contact") { record in
            record.timeline.append(ContactEvent(id: record.nextTimelineId, at: clock.now(), by: actor.id,
                                                channel: channel, party: party, text: body))
            if record.status == .received { record.status = .triage }
        }
    }

    /// A note's or a contact's words as kept: invisible reordering characters taken out, not refused (a note pasted from
    /// elsewhere keeps its words); empty, overlong or control characters refused.
    func noteBody(_ text: String) throws -> String {
        let body = FormatCharacters.neutralised(text).trimmingSpaces
        guard !body.isEmpty else { throw CaseServiceError.invalid(field: "text", message: "a note needs some text") }
        guard body.count <= 10_000 else { throw CaseServiceError.invalid(field: "text", message: "a note is limited to 10,000 characters") }
        if let control = ControlCharacters.first(in: body, allowingLineBreaks: true) {
            throw CaseServiceError.invalid(field: "text", message: "a note cannot contain a control character (\(control))")
        }
        return body
    }

    @discardableResult
    public func setDocument(_ ref: String, kind: DocumentKind, provided: Bool, expectedRevision: Int?) throws -> Case {
        try change(ref, expectedRevision: expectedRevision, action: "document") { record in
            let index = record.documents.firstIndex { $0.kind == kind } ?? {
                record.documents.append(DocumentCheck(kind: kind, provided: false))
                return record.documents.count - 1
            }()
            record.documents[index].provided = provided
            record.documents[index].receivedOn = provided ? today : nil
        }
    }

    /// Asks the applicant for a document, optionally by a date; the request date drives the "documents missing" alert.
    @discardableResult
    public func requestDocument(_ ref: String, kind: DocumentKind, dueOn: Day?, expectedRevision: Int?) throws -> Case {
        try requestDocuments(ref, kinds: [kind], dueOn: dueOn, expectedRevision: expectedRevision)
    }

    /// Accepts the team the rules suggest. A case already routed to it on an accepted suggestion is left as it is:
    /// nothing is written, no revision or audit line is added, and `changed` is false.
    @discardableResult
    public func acceptRoute(_ ref: String, expectedRevision: Int?) throws -> (record: Case, changed: Bool) {
        do {
            let record = try change(ref, expectedRevision: expectedRevision, action: "route") { record in
                let suggested = TriageRoute(CaseSummary(record), settings: configuration.route).suggested
                if let decision = record.route, decision.team == suggested, !decision.isOverride {
                    throw RouteUnchanged(record: record)
                }
                route(&record, to: suggested, suggested: suggested, reason: nil)
            }
            return (record, true)
        } catch let unchanged as RouteUnchanged {
            return (unchanged.record, false)
        }
    }

    /// Routes to another team than the rules suggest, with a reason (audited, shown later). Overriding to the
    /// suggested team is refused: that is an accept, and the reason would have nowhere to go.
    @discardableResult
    public func overrideRoute(_ ref: String, to team: Team, reason: String, recordingAbuse: Bool = false,
                              expectedRevision: Int?) throws -> Case {
        let why = FormatCharacters.neutralised(reason).trimmingSpaces
        if let control = ControlCharacters.first(in: why, allowingLineBreaks: true) {
            throw CaseServiceError.invalid(field: "reason", message: "a reason cannot contain a control character (\(control))")
        }
        return try change(ref, expectedRevision: expectedRevision, action: "route") { record in
            let suggested = TriageRoute(CaseSummary(record), settings: configuration.route).suggested
            guard team != suggested else { throw CaseServiceError.routeIsSuggested(team) }
            guard !why.isEmpty else {
                throw CaseServiceError.invalid(field: "reason", message: "overriding the suggested route (\(suggested.label)) needs a reason")
            }
            route(&record, to: team, suggested: suggested, reason: why)
            // A reason that discloses abuse: recorded in the same step, which restricts the case (`CaseDetails.apply`).
            if recordingAbuse, !record.domesticAbuse {
                var details = CaseDetails(record)
                details.domesticAbuse = true
                details.apply(to: &record)
                record.timeline.append(systemEvent(record, "Details changed: domestic abuse", summary: "Domestic abuse recorded"))
            }
        }
    }

    /// Stops an accept that would change nothing before the store writes it.
    private struct RouteUnchanged: Error {
        let record: Case
    }

    private func route(_ record: inout Case, to team: Team, suggested: Team, reason: String?) {
        record.route = RouteDecision(team: team, suggested: suggested, overrideReason: reason, decidedBy: actor.id, decidedOn: today)
        if [.received, .triage].contains(record.status) { record.status = .routed }
        let text = team == suggested ? "Route accepted: \(team.label)" : "Route overridden to \(team.label) (suggested \(suggested.label))"
        record.timeline.append(systemEvent(record, text, summary: team == suggested ? "Route accepted" : "Route overridden"))
    }

    /// Records the triage outcome. Ending a case at triage passes the triage gate (s184): a reason, and for a
    /// household that is or may be homeless or may be owed interim accommodation, why no duty is owed — which, where a
    /// possible s188 duty is open, is recorded as the officer's answer to it.
    @discardableResult
    public func setTriageOutcome(_ ref: String, outcome: TriageOutcome, preventedHow: String? = nil, reason: String? = nil,
                                 dutyNotOwedReason: String? = nil, expectedRevision: Int?) throws -> Case {
        let how = preventedHow.map { FormatCharacters.neutralised($0).trimmingSpaces } ?? ""
        if let control = ControlCharacters.first(in: how, allowingLineBreaks: true) {
            throw CaseServiceError.invalid(field: "preventedHow", message: "cannot contain a control character (\(control))")
        }
        if outcome == .preventedAtTriage, how.isEmpty {
            throw CaseServiceError.invalid(field: "preventedHow", message: "say how homelessness was prevented")
        }
        let why = try CaseService.reasonText(reason, field: "reason") ?? ""
        let notOwed = try CaseService.reasonText(dutyNotOwedReason, field: "dutyNotOwedReason") ?? ""
        return try change(ref, expectedRevision: expectedRevision, action: "triage") { record in
            let evaluation = CaseRules.evaluate(CaseSummary(record), today: today, configuration: configuration)
            let refusals = TriageGate.problems(outcome, evaluation: evaluation, reason: why, dutyNotOwedReason: notOwed)
            guard refusals.isEmpty else { throw CaseServiceError.triageRefused(refusals) }
            if outcome.closesTheCase, evaluation.interim.open {
                record.interimAccommodation = InterimAccommodation(outcome: .notOwed, recordedOn: today, recordedBy: actor.id,
                                                                   reason: notOwed)
            }
            let previous = record.triage.outcome
            // A case closed at triage reopens when its outcome is changed to one that keeps it open: a slip is undone.
            if previous?.closesTheCase == true, !outcome.closesTheCase, record.status == .closed {
                record.status = .triage
                if previous == .preventedAtTriage, record.accommodationSecuredOn == record.triage.decidedOn {
                    record.accommodationSecuredOn = nil
                }
            }
            record.triage = Triage(outcome: outcome, preventedHow: how.isEmpty ? nil : how, decidedBy: actor.id, decidedOn: today,
                                   reason: why.isEmpty ? nil : why, dutyNotOwedReason: notOwed.isEmpty ? nil : notOwed)
            switch outcome {
            case .incomplete, .awaitingDocuments: if record.status == .received { record.status = .triage }
            case .preventedAtTriage:
                record.status = .closed
                record.accommodationSecuredOn = today
            case .adviceOnly: record.status = .closed
            case .readyForAppointment: if record.status == .received { record.status = .triage }
            }
            record.timeline.append(systemEvent(record, "Triage outcome: \(outcome.label)",
                                               summary: "Triage outcome: " + outcome.label.lowercased()))
        }
    }

    @discardableResult
    public func assign(_ ref: String, to officer: String, expectedRevision: Int?) throws -> Case {
        let staff = try store.staff()
        guard let member = staff.member(officer) else {
            throw CaseServiceError.invalid(field: "officer", message: "'\(officer)' is not in the staff directory")
        }
        return try change(ref, expectedRevision: expectedRevision, action: "assign") { record in
            record.assignedOfficer = member.id
            record.timeline.append(systemEvent(record, "Assigned to \(member.name)", summary: "Assigned"))
        }
    }

    /// A change on the timeline: `summary` is what it was in a few words, `text` the whole of it.
    func systemEvent(_ record: Case, _ text: String, summary: String? = nil) -> ContactEvent {
        ContactEvent(id: record.nextTimelineId, at: clock.now(), by: actor.id, channel: .system, party: .internalNote, text: text,
                     summary: summary)
    }
}

public enum CaseServiceError: Error, Equatable, CustomStringConvertible {
    case invalid(field: String, message: String)
    case refused(reason: String)
    /// An override to the team the rules suggest anyway: the caller should accept the suggestion instead.
    case routeIsSuggested(Team)
    /// The rules refused the change: `doing` says what was asked ("cannot end the duty"), the refusals why.
    case refusedByRules(doing: String, DutyRefusals)
    /// A date that may not be in the past.
    case dayInPast(field: String, Day)
    /// A date that may not be in the future.
    case dayInFuture(field: String, Day)
    /// A date before the earliest it may be (the application, the decision).
    case dayTooEarly(field: String, Day, earliest: Day)
    /// The triage gate refused an outcome (s184).
    case triageRefused([TriageRefusal])
    /// A decision, its notification or a review request refused (s202).
    case reviewRefused(doing: String, [ReviewRefusal])

    public var description: String { words(.commandLine) }

    /// The message with its dates as the front end writes them.
    public func words(_ wording: Wording) -> String {
        switch self {
        case .invalid(let field, let message): "\(field): \(message)"
        case .refused(let reason): reason
        case .routeIsSuggested(let team): "\(team.label) is the suggested route; accept it instead of overriding"
        case .refusedByRules(let doing, let refusals): "\(doing): " + refusals.words(wording)
        case .dayInPast(let field, let day): "\(field): \(wording.date(day)) is in the past"
        case .dayInFuture(let field, let day): "\(field): \(wording.date(day)) is in the future"
        case .dayTooEarly(let field, let day, let earliest):
            "\(field): \(wording.date(day)) is before \(wording.date(earliest)), the earliest it can be"
        case .triageRefused(let refusals):
            "cannot record the triage outcome: " + refusals.map { $0.words(wording.joined) }.joined(separator: "; ")
        case .reviewRefused(let doing, let refusals):
            "\(doing): " + refusals.map { $0.words(wording.joined) }.joined(separator: "; ")
        }
    }
}
