/// The triage queue's order: filter, then one score, then a fixed tie-break, so the order is explainable.
public enum QueueOrder {
    /// Who is in the queue: waiting for triage or an appointment, not found ineligible, and not already dealt
    /// with at triage (prevented, or advice only).
    public static func admits(_ summary: CaseSummary) -> Bool {
        guard summary.status.isAwaitingTriageOrAppointment, summary.findings.eligible != false else { return false }
        switch summary.triageOutcome {
        case .preventedAtTriage?, .adviceOnly?: return false
        default: return true
        }
    }

    /// True when `a` comes before `b`: higher score first, then the older application, then the lower ref.
    public static func precedes(_ a: QueueKey, _ b: QueueKey) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.receivedOn != b.receivedOn { return a.receivedOn < b.receivedOn }
        return a.ref < b.ref
    }
}

/// What the queue sorts on, small enough to sort 100,000 of without touching the summaries again.
public struct QueueKey: Hashable, Sendable, Comparable {
    public let score: Double
    public let receivedOn: Day
    public let ref: String

    public init(score: Double, receivedOn: Day, ref: String) {
        self.score = score
        self.receivedOn = receivedOn
        self.ref = ref
    }

    /// Ascending order is queue order: `keys.sorted()` puts the most urgent case first.
    public static func < (lhs: QueueKey, rhs: QueueKey) -> Bool { QueueOrder.precedes(lhs, rhs) }
}
