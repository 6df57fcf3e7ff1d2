/// Brings checked applications into the caseload, once each: an `externalId` seen before is skipped.
public struct ImportService {
    public struct Outcome: Codable, Equatable, Sendable {
        public struct Entry: Codable, Equatable, Sendable {
            public var externalId: String
            public var ref: String
        }

        public var created: [Entry]
        public var skipped: [Entry]
    }

    public let store: CaseStore
    public let actor: Actor

    public init(store: CaseStore, actor: Actor) {
        self.store = store
        self.actor = actor
    }

    public func importCases(_ cases: [Case]) throws -> Outcome {
        var known: [String: String] = [:]
        for summary in try store.summaries().summaries {
            if let id = summary.externalId { known[id] = summary.ref }
        }
        var skipped: [Outcome.Entry] = []
        var fresh: [Case] = []
        for record in cases {
            let id = record.externalId ?? ""
            if let ref = known[id] { skipped.append(.init(externalId: id, ref: ref)) } else { fresh.append(record) }
        }
        let created = try fresh.isEmpty ? [] : store.create(fresh, by: actor)
        return Outcome(created: created.map { .init(externalId: $0.externalId ?? "", ref: $0.ref) }, skipped: skipped)
    }
}
