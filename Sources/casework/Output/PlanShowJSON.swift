import CaseworkCore

/// `plan show --json`: `{version, agreedOn, notAgreedReason, reviewDueOn, notifiedOn, steps, totalCost, versions}`,
/// every key present (null when not known), money in pounds.
struct PlanShowJSON: Encodable {
    struct Step: Encodable {
        let step: PlanStep

        private enum Key: String, CodingKey { case id, owner, text, dueOn, status, doneOn, partner, cost }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(step.id, forKey: .id)
            try c.encode(step.owner.rawValue, forKey: .owner)
            try c.encode(step.text, forKey: .text)
            try c.encode(step.dueOn, forKey: .dueOn)
            try c.encode(step.status.code, forKey: .status)
            try c.encode(step.doneOn, forKey: .doneOn)
            try c.encode(step.partnerId, forKey: .partner)
            try c.encode(step.cost?.pounds, forKey: .cost)
        }
    }

    struct Version: Encodable {
        let entry: PlanVersion

        private enum Key: String, CodingKey { case version, on, by, changes }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(entry.version, forKey: .version)
            try c.encode(entry.on, forKey: .on)
            try c.encode(entry.by, forKey: .by)
            try c.encode(entry.changes, forKey: .changes)
        }
    }

    let plan: Plan
    let version: Int
    let content: PlanContent

    private enum Key: String, CodingKey { case version, agreedOn, notAgreedReason, reviewDueOn, notifiedOn, steps, totalCost, versions }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        let entry = plan.entry(version)
        try c.encode(version, forKey: .version)
        try c.encode(entry?.agreedOn, forKey: .agreedOn)
        try c.encode(entry?.agreedOn == nil ? entry?.notAgreedReason : nil, forKey: .notAgreedReason)
        try c.encode(version == plan.version ? plan.reviewDueOn : nil, forKey: .reviewDueOn)
        try c.encode(plan.notifiedOn(version: version), forKey: .notifiedOn)
        try c.encode(content.steps.map(Step.init), forKey: .steps)
        try c.encode(content.steps.reduce(Money.zero) { $0 + $1.committedCost }.pounds, forKey: .totalCost)
        try c.encode(plan.versions.map(Version.init), forKey: .versions)
    }
}
