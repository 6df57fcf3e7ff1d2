/// Where an active duty stands on its 56-day clock (s195, s189B).
///
/// `day` counts whole days elapsed since the start: the start date is day 0 and the deadline (start + 56 days)
/// is day 56. The statutory period is 56 days *beginning with* the start date, so it has ended on day 56 and
/// not before: that is when the 56-days-elapsed reason first becomes available, and when a relief duty for an
/// applicant the council has found in priority need and not intentionally homeless ends by itself (s189B(4)).
/// The main duty has no 56-day clock: its deadline is nil and `day` just counts days since it began.
public struct DutyClock: Hashable, Sendable {
    public static let length = 56

    public let kind: DutyKind
    public let startedOn: Day
    public let deadline: Day?
    public let day: Int
    /// Relief has reached day 56 for an applicant found in priority need and not intentionally homeless:
    /// the duty has ended by law and the main duty decision (s193) is due. Derived, never stored.
    public let mainDutyDecisionDue: Bool

    public init(_ duty: Duty, findings: Findings, today: Day) {
        kind = duty.kind
        startedOn = duty.startedOn
        deadline = DutyClock.deadline(kind: duty.kind, startedOn: duty.startedOn)
        day = duty.startedOn.days(until: today)
        mainDutyDecisionDue = duty.kind == .relief && DutyClock.reliefEndsAutomatically(findings)
            && day >= DutyClock.length
    }

    /// Start + 56 days for prevention and relief; none for the main duty.
    public static func deadline(kind: DutyKind, startedOn: Day) -> Day? {
        kind == .main ? nil : startedOn.adding(days: length)
    }

    /// s189B(4): only when the council is satisfied of both; an undecided finding keeps the duty running.
    public static func reliefEndsAutomatically(_ findings: Findings) -> Bool {
        findings.priorityNeed == true && findings.intentionallyHomeless == false
    }

    public var daysLeft: Int? { kind == .main ? nil : max(0, DutyClock.length - day) }
    public var hasReachedDeadline: Bool { kind != .main && day >= DutyClock.length }

    /// "Day 12 of 56", the form the case screen shows.
    public var progress: String { kind == .main ? "Day \(day)" : "Day \(day) of \(DutyClock.length)" }
}
