/// How a plan moves from one content to the next and is settled, without the checks: the service checks
/// first, and the demo's generator builds plans' histories with the same steps.
extension Case {
    /// Puts `content` in place. Before the plan is first settled the draft changes in place; after, a change of
    /// terms freezes the current version's content and makes the next version. Returns what changed.
    @discardableResult
    public mutating func revisePlan(to content: PlanContent, by officer: String, on day: Day,
                                    partners: PartnerDirectory? = nil) -> (terms: [String], progress: [String]) {
        var plan = self.plan ?? Plan()
        let old = planContent
        let terms = PlanChanges.terms(from: old, to: content) { id in partners?.partner(id)?.name ?? id }
        let progress = PlanChanges.progress(from: old.steps, to: content.steps)
        guard !terms.isEmpty || !progress.isEmpty else { return ([], []) }
        if !terms.isEmpty, plan.isVersioned {
            plan.versions[plan.versions.count - 1].content = old
            plan.version += 1
            plan.versions.append(PlanVersion(version: plan.version, on: day, by: officer, changes: terms))
        }
        plan.steps = content.steps
        assessment = content.assessment
        self.plan = plan
        return (terms, progress)
    }

    /// Settles the current version: agreed on `day`, or not agreed for `notAgreedReason` (s189A(4)–(6)).
    public mutating func settlePlan(on day: Day, by officer: String, notAgreedReason: String?) {
        var plan = self.plan ?? Plan()
        plan.agreedOn = notAgreedReason == nil ? day : nil
        plan.notAgreedOn = notAgreedReason == nil ? nil : day
        plan.notAgreedReason = notAgreedReason
        plan.settledVersion = plan.version
        if plan.isVersioned {
            plan.versions[plan.versions.count - 1].agreedOn = plan.agreedOn
            plan.versions[plan.versions.count - 1].notAgreedOn = plan.notAgreedOn
            plan.versions[plan.versions.count - 1].notAgreedReason = notAgreedReason
        } else {
            plan.versions = [PlanVersion.first(on: day, by: officer, agreedOn: plan.agreedOn, notAgreedOn: plan.notAgreedOn,
                                               notAgreedReason: notAgreedReason)]
        }
        self.plan = plan
    }

    /// Records version `version`'s letter as sent on `day`: the current version is then notified in writing.
    /// Returns whether this was the version's first notification.
    @discardableResult
    public mutating func recordPlanLetter(version: Int, settledOn: Day, on day: Day, by officer: String) -> Bool {
        guard var plan else { return false }
        plan.letters.append(PlanLetterRecord(version: version, sentOn: day, by: officer))
        var first = false
        if version == plan.version, plan.notifiedVersion != version {
            plan.notifiedVersion = version
            plan.notifiedInWritingOn = day
            if assessment != nil { assessment?.notifiedInWritingOn = day }
            decisions.append(Decision(id: nextDecisionId, kind: .planSteps, outcome: "Personalised housing plan, version \(version)",
                                      decidedOn: settledOn, decidedBy: officer, notifiedOn: day))
            first = true
        }
        self.plan = plan
        return first
    }
}
