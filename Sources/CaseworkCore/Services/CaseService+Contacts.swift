extension CaseService {
    /// A contact as the officer logs it, perhaps after the fact: when it happened (not in the future, not before the
    /// application), the person spoken to, and a day to follow it up (after the contact, not gone by), which alerts
    /// on that day until a later contact.
    @discardableResult
    public func logContact(_ ref: String, _ log: ContactLog, expectedRevision: Int?) throws -> Case {
        let body = try noteBody(log.text)
        let now = clock.now()
        let happened = log.happenedAt ?? now
        guard happened <= now else {
            throw CaseServiceError.invalid(field: "happenedAt", message: "a contact cannot be logged before it happens")
        }
        let person = log.person.map { FormatCharacters.neutralised($0).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        if let person, let problem = PersonName.problem(person) {
            throw CaseServiceError.invalid(field: "person", message: problem)
        }
        if let followUp = log.followUpOn {
            guard followUp > happened.day else {
                throw CaseServiceError.invalid(field: "followUpOn", message: "a follow-up comes after the contact")
            }
            guard followUp >= today else { throw CaseServiceError.dayInPast(field: "followUpOn", followUp) }
        }
        return try change(ref, expectedRevision: expectedRevision, action: "contact") { record in
            guard happened.day >= record.receivedOn else {
                throw CaseServiceError.invalid(field: "happenedAt", message: "a contact cannot come before the application")
            }
            record.timeline.append(ContactEvent(id: record.nextTimelineId, at: happened, by: actor.id, channel: log.channel,
                                                party: log.party, text: body, person: person, followUpOn: log.followUpOn,
                                                loggedAt: happened == now ? nil : now))
            if record.status == .received { record.status = .triage }
        }
    }

    /// Every document in `kinds` asked for in one step by one date: one revision, one line on the timeline. The request
    /// date drives the "documents missing" alert.
    @discardableResult
    public func requestDocuments(_ ref: String, kinds: [DocumentKind], dueOn: Day?, expectedRevision: Int?) throws -> Case {
        guard !kinds.isEmpty else { throw CaseServiceError.invalid(field: "kinds", message: "no documents to ask for") }
        if let dueOn, dueOn < today { throw CaseServiceError.dayInPast(field: "dueOn", dueOn) }
        return try change(ref, expectedRevision: expectedRevision, action: "document-request") { record in
            for kind in kinds {
                if let index = record.documents.firstIndex(where: { $0.kind == kind }) {
                    guard !record.documents[index].provided else {
                        throw CaseServiceError.invalid(field: "kind", message: "\(kind.label) is already provided")
                    }
                    record.documents[index].requestedOn = today
                    record.documents[index].dueOn = dueOn
                } else {
                    record.documents.append(DocumentCheck(kind: kind, provided: false, requestedOn: today, dueOn: dueOn))
                }
            }
            let due = dueOn.map { " by \($0)" } ?? ""
            record.timeline.append(systemEvent(record, "Requested \(kinds.map(\.label).joined(separator: ", "))\(due)",
                                               summary: kinds.count == 1 ? "Document requested" : "Documents requested"))
        }
    }
}
