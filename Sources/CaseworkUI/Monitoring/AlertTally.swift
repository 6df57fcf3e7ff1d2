import CaseworkCore

/// Open red and amber alerts: neither acknowledged nor snoozed.
public struct AlertCounts: Hashable, Sendable {
    public var red: Int
    public var amber: Int

    public init(red: Int = 0, amber: Int = 0) {
        self.red = red
        self.amber = amber
    }
}

/// The acting officer's open red and amber alerts, for the title line of every screen: their own cases only, kept
/// per case so a change to one case costs one case's rules.
struct AlertTally: Sendable {
    private var byRef: [String: AlertCounts] = [:]
    private(set) var total = AlertCounts()
    private(set) var isLoaded = false

    mutating func load(_ summaries: [CaseSummary], context: ConsoleContext) {
        byRef = [:]
        total = AlertCounts()
        isLoaded = true
        merge(summaries, context: context)
    }

    /// Folds in changed summaries: a case that is no longer the officer's leaves the count.
    mutating func merge(_ summaries: [CaseSummary], context: ConsoleContext) {
        let monitor = context.monitor
        let me = context.actor.id
        for summary in summaries {
            if let old = byRef.removeValue(forKey: summary.ref) {
                total.red -= old.red
                total.amber -= old.amber
            }
            guard summary.assignedOfficer == me else { continue }
            var counts = AlertCounts()
            for alert in monitor.alerts(for: summary, viewer: context.actor) where alert.isOpen {
                if alert.severity == .red { counts.red += 1 } else if alert.severity == .amber { counts.amber += 1 }
            }
            guard counts != AlertCounts() else { continue }
            byRef[summary.ref] = counts
            total.red += counts.red
            total.amber += counts.amber
        }
    }
}
