/// Acknowledging and snoozing alerts, closing a case with the applicant's answer, temporary accommodation, and the
/// accommodation a duty ended in: each one change through `change` (revision, audit line), refused with the reason.
extension CaseService {
    /// How many responses a case keeps: the latest per alert decides, older ones are in the audit journal's history.
    static let keptResponses = 20

    /// Acknowledges (with a note) or snoozes (until a day, with a reason) the alert of `kind` the case raises today.
    /// `fingerprint` names one alert where the case has several of a kind; without it the most urgent is meant.
    /// Refused when the case raises no such alert, or when it is not the actor's or their team's.
    @discardableResult
    public func respond(to ref: String, kind: AlertKind, fingerprint: String? = nil, action: AlertResponse.Action,
                        note: String, until: Day? = nil, settings: MonitoringSettings) throws -> Case {
        let text = try Self.checkedText(note, field: action == .acknowledged ? "note" : "reason", limit: 2_000)
        switch (action, until) {
        case (.snoozed, nil):
            throw CaseServiceError.invalid(field: "until", message: "a snooze needs the day the alert comes back")
        case (.snoozed, let day?) where day <= today:
            throw CaseServiceError.invalid(field: "until", message: "\(day) is not after today; a snooze lasts at least a day")
        case (.snoozed, let day?) where day > today.adding(days: 90):
            throw CaseServiceError.invalid(field: "until", message: "\(day) is more than 90 days ahead; snooze for less, or act on it")
        case (.acknowledged, _?):
            throw CaseServiceError.invalid(field: "until", message: "an acknowledgement holds until the facts change; it takes no date")
        default: break
        }
        let staff = try store.staff()
        let monitor = AlertMonitor(today: today, configuration: configuration, settings: settings, staff: staff)
        let covers = try AlertBoard.includes(actor.role == .manager ? .all : .team, viewer: actor, staff: staff)
        return try change(ref, expectedRevision: nil, action: action == .acknowledged ? "alert-ack" : "alert-snooze") { record in
            guard covers(record.assignedOfficer) else {
                throw CaseServiceError.refused(reason: "case \(ref) is not yours or your team's; its officer or a manager answers its alerts")
            }
            let raised = monitor.coloured(CaseSummary(record), on: today).filter { $0.kind == kind }
            guard let alert = fingerprint.map({ wanted in raised.first { AlertFingerprint.of($0) == wanted } }) ?? raised.first else {
                throw CaseServiceError.refused(reason: raised.isEmpty
                    ? "case \(ref) has no \(kind.rawValue) alert today"
                    : "the \(kind.rawValue) alert on case \(ref) has changed since it was shown; look at it again")
            }
            var responses = record.alertResponses ?? []
            responses.append(AlertResponse(kind: kind.rawValue, fingerprint: AlertFingerprint.of(alert), action: action, by: actor.id,
                                           at: clock.now(), note: text, until: action == .snoozed ? until : nil))
            record.alertResponses = Array(responses.suffix(Self.keptResponses))
        }
    }

    /// Closes a case, recording the applicant's answer to "good or not good enough?" and any comment.
    @discardableResult
    public func close(_ ref: String, satisfaction: Satisfaction, comment: String? = nil, on day: Day? = nil,
                      expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        let remark = try comment.map { try Self.checkedText($0, field: "comment", limit: 2_000) }
        if day > today { throw CaseServiceError.invalid(field: "on", message: "\(day) is in the future") }
        return try change(ref, expectedRevision: expectedRevision, action: "close") { record in
            guard record.status != .closed else { throw CaseServiceError.refused(reason: "case \(ref) is already closed") }
            if let duty = record.activeDuty {
                throw CaseServiceError.refused(reason: "the \(duty.kind.rawValue) duty is still running; end it before closing the case")
            }
            if day < record.receivedOn {
                throw CaseServiceError.invalid(field: "on", message: "\(day) is before the application (\(record.receivedOn))")
            }
            record.status = .closed
            record.closure = Closure(on: day, by: actor.id, satisfaction: satisfaction, comment: remark)
            record.timeline.append(systemEvent(record, "Case closed; the applicant found the service: \(satisfaction.label.lowercased())"))
        }
    }

    /// Records a household's move into temporary accommodation. One stay at a time: end the last before the next.
    @discardableResult
    public func startPlacement(_ ref: String, type: PlacementType, duty: PlacementDuty, on day: Day, expectedRevision: Int?) throws -> Case {
        if day > today { throw CaseServiceError.invalid(field: "on", message: "\(day) is in the future") }
        return try change(ref, expectedRevision: expectedRevision, action: "placement") { record in
            var placements = record.placements ?? []
            if let open = placements.first(where: { $0.leftOn == nil }) {
                throw CaseServiceError.refused(reason: "placement \(open.id) has not ended; end it before the next one")
            }
            if day < record.receivedOn {
                throw CaseServiceError.invalid(field: "on", message: "\(day) is before the application (\(record.receivedOn))")
            }
            if let last = placements.compactMap(\.leftOn).max(), day < last {
                throw CaseServiceError.invalid(field: "on", message: "\(day) is before the last placement ended (\(last))")
            }
            let placement = Placement(id: Case.nextId(placements.map(\.id)), type: type, duty: duty, enteredOn: day)
            placements.append(placement)
            record.placements = placements
            record.timeline.append(systemEvent(record, "Placed in temporary accommodation (\(type.label), \(duty.label)) on \(day)"))
        }
    }

    @discardableResult
    public func endPlacement(_ ref: String, id: Int, on day: Day, expectedRevision: Int?) throws -> Case {
        if day > today { throw CaseServiceError.invalid(field: "on", message: "\(day) is in the future") }
        return try change(ref, expectedRevision: expectedRevision, action: "placement") { record in
            var placements = record.placements ?? []
            guard let index = placements.firstIndex(where: { $0.id == id }) else {
                throw CaseServiceError.invalid(field: "placement", message: "case \(ref) has no placement \(id)")
            }
            guard placements[index].leftOn == nil else { throw CaseServiceError.refused(reason: "placement \(id) has already ended") }
            guard day >= placements[index].enteredOn else {
                throw CaseServiceError.invalid(field: "on", message: "\(day) is before the placement began (\(placements[index].enteredOn))")
            }
            placements[index].leftOn = day
            record.placements = placements
            record.timeline.append(systemEvent(record, "Left temporary accommodation on \(day)"))
        }
    }

    /// Where the household lived when its last ended prevention or relief duty (of `kind`, if given) ended.
    @discardableResult
    public func recordAccommodationAtEnd(_ ref: String, type: AccommodationType, of kind: DutyKind? = nil,
                                         expectedRevision: Int?) throws -> Case {
        if kind == .main { throw CaseServiceError.invalid(field: "kind", message: "only prevention and relief record where the household went") }
        return try change(ref, expectedRevision: expectedRevision, action: "duty-accommodation") { record in
            guard let index = record.duties.lastIndex(where: { !$0.isActive && $0.kind != .main && (kind == nil || $0.kind == kind) }) else {
                throw CaseServiceError.refused(reason: "case \(ref) has no ended \(kind?.rawValue ?? "prevention or relief") duty")
            }
            record.duties[index].accommodationAtEnd = type
        }
    }

    /// Free text from a person: trimmed, required, bounded, and without control characters.
    static func checkedText(_ text: String, field: String, limit: Int) throws -> String {
        let body = text.trimmingSpaces
        guard !body.isEmpty else { throw CaseServiceError.invalid(field: field, message: "is required") }
        guard body.count <= limit else { throw CaseServiceError.invalid(field: field, message: "is limited to \(limit) characters") }
        if let control = ControlCharacters.first(in: body) {
            throw CaseServiceError.invalid(field: field, message: "cannot contain a control character (\(control))")
        }
        return body
    }
}
