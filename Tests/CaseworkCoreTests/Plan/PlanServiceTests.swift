import Foundation
import Testing
@testable import CaseworkCore

/// The plan's edits through `CaseService`: the refusals the issue lists, versions after the first agreement,
/// progress that makes no version, the audit line and a stale save.
@Suite struct PlanServiceTests {
    static let today = PlanFixture.today

    /// Each refusal the issue names, with the words the officer sees.
    nonisolated(unsafe) static let refusals: [(name: String, act: (PlanFixture) throws -> Void, expected: String)] = [
        ("a step with no text", { try $0.add(.council, "   ") }, "has no text"),
        ("a due date before the application", { try $0.add(.council, "Call the landlord", due: today.adding(days: -4)) },
         "before the application"),
        ("a partner not in the directory", { try $0.add(.council, "Refer", partner: "no-such-partner") }, "no partner 'no-such-partner'"),
        ("agreeing a plan with no step", { try $0.service.agreePlan($0.ref, expectedRevision: nil) }, "no step cannot be agreed"),
        ("not agreeing with no reason", { fixture in
            try fixture.add()
            try fixture.service.disagreePlan(fixture.ref, reason: " ", expectedRevision: nil)
        }, "why the applicant does not agree"),
        ("a control character in a step", { try $0.add(.council, "Ring \u{1B}[2J now") }, "control character"),
        ("editing an agreed version in place", { fixture in
            try fixture.add()
            try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
            try fixture.add(.council, "Offer a deposit")
            var content = try fixture.load().planContent(version: 1)!
            content.steps[0].text = "Register with five letting agents"
            try fixture.service.savePlan(fixture.ref, content: content, basedOnVersion: 1, expectedRevision: nil)
        }, "cannot be edited in place: changes make a new version from the current one (version 2)"),
        ("agreeing before the assessment", { _ in
            let fixture = try PlanFixture(assessed: false)
            try fixture.add()
            try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
        }, "record the assessment first"),
        ("agreeing in the future", { fixture in
            try fixture.add()
            try fixture.service.agreePlan(fixture.ref, on: today.adding(days: 1), expectedRevision: nil)
        }, "in the future"),
        ("a step done tomorrow", { fixture in
            let step = try fixture.add()
            try fixture.service.markStepDone(fixture.ref, step: step.id, on: today.adding(days: 1), expectedRevision: nil)
        }, "in the future"),
        ("a step not done with no reason", { fixture in
            let step = try fixture.add()
            try fixture.service.markStepNotDone(fixture.ref, step: step.id, reason: "", expectedRevision: nil)
        }, "say why"),
        ("a referral for a step with no partner", { fixture in
            let step = try fixture.add()
            try fixture.service.markReferralSent(fixture.ref, step: step.id, expectedRevision: nil)
        }, "no partner to refer to"),
        ("a letter for a plan not settled", { fixture in
            try fixture.add()
            _ = try fixture.service.planLetter(fixture.ref, format: .text)
        }, "not agreed or recorded as not agreed"),
        ("a step the plan does not have", { fixture in
            try fixture.service.markStepDone(fixture.ref, step: 9, expectedRevision: nil)
        }, "no step 9"),
    ]

    @Test(arguments: refusals.indices)
    func refusedWithAClearMessageAndNothingChanged(row: Int) throws {
        let (name, act, expected) = Self.refusals[row]
        let fixture = try PlanFixture()
        let message = PlanFixture.refusal { try act(fixture) }
        #expect(message?.contains(expected) == true, "\(name): \(message ?? "not refused")")
    }

    @Test func aRefusedEditWritesNothing() throws {
        let fixture = try PlanFixture()
        let before = try fixture.load()
        _ = PlanFixture.refusal { try fixture.add(.council, "") }
        #expect(try fixture.load() == before)
    }

    @Test func beforeAgreementTheDraftIsEditedInPlace() throws {
        let fixture = try PlanFixture()
        let first = try fixture.add()
        try fixture.add(.council, "Offer a deposit")
        var content = try fixture.load().planContent
        content.steps[0].text = "Register with five letting agents"
        content.steps.swapAt(0, 1)
        let record = try fixture.service.savePlan(fixture.ref, content: content, basedOnVersion: 1, expectedRevision: nil)
        #expect(record.plan?.version == 1)
        #expect(record.plan?.versions.isEmpty == true)
        #expect(record.plan?.steps.map(\.id) == [2, first.id])
        #expect(record.timeline.last?.text.contains("Steps reordered") == true)
    }

    @Test func afterAgreementEachChangeMakesAVersionAndFreezesTheOneBefore() throws {
        let fixture = try PlanFixture()
        try fixture.add()
        try fixture.service.agreePlan(fixture.ref, on: Self.today.adding(days: -1), expectedRevision: nil)
        try fixture.add(.council, "Offer a rent-deposit bond", partner: "rent-deposit")
        var content = try fixture.load().planContent
        content.steps[0].dueOn = Self.today.adding(days: 7)
        let record = try fixture.service.savePlan(fixture.ref, content: content, basedOnVersion: 2, expectedRevision: nil)
        let plan = try #require(record.plan)
        #expect(plan.version == 3)
        #expect(plan.versions.map(\.version) == [1, 2, 3])
        #expect(plan.versions[0].agreedOn == Self.today.adding(days: -1))
        #expect(plan.versions[1].changes == ["Step 2 added (council): Offer a rent-deposit bond"])
        #expect(plan.versions[2].changes == ["Step 1 due 2026-03-09 (was no date)"])
        #expect(plan.versions[2].by == "priya.shah")
        // Version 1 is kept as it was agreed: one step, no due date; the current version has both.
        #expect(record.planContent(version: 1)?.steps.map(\.dueOn) == [nil])
        #expect(record.planContent(version: 2)?.steps.count == 2)
        #expect(record.planContent(version: 3)?.steps[0].dueOn == Self.today.adding(days: 7))
        #expect(record.planContent(version: 4) == nil)
        // The agreement stands for version 1; version 3 is not agreed yet.
        #expect(plan.settledVersion == 1)
        #expect(!plan.currentVersionSettled)
        #expect(plan.totalCost == Money(pence: 145_000))
    }

    @Test func progressMakesNoVersion() throws {
        let fixture = try PlanFixture()
        let step = try fixture.add(.council, "Refer for money advice", partner: "money-advice")
        try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
        try fixture.service.markReferralSent(fixture.ref, step: step.id, expectedRevision: nil)
        try fixture.service.markStepDone(fixture.ref, step: step.id, expectedRevision: nil)
        let record = try fixture.service.markStepNotDone(fixture.ref, step: step.id, reason: "The adviser had no slots", expectedRevision: nil)
        #expect(record.plan?.version == 1)
        #expect(record.plan?.steps[0].status == .notDone(reason: "The adviser had no slots"))
        #expect(record.plan?.steps[0].referralSentOn == Self.today)
        // A step not done commits nothing.
        #expect(record.plan?.totalCost == .zero)
    }

    @Test func everyEditIsAuditedAsAPlanChange() throws {
        let fixture = try PlanFixture()
        try fixture.add()
        try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
        let entries = try fixture.store.audit().filter { $0.ref == fixture.ref && $0.action == "plan" }
        #expect(entries.count == 3)
        #expect(entries.allSatisfy { $0.fields?.contains("plan") == true })
        // The audit line names fields, never the step's words.
        let journal = String(decoding: try fixture.store.bytes(DataDirectory.auditFile), as: UTF8.self)
        #expect(!journal.contains("letting agents"))
    }

    @Test func aStaleSaveIsRefusedWithWhoSavedFirst() throws {
        let fixture = try PlanFixture()
        let opened = try fixture.load()
        let tom = CaseService(store: try fixture.store.another(), clock: StoreFixture.clock, actor: StoreFixture.tom, configuration: .standard)
        try tom.addNote(fixture.ref, text: "Landlord rang")
        var content = opened.planContent
        content.steps.append(PlanStep(id: 1, owner: .council, text: "Call the landlord"))
        let error = #expect(throws: StoreError.self) {
            try fixture.service.savePlan(fixture.ref, content: content, expectedRevision: opened.revision)
        }
        #expect(error.map { "\($0)".contains("changed by Tom Okafor") } == true)
        #expect(try fixture.load().plan?.steps.isEmpty != false)
    }

    @Test func aLetterSentNotifiesTheVersionAndAChangeAfterAsksForANewNotification() throws {
        let fixture = try PlanFixture()
        try fixture.add()
        try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
        var delivered = ""
        let (sent, version) = try fixture.service.sendPlanLetter(fixture.ref, format: .text) { delivered = $0 }
        #expect(version == 1)
        #expect(delivered.contains("Register with three letting agents"))
        #expect(sent.plan?.notifiedVersion == 1)
        #expect(sent.plan?.notifiedInWritingOn == Self.today)
        #expect(sent.assessment?.notifiedInWritingOn == Self.today)
        #expect(sent.decisions.last?.kind == .planSteps)
        #expect(sent.plan?.changedSinceNotifiedOn == nil)
        #expect(!sent.timeline.last!.text.contains("/"))
        let changed = try fixture.service.assess(fixture.ref, expectedRevision: nil) { $0.area = "Watford or Bushey" }
        #expect(changed.plan?.version == 2)
        #expect(changed.plan?.changedSinceNotifiedOn == Self.today)
        #expect(CaseSummary(changed).planChangesUnnotifiedSince == Self.today)
    }

    @Test func aLetterThatCannotBeDeliveredIsNotRecordedAsSent() throws {
        let fixture = try PlanFixture()
        try fixture.add()
        try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
        struct Full: Error {}
        #expect(throws: Full.self) { try fixture.service.sendPlanLetter(fixture.ref, format: .html) { _ in throw Full() } }
        #expect(try fixture.load().plan?.letters.isEmpty == true)
    }

    @Test func aRestrictedCasesLetterIsNeverMadeForStaffNotCleared() throws {
        let fixture = try PlanFixture { $0.restricted = true; $0.assignedOfficer = "priya.shah" }
        try fixture.add()
        try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
        let tom = CaseService(store: fixture.store.store, clock: StoreFixture.clock, actor: StoreFixture.tom, configuration: .standard)
        var delivered = false
        #expect(throws: CaseAccessError.self) { try tom.sendPlanLetter(fixture.ref, format: .html) { _ in delivered = true } }
        #expect(!delivered)
        #expect(try fixture.store.audit().last?.action == AuditEntry.viewRefused)
    }

    @Test func theSummaryCarriesTheCommittedCostAndOpenSteps() throws {
        let fixture = try PlanFixture()
        try fixture.add(.council, "Offer a landlord incentive", due: Self.today.adding(days: 5), partner: "landlord-incentive")
        let step = try fixture.add(.council, "Refer for floating support", due: Self.today.adding(days: 2), partner: "floating-support")
        try fixture.service.markStepDone(fixture.ref, step: step.id, expectedRevision: nil)
        let summary = try #require(try fixture.store.store.summaries().summaries.first)
        #expect(summary.planCommittedCost == Money(pence: 264_000))
        #expect(summary.openStepDueOn == Self.today.adding(days: 5))
        #expect(summary.assessedOn == Self.today)
    }
}
