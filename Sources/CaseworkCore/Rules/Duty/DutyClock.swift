/// Where an active duty stands on its 56-day clock (s195, s189B).
///
/// The law's count (s189B(4), s195(8)(b): "the period of 56 days beginning with the day…"): the start day is
/// day 1, the last day of the period is start + 55 (`lastDay`), and notice that 56 days have elapsed may be given
/// from start + 56 (`noticeFrom`). A relief duty for an applicant the council is satisfied is in priority need,
/// and is not satisfied became homeless intentionally, ends by itself at the end of `lastDay` (s189B(4)).
/// The main duty has no 56-day clock: `lastDay` and `noticeFrom` are nil and `day` just counts its days.
public struct DutyClock: Hashable, Sendable {
    public static let length = 56

    public let kind: DutyKind
    public let startedOn: Day
    /// Day 1 is the start day.
    public let day: Int
    /// The 56th day of the period: start + 55.
    public let lastDay: Day?
    /// The first day notice that 56 days have elapsed may be given: start + 56.
    public let noticeFrom: Day?
    /// A relief duty has ended by law at the end of its last day (s189B(4)) and the main duty decision (s193) is
    /// due. Derived, never stored.
    public let mainDutyDecisionDue: Bool

    public init(_ duty: Duty, findings: Findings, today: Day) {
        kind = duty.kind
        startedOn = duty.startedOn
        day = DutyClock.day(of: today, startedOn: duty.startedOn)
        lastDay = DutyClock.lastDay(kind: duty.kind, startedOn: duty.startedOn)
        noticeFrom = DutyClock.noticeFrom(kind: duty.kind, startedOn: duty.startedOn)
        mainDutyDecisionDue = duty.kind == .relief && DutyClock.reliefEndsAutomatically(findings) && day > DutyClock.length
    }

    /// The day of the period `date` falls on: 1 on the start day.
    public static func day(of date: Day, startedOn: Day) -> Int { startedOn.days(until: date) + 1 }

    /// Start + 55 for prevention and relief; none for the main duty.
    public static func lastDay(kind: DutyKind, startedOn: Day) -> Day? {
        kind == .main ? nil : startedOn.adding(days: length - 1)
    }

    /// Start + 56 for prevention and relief; none for the main duty.
    public static func noticeFrom(kind: DutyKind, startedOn: Day) -> Day? {
        kind == .main ? nil : startedOn.adding(days: length)
    }

    /// s189B(4): satisfied of priority need and not satisfied of intentionality. An intentionality not yet decided
    /// is "not satisfied", so it does not keep relief running; a later finding is for the s193 decision.
    public static func reliefEndsAutomatically(_ findings: Findings) -> Bool {
        findings.priorityNeed == true && findings.intentionallyHomeless != true
    }

    /// Days of the period still to come after today (0 on the last day and after).
    public var daysLeft: Int? { kind == .main ? nil : max(0, DutyClock.length - day) }
    /// The 56 days are over: today is after the last day.
    public var periodOver: Bool { kind != .main && day > DutyClock.length }
    /// Today is the period's last day.
    public var isLastDay: Bool { kind != .main && day == DutyClock.length }

    /// "Day 12 of 56", the form every screen shows.
    public var progress: String { kind == .main ? "Day \(day)" : "Day \(day) of \(DutyClock.length)" }
}
