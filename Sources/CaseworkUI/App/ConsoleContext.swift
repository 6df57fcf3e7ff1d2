import CaseworkCore

/// What every screen knows about the session: who is at the keyboard, what day the law counts from,
/// the staff directory (names for ids), the rules' settings and which caseload this is.
public struct ConsoleContext: Sendable {
    public var actor: Actor
    public var today: Day
    public var staff: StaffDirectory
    public var configuration: RuleConfiguration
    public var meta: StoreMeta
    /// The council's directory of partners and its standard plan steps (the shipped lists unless it has its own).
    public var partners: PartnerDirectory
    public var stepLibrary: StepLibrary
    /// The council's escalation and dashboard settings (`monitoring.json`).
    public var monitoring: MonitoringSettings

    public init(actor: Actor, today: Day, staff: StaffDirectory, configuration: RuleConfiguration, meta: StoreMeta,
                partners: PartnerDirectory? = nil, stepLibrary: StepLibrary? = nil, monitoring: MonitoringSettings = .standard) {
        self.actor = actor
        self.today = today
        self.staff = staff
        self.configuration = configuration
        self.meta = meta
        self.partners = partners ?? (try? PartnerDirectory.standard()) ?? PartnerDirectory(partners: [], source: "no directory")
        self.stepLibrary = stepLibrary ?? (try? StepLibrary.standard()) ?? StepLibrary(steps: [], source: "no library")
        self.monitoring = monitoring
    }

    /// The alerts engine for this session's day and settings.
    public var monitor: AlertMonitor {
        AlertMonitor(today: today, configuration: configuration, settings: monitoring, staff: staff)
    }

    /// A person's name for a staff id, or the id itself when the directory does not know it.
    public func name(of id: String?) -> String { id.map { staff.name(of: $0) ?? $0 } ?? "-" }
}
