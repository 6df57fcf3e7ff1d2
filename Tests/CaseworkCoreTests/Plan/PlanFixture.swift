import Foundation
@testable import CaseworkCore

/// A store with one case received three days before "today" and assessed, and a service acting as Priya.
struct PlanFixture {
    let store: StoreFixture
    let ref: String
    let service: CaseService

    static let today = StoreFixture.today

    init(assessed: Bool = true, prepare: (inout Case) -> Void = { _ in }) throws {
        store = try StoreFixture()
        var draft = StoreFixture.draft("Hafid")
        prepare(&draft)
        ref = try store.store.create([draft], by: StoreFixture.priya)[0].ref
        service = CaseService(store: store.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        if assessed {
            try service.assess(ref, expectedRevision: nil) { assessment in
                assessment.reasonForLoss = .endOfPrivateTenancy
                assessment.circumstances = "The landlord wants the flat back to live in."
                assessment.bedroomsNeeded = 2
            }
        }
    }

    func load() throws -> Case { try store.store.load(ref) }

    @discardableResult
    func add(_ owner: StepOwner = .applicantRequired, _ text: String = "Register with three letting agents",
             due: Day? = nil, partner: String? = nil) throws -> PlanStep {
        try service.addStep(ref, owner: owner, text: text, dueOn: due, partner: partner, expectedRevision: nil).step
    }

    /// The message of the error `body` throws, or nil when it does not throw.
    static func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }
}
