/// The assessment and the personalised housing plan (s189A): every edit from the command line and the console
/// goes through here, with the same checks, the same versions and the same audit line.
extension CaseService {
    /// The council's partners: its own `partners.json` where the store keeps one, else the standard list.
    public func partnerDirectory() throws -> PartnerDirectory {
        if let lists = store as? CouncilListStore { return try lists.partners() }
        return try PartnerDirectory.standard()
    }

    /// The council's standard steps, as `partnerDirectory()` finds its partners.
    public func stepLibrary() throws -> StepLibrary {
        if let lists = store as? CouncilListStore { return try lists.stepLibrary() }
        return try StepLibrary.standard()
    }

    /// Saves an edited assessment and steps. Before the plan is first settled it is edited in place; after, the
    /// change makes a new version. `basedOnVersion` is the version the officer edited: an earlier one is frozen
    /// and refused. Progress recorded on steps (done, not done, referral sent) is saved with it, versionless.
    @discardableResult
    public func savePlan(_ ref: String, content: PlanContent, basedOnVersion: Int? = nil, expectedRevision: Int?) throws -> Case {
        let partners = try partnerDirectory()
        return try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            try revisePlan(&record, to: content, basedOnVersion: basedOnVersion, partners: partners)
        }
    }

    /// Records or replaces the assessment (s189A(1)–(2)).
    @discardableResult
    public func assess(_ ref: String, expectedRevision: Int?, _ edit: (inout Assessment) -> Void) throws -> Case {
        let partners = try partnerDirectory()
        return try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            var assessment = record.assessment ?? Assessment(completedOn: today, completedBy: actor.id)
            edit(&assessment)
            var content = record.planContent
            content.assessment = assessment
            try revisePlan(&record, to: content, basedOnVersion: nil, partners: partners)
        }
    }

    /// Adds a step at the end of its owner's steps; a partner's usual cost goes with it.
    @discardableResult
    public func addStep(_ ref: String, owner: StepOwner, text: String, dueOn: Day?, partner: String?,
                        expectedRevision: Int?) throws -> (record: Case, step: PlanStep) {
        let partners = try partnerDirectory()
        var added: PlanStep?
        let record = try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            var content = record.planContent
            var step = PlanStep(id: record.nextStepId, owner: owner, text: text.trimmingSpaces, dueOn: dueOn, partnerId: partner)
            step.cost = partner.flatMap(partners.partner)?.usualCost
            let after = content.steps.lastIndex { $0.owner == owner } ?? content.steps.lastIndex { $0.owner.rawValue < owner.rawValue }
            content.steps.insert(step, at: after.map { $0 + 1 } ?? content.steps.count)
            try revisePlan(&record, to: content, basedOnVersion: nil, partners: partners)
            added = step
        }
        return (record, added!)
    }

    /// Marks a step done on a day (today by default).
    @discardableResult
    public func markStepDone(_ ref: String, step id: Int, on day: Day? = nil, expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        guard day <= today else { throw CaseServiceError.invalid(field: "on", message: "\(day) is in the future") }
        return try changeStep(ref, id, expectedRevision: expectedRevision) { step, record in
            guard day >= record.receivedOn else {
                throw CaseServiceError.invalid(field: "on", message: "\(day) is before the application (\(record.receivedOn))")
            }
            step.doneOn = day
            step.notDoneReason = nil
        }
    }

    /// Marks a step not done, with the reason (a reason is required: "not done" alone says nothing).
    @discardableResult
    public func markStepNotDone(_ ref: String, step id: Int, reason: String, expectedRevision: Int?) throws -> Case {
        let why = reason.trimmingSpaces
        guard !why.isEmpty else { throw CaseServiceError.invalid(field: "reason", message: "say why the step was not done") }
        return try changeStep(ref, id, expectedRevision: expectedRevision) { step, _ in
            step.notDoneReason = why
            step.doneOn = nil
        }
    }

    /// Records that a step's referral went to its partner on a day.
    @discardableResult
    public func markReferralSent(_ ref: String, step id: Int, on day: Day? = nil, expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        guard day <= today else { throw CaseServiceError.invalid(field: "on", message: "\(day) is in the future") }
        return try changeStep(ref, id, expectedRevision: expectedRevision) { step, _ in
            guard step.partnerId != nil else {
                throw CaseServiceError.refused(reason: "step \(id) has no partner to refer to; choose one from the directory first")
            }
            step.referralSentOn = day
        }
    }

    /// Agreement with the applicant on a day (s189A(4)): settles the current version.
    @discardableResult
    public func agreePlan(_ ref: String, on day: Day? = nil, expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        return try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            try settle(&record, on: day, notAgreedReason: nil)
        }
    }

    /// No agreement (s189A(5)–(6)): the applicant's reason, and the plan's steps stand as those the council
    /// considers reasonable.
    @discardableResult
    public func disagreePlan(_ ref: String, reason: String, on day: Day? = nil, expectedRevision: Int?) throws -> Case {
        let why = reason.trimmingSpaces
        guard !why.isEmpty else {
            throw CaseServiceError.invalid(field: "reason", message: "record why the applicant does not agree (s189A(5))")
        }
        if let problem = PlanRules.textProblem(why, limit: PlanRules.reasonLimit, multiline: true) {
            throw CaseServiceError.invalid(field: "reason", message: problem)
        }
        return try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            try settle(&record, on: day ?? today, notAgreedReason: why)
        }
    }

    /// Sets (or clears) the day the assessment and plan are next reviewed.
    @discardableResult
    public func setPlanReview(_ ref: String, dueOn: Day?, expectedRevision: Int?) throws -> Case {
        if let dueOn, dueOn < today { throw CaseServiceError.invalid(field: "due", message: "\(dueOn) is in the past") }
        return try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            var plan = try existingPlan(record)
            plan.reviewDueOn = dueOn
            record.plan = plan
            record.timeline.append(systemEvent(record, dueOn.map { "Plan review due on \($0)" } ?? "Plan review date cleared",
                summary: "Plan review date"))
        }
    }

    /// A review done (s189A(9)), with what was found; the next review date if one is set.
    @discardableResult
    public func recordPlanReview(_ ref: String, note: String, on day: Day? = nil, nextDueOn: Day? = nil,
                                 expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        let text = note.trimmingSpaces
        guard !text.isEmpty else { throw CaseServiceError.invalid(field: "note", message: "say what the review found") }
        if let problem = PlanRules.textProblem(text, limit: PlanRules.reasonLimit, multiline: true) {
            throw CaseServiceError.invalid(field: "note", message: problem)
        }
        guard day <= today else { throw CaseServiceError.invalid(field: "on", message: "\(day) is in the future") }
        if let nextDueOn, nextDueOn <= day {
            throw CaseServiceError.invalid(field: "next", message: "the next review (\(nextDueOn)) must come after this one (\(day))")
        }
        return try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            var plan = try existingPlan(record)
            plan.reviews.append(PlanReview(on: day, by: actor.id, note: text))
            plan.lastReviewedOn = day
            plan.reviewDueOn = nextDueOn
            record.plan = plan
            record.timeline.append(systemEvent(record, "Plan reviewed on \(day)" + (nextDueOn.map { "; next review \($0)" } ?? ""),
                summary: "Plan reviewed"))
        }
    }

    /// Records the plan letter for a version as sent on a day: the version is then notified in writing (s189A(3),
    /// (11)), with the decision that carries the applicant's right to a review of the steps (s202(1)(bc)).
    @discardableResult
    public func recordPlanLetterSent(_ ref: String, version: Int, on day: Day? = nil, expectedRevision: Int?) throws -> Case {
        let day = day ?? today
        return try change(ref, expectedRevision: expectedRevision, action: "plan-letter") { record in
            let settled = try PlanLetterCheck.settlement(of: version, in: try existingPlan(record))
            record.recordPlanLetter(version: version, settledOn: settled, on: day, by: actor.id)
            record.timeline.append(systemEvent(record, "Plan letter (version \(version)) sent on \(day)",
                summary: "Plan letter sent"))
        }
    }

    // MARK: - the shared steps

    /// Applies new content to a record: checks, change lines, a version when one is due, and a timeline line.
    func revisePlan(_ record: inout Case, to content: PlanContent, basedOnVersion: Int?, partners: PartnerDirectory) throws {
        let current = record.plan ?? Plan()
        if let basedOnVersion, basedOnVersion != current.version {
            throw PlanRefusal.editing(basedOnVersion, of: current)
        }
        var content = content
        content.steps = content.steps.map { step in
            var step = step
            step.text = step.text.trimmingSpaces
            return step
        }
        let problems = PlanRules.problems(content, receivedOn: record.receivedOn, today: today, partners: partners)
        if !problems.isEmpty { throw CaseServiceError.refused(reason: problems.map(\.message).joined(separator: "; ")) }
        let (terms, progress) = record.revisePlan(to: content, by: actor.id, on: today, partners: partners)
        guard !terms.isEmpty || !progress.isEmpty else { return }
        let plan = record.plan ?? Plan()
        if record.status.isAwaitingTriageOrAppointment || record.status == .assessment, content.assessment != nil, record.activeDuty == nil {
            record.status = .assessment
        }
        let heading = !terms.isEmpty && plan.isVersioned ? "Plan version \(plan.version): " : "Plan: "
        record.timeline.append(systemEvent(record, heading + (terms + progress).joined(separator: "; "), summary: "Plan changed"))
    }

    private func settle(_ record: inout Case, on day: Day, notAgreedReason: String?) throws {
        let plan = try existingPlan(record)
        guard !plan.steps.isEmpty else {
            throw CaseServiceError.refused(reason: notAgreedReason == nil
                ? "a plan with no step cannot be agreed: add the steps first"
                : "record the steps the council considers reasonable before recording that the plan is not agreed (s189A(6))")
        }
        guard record.assessment != nil else {
            throw CaseServiceError.refused(reason: "record the assessment first: the plan follows from it (s189A(1), (4))")
        }
        guard day <= today else { throw CaseServiceError.invalid(field: "on", message: "\(day) is in the future") }
        guard day >= record.receivedOn else {
            throw CaseServiceError.invalid(field: "on", message: "\(day) is before the application (\(record.receivedOn))")
        }
        if let entry = plan.versions.last, day < entry.on {
            throw CaseServiceError.invalid(field: "on", message: "\(day) is before version \(entry.version) was made (\(entry.on))")
        }
        if plan.currentVersionSettled, plan.agreedOn != nil, notAgreedReason == nil {
            throw CaseServiceError.refused(reason: "version \(plan.version) of the plan is already agreed (on \(plan.agreedOn!))")
        }
        record.settlePlan(on: day, by: actor.id, notAgreedReason: notAgreedReason)
        let version = record.plan?.version ?? 1
        let text = notAgreedReason == nil ? "Plan version \(version) agreed with the applicant on \(day)"
            : "Plan version \(version) not agreed on \(day); the council's steps recorded (s189A(6))"
        record.timeline.append(systemEvent(record, text, summary: notAgreedReason == nil ? "Plan agreed" : "Plan not agreed"))
    }

    private func changeStep(_ ref: String, _ id: Int, expectedRevision: Int?,
                            _ edit: (inout PlanStep, Case) throws -> Void) throws -> Case {
        let partners = try partnerDirectory()
        return try change(ref, expectedRevision: expectedRevision, action: "plan") { record in
            var content = record.planContent
            guard let index = content.steps.firstIndex(where: { $0.id == id }) else {
                throw CaseServiceError.invalid(field: "step", message: "the plan has no step \(id)")
            }
            try edit(&content.steps[index], record)
            try revisePlan(&record, to: content, basedOnVersion: nil, partners: partners)
        }
    }

    func existingPlan(_ record: Case) throws -> Plan {
        guard let plan = record.plan else { throw CaseServiceError.refused(reason: "case \(record.ref) has no plan yet: add a step first") }
        return plan
    }
}

/// The store's council lists, where it keeps them (the file store reads the data directory).
public protocol CouncilListStore: AnyObject {
    func partners() throws(CouncilListError) -> PartnerDirectory
    func stepLibrary() throws(CouncilListError) -> StepLibrary
}

extension JSONFileStore: CouncilListStore {}

extension Case {
    /// The current version's content: the assessment and the plan's steps.
    public var planContent: PlanContent { PlanContent(assessment: assessment, steps: plan?.steps ?? []) }

    /// The content of any version the plan has reached; nil for one it has not.
    public func planContent(version: Int) -> PlanContent? {
        guard let plan else { return version == 1 ? planContent : nil }
        if version == plan.version { return planContent }
        return plan.entry(version)?.content
    }
}
