/// An officer's unsaved plan put back on top of a newer record after a stale save: every field the officer
/// changed and no one else did is taken from the officer, every field only the other person changed from the
/// record, and where both changed the same field the officer's text is kept (it is unsaved work) and named as a
/// clash to look at before saving again. Fields: each assessment field, and each step's words, owner, due date,
/// partner and status, by step id; steps added on either side are kept.
public enum PlanMerge {
    public struct Outcome: Hashable, Sendable {
        public var content: PlanContent
        /// What both changed, in words: "step 3's words", "the assessment's area".
        public var clashes: [String]
    }

    public static func merge(base: PlanContent, mine: PlanContent, theirs: PlanContent) -> Outcome {
        var clashes: [String] = []
        var merged = theirs
        merged.assessment = assessment(base: base.assessment, mine: mine.assessment, theirs: theirs.assessment, clashes: &clashes)

        let baseSteps = Dictionary(uniqueKeysWithValues: base.steps.map { ($0.id, $0) })
        let theirSteps = Dictionary(uniqueKeysWithValues: theirs.steps.map { ($0.id, $0) })
        var steps = theirs.steps
        // Steps the officer removed: gone, unless the other person changed them meanwhile.
        for removed in base.steps where !mine.steps.contains(where: { $0.id == removed.id }) {
            guard let theirsNow = theirSteps[removed.id] else { continue }
            if theirsNow == removed {
                steps.removeAll { $0.id == removed.id }
            } else {
                clashes.append("step \(removed.id), which you removed and another officer changed (kept)")
            }
        }
        // Steps both hold: field by field.
        for index in steps.indices {
            let id = steps[index].id
            guard let before = baseSteps[id], let own = mine.steps.first(where: { $0.id == id }) else { continue }
            steps[index] = step(base: before, mine: own, theirs: steps[index], clashes: &clashes)
        }
        // Steps the officer added, numbered after everything the record holds.
        var next = Case.nextId((theirs.steps + base.steps).map(\.id))
        var renumbered: [Int: Int] = [:]
        for added in mine.steps where baseSteps[added.id] == nil {
            // Already in the record as it is here: the officer's own save of it went through.
            if theirSteps[added.id] == added { continue }
            var step = added
            if theirSteps[added.id] != nil || added.id < next {
                renumbered[added.id] = next
                step.id = next
            }
            next = max(next, step.id) + 1
            steps.append(step)
        }
        // The officer's order where the other person kept the order they had.
        let baseOrder = base.steps.map(\.id)
        if mine.steps.map(\.id).filter(baseOrder.contains) != baseOrder, theirs.steps.map(\.id).filter(baseOrder.contains) == baseOrder {
            let order = mine.steps.map { renumbered[$0.id] ?? $0.id }
            steps.sort { (order.firstIndex(of: $0.id) ?? Int.max) < (order.firstIndex(of: $1.id) ?? Int.max) }
        }
        merged.steps = steps
        return Outcome(content: merged, clashes: clashes)
    }

    /// One value three ways: the officer's where only they changed it or both did (a clash if differently).
    static func pick<T: Equatable>(_ base: T, _ mine: T, _ theirs: T, _ name: String, _ clashes: inout [String]) -> T {
        if mine == base { return theirs }
        if theirs != base, theirs != mine { clashes.append(name) }
        return mine
    }

    private static func step(base: PlanStep, mine: PlanStep, theirs: PlanStep, clashes: inout [String]) -> PlanStep {
        var step = theirs
        step.text = pick(base.text, mine.text, theirs.text, "step \(base.id)'s words", &clashes)
        step.owner = pick(base.owner, mine.owner, theirs.owner, "whose step \(base.id) is", &clashes)
        step.dueOn = pick(base.dueOn, mine.dueOn, theirs.dueOn, "step \(base.id)'s due date", &clashes)
        let partner = pick(PartnerChoice(base), PartnerChoice(mine), PartnerChoice(theirs), "step \(base.id)'s partner", &clashes)
        step.partnerId = partner.id
        step.cost = partner.cost
        step.referralSentOn = pick(base.referralSentOn, mine.referralSentOn, theirs.referralSentOn, "step \(base.id)'s referral", &clashes)
        let status = pick(StatusChoice(base), StatusChoice(mine), StatusChoice(theirs), "step \(base.id)'s status", &clashes)
        step.doneOn = status.doneOn
        step.notDoneReason = status.notDoneReason
        return step
    }

    private struct PartnerChoice: Equatable {
        var id: String?
        var cost: Money?
        init(_ step: PlanStep) { id = step.partnerId; cost = step.cost }
    }

    private struct StatusChoice: Equatable {
        var doneOn: Day?
        var notDoneReason: String?
        init(_ step: PlanStep) { doneOn = step.doneOn; notDoneReason = step.notDoneReason }
    }

    private static func assessment(base: Assessment?, mine: Assessment?, theirs: Assessment?, clashes: inout [String]) -> Assessment? {
        guard let mine else { return theirs }
        guard let base, var result = theirs else { return theirs ?? mine }
        for field in AssessmentField.allCases {
            result[keyPath: field.path] = pick(base[keyPath: field.path], mine[keyPath: field.path], result[keyPath: field.path],
                                               "the assessment's \(field.label.lowercased())", &clashes)
        }
        result.reasonForLoss = pick(base.reasonForLoss, mine.reasonForLoss, result.reasonForLoss, "the assessment's reason", &clashes)
        result.bedroomsNeeded = pick(base.bedroomsNeeded, mine.bedroomsNeeded, result.bedroomsNeeded, "the bedrooms needed", &clashes)
        result.supportNeeds = pick(base.supportNeeds, mine.supportNeeds, result.supportNeeds, "the support needs", &clashes)
        result.completedOn = pick(base.completedOn, mine.completedOn, result.completedOn, "the assessment's date", &clashes)
        return result
    }
}
