/// The s193B sequence as the officer records it: a refusal of a required step, then the written warning with its
/// period. The notice itself is `endDuty(reason: .nonCooperation)`, refused until the sequence allows it.
extension CaseService {
    @discardableResult
    public func recordRefusal(_ ref: String, step stepId: Int, on day: Day? = nil, note: String? = nil,
                              expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        if day > today { throw CaseServiceError.dayInFuture(field: "on", day) }
        let note = try CaseService.reasonText(note, field: "note")
        return try change(ref, expectedRevision: expectedRevision, action: "non-cooperation-refusal") { record in
            let refusals = NonCooperation.refusalProblems(NonCooperationFacts(record), stepId: stepId, on: day)
            guard refusals.isEmpty else {
                throw CaseServiceError.refusedByRules(doing: "cannot record the refusal", DutyRefusals(refusals: refusals))
            }
            record.nonCooperation = (record.nonCooperation ?? []) + [
                NonCooperationRecord(kind: .refusal, on: day, by: actor.id, stepId: stepId, note: note),
            ]
            record.timeline.append(systemEvent(record, "Non-co-operation: required step \(stepId) refused on \(day)",
                summary: "Required step refused"))
        }
    }

    /// The written warning (s193B(4)(a)); `periodDays` defaults to the council's setting (7 days unless changed).
    @discardableResult
    public func recordWarning(_ ref: String, on day: Day? = nil, periodDays: Int? = nil, note: String? = nil,
                              expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        let period = periodDays ?? configuration.nonCooperation.warningPeriodDays
        if day > today { throw CaseServiceError.dayInFuture(field: "on", day) }
        let note = try CaseService.reasonText(note, field: "note")
        return try change(ref, expectedRevision: expectedRevision, action: "non-cooperation-warning") { record in
            let refusals = NonCooperation.warningProblems(NonCooperationFacts(record), on: day, periodDays: period)
            guard refusals.isEmpty else {
                throw CaseServiceError.refusedByRules(doing: "cannot record the warning", DutyRefusals(refusals: refusals))
            }
            let warning = NonCooperationRecord(kind: .warning, on: day, by: actor.id, periodDays: period, note: note)
            record.nonCooperation = (record.nonCooperation ?? []) + [warning]
            record.timeline.append(systemEvent(record, "Non-co-operation: written warning given on \(day); the period to "
                + "comply runs to \(NonCooperation.periodEndsOn(warning))", summary: "Written warning (s193B)"))
        }
    }

    /// An officer's short text (a reason, a note): trimmed, nil when empty, refused with a control character or
    /// past 2,000 characters.
    static func reasonText(_ text: String?, field: String) throws -> String? {
        let value = text.map { FormatCharacters.neutralised($0).trimmingSpaces } ?? ""
        guard !value.isEmpty else { return nil }
        guard value.count <= 2_000 else { throw CaseServiceError.invalid(field: field, message: "is limited to 2,000 characters") }
        if let control = ControlCharacters.first(in: value, allowingLineBreaks: true) {
            throw CaseServiceError.invalid(field: field, message: "cannot contain a control character (\(control))")
        }
        return value
    }
}
