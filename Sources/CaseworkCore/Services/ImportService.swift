/// Brings checked applications into the caseload, once each: an `externalId` seen before is skipped.
public struct ImportService {
    public struct Outcome: Codable, Equatable, Sendable {
        public typealias Entry = ImportPlan.Entry

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
        let outcome = try store.createOnce(cases, by: actor)
        return Outcome(created: outcome.created.map { .init(externalId: $0.externalId ?? "", ref: $0.ref) },
                       skipped: outcome.skipped)
    }
}
