/// Brings checked applications into the caseload, once each: an `externalId` seen before is skipped.
public struct ImportService {
    public struct Outcome: Codable, Equatable, Sendable {
        /// An application and the case holding it; `ref` is nil for a restricted case the importer is not cleared
        /// for, which is withheld (and the match audited) rather than named.
        public struct Entry: Codable, Hashable, Sendable {
            public var externalId: String
            public var ref: String?
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
        let outcome = try store.createOnce(cases, by: actor)
        var skipped: [Outcome.Entry] = []
        for entry in outcome.skipped {
            // A duplicate of a restricted case: that the application is known may be said, which case holds it not.
            if let held = try? store.load(entry.ref), !CaseAccess.mayView(held, as: actor) {
                try store.auditAccess(of: entry.ref, by: actor, action: AuditEntry.importMatchedRestricted)
                skipped.append(.init(externalId: entry.externalId, ref: nil))
            } else {
                skipped.append(.init(externalId: entry.externalId, ref: entry.ref))
            }
        }
        return Outcome(created: outcome.created.map { .init(externalId: $0.externalId ?? "", ref: $0.ref) }, skipped: skipped)
    }
}
