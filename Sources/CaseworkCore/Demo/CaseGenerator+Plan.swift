/// Partners, referrals and a history of versions for a generated plan: most plans change once or twice after
/// they are agreed, and about one in seventy runs long (40 steps over 10 versions), the size the benchmark opens.
/// Drawn from a random stream of its own, seeded by the application's id, so the rest of a generated caseload
/// is the same as before plans had histories.
extension CaseGenerator {
    static let longPlanSteps = 40
    static let longPlanVersions = 10

    static func planHistory(_ record: inout Case, caseworker: String, today: Day) {
        guard record.plan != nil, record.assessment != nil else { return }
        var random = SeededRandom(seed: stableSeed(record.externalId ?? record.applicant.fullName))
        let directory = try? PartnerDirectory.standard()
        let partners = directory?.partners ?? []
        // Partners chosen at the interview are part of the first version.
        if var plan = record.plan {
            for index in plan.steps.indices where plan.steps[index].owner != .applicantRequired && random.chance(0.5) && !partners.isEmpty {
                let partner = random.pick(partners)
                plan.steps[index].partnerId = partner.id
                plan.steps[index].cost = partner.usualCost
                if let agreed = plan.settledOn, random.chance(0.8) { plan.steps[index].referralSentOn = min(today, agreed.adding(days: random.int(0...3))) }
            }
            record.plan = plan
        }
        guard let settledOn = record.plan?.settledOn, settledOn < today else { return }
        let long = random.chance(1.0 / 70)
        let versions = long ? longPlanVersions : random.weighted([(1, 5), (2, 3), (3, 2), (4, 1)])
        guard versions > 1 else { return }
        let span = settledOn.days(until: today)
        for number in 2...versions {
            let day = settledOn.adding(days: span * (number - 1) / (versions - 1))
            var content = record.planContent
            let target = long ? (longPlanSteps - content.steps.count) / (versions - number + 1) : random.int(0...2)
            for _ in 0..<target {
                let owner: StepOwner = random.weighted([(.applicantRequired, 3), (.applicantRecommended, 1), (.council, 3)])
                let texts = owner == .council ? TimelineTexts.councilSteps : TimelineTexts.applicantSteps
                var step = PlanStep(id: Case.nextId(content.steps.map(\.id)), owner: owner, text: random.pick(texts),
                                    dueOn: day.adding(days: random.int(3...28)))
                if owner == .council, random.chance(0.4), let partner = partners.isEmpty ? nil : random.pick(partners) {
                    step.partnerId = partner.id
                    step.cost = partner.usualCost
                }
                content.steps.append(step)
            }
            if let index = content.steps.indices.randomElement(using: &random), content.steps[index].doneOn == nil {
                content.steps[index].dueOn = (content.steps[index].dueOn ?? day).adding(days: random.int(7...14))
            }
            guard !record.revisePlan(to: content, by: caseworker, on: day, partners: directory).terms.isEmpty else { continue }
            if random.chance(0.75) {
                record.settlePlan(on: day, by: caseworker, notAgreedReason: nil)
                if random.chance(0.8), day < today {
                    record.recordPlanLetter(version: record.plan?.version ?? number, settledOn: day, on: day.adding(days: 1), by: caseworker)
                }
            }
        }
    }

    /// FNV-1a of the text: the same seed on every machine and every run, unlike `Hasher`.
    static func stableSeed(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
