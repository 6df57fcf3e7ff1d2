/// What a case needs of a slot, read off its summary and what the rules make of it.
public struct SlotNeed: Hashable, Sendable {
    /// The route's team; the rules' suggestion while the case is not routed yet.
    public var team: Team
    public var officer: String?
    public var interpreter: Bool
    /// Homeless tonight, or an emergency such as fire or flood: may take a slot kept for emergencies.
    public var emergency: Bool
    /// The day the home is lost (notice expiry or loss date); nil when homeless already or not known.
    public var lossDay: Day?
    /// The last day of the prevention or relief duty being worked.
    public var dutyLastDay: Day?

    public init(team: Team, officer: String? = nil, interpreter: Bool = false, emergency: Bool = false, lossDay: Day? = nil,
                dutyLastDay: Day? = nil) {
        self.team = team
        self.officer = officer
        self.interpreter = interpreter
        self.emergency = emergency
        self.lossDay = lossDay
        self.dutyLastDay = dutyLastDay
    }

    public init(_ summary: CaseSummary, evaluation: CaseEvaluation) {
        team = summary.route?.team ?? evaluation.route.suggested
        officer = summary.assignedOfficer
        interpreter = summary.interpreterNeeded
        emergency = evaluation.homeless || summary.emergency
        switch evaluation.threat.basis {
        case .lossDate(let day), .noticeExpiry(let day), .section21(let day): lossDay = day
        default: lossDay = nil
        }
        // The rules' last day of the period (start + 55, day 56 of 56), not counted again here.
        dutyLastDay = evaluation.duty?.lastDay
    }

    /// The last day a slot is in time for, and the reason that sets it.
    var deadline: (day: Day, loss: Bool)? {
        let beforeLoss = lossDay.map { $0.adding(days: -1) }
        switch (beforeLoss, dutyLastDay) {
        case let (loss?, duty?): return loss <= duty ? (loss, true) : (duty, false)
        case let (loss?, nil): return (loss, true)
        case let (nil, duty?): return (duty, false)
        case (nil, nil): return nil
        }
    }
}

/// A free slot offered for a case, with why.
public struct SlotSuggestion: Hashable, Sendable {
    public let slot: DiarySlot
    public let reasons: [SlotReason]
    /// False when it is too late (after the loss day or the duty's last day), offered because nothing earlier is free.
    public var inTime: Bool { !reasons.contains(where: \.isLate) }
}

/// A waiting case offered for a free slot, in the queue's order, with why.
public struct CaseSuggestion: Hashable, Sendable {
    public let summary: CaseSummary
    public let key: QueueKey
    /// The score's largest parts, biggest first.
    public let parts: [PriorityPart]
    public let points: [Double]
    public let reasons: [SlotReason]

    public var ref: String { summary.ref }
    public var score: Double { key.score }
}

/// Booking by priority, both ways: the earliest free slots that fit a case (a caseworker of its route, in time for
/// the loss of the home or the duty's last day, long enough for an interpreter where one is needed), and the waiting
/// cases that fit a free slot in the queue's order (`CaseRules`' score and tie-break).
public struct SlotAllocator: Sendable {
    public let calendar: SlotCalendar
    public let book: DiaryBook
    public let staff: StaffDirectory
    /// Local time now: a slot that has begun is not offered.
    public let now: LocalTime

    /// Each diary's team, and the diaries of each team, worked out once.
    private let teams: [String: Team]
    private let diariesByTeam: [Team: [String]]

    public init(calendar: SlotCalendar, book: DiaryBook, staff: StaffDirectory, now: LocalTime) {
        self.calendar = calendar
        self.book = book
        self.staff = staff
        self.now = now
        let members = Dictionary(staff.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let teams = Dictionary(calendar.officers.compactMap { id in members[id]?.team.map { (id, $0) } }, uniquingKeysWith: { first, _ in first })
        self.teams = teams
        diariesByTeam = Dictionary(grouping: calendar.officers.filter { teams[$0] != nil }, by: { teams[$0]! })
    }

    /// The caseworkers with a diary on `team`; every diary when none of that team has one.
    public func officers(for team: Team) -> (officers: [String], teamHasDiary: Bool) {
        guard let matching = diariesByTeam[team], !matching.isEmpty else { return (calendar.officers, false) }
        return (matching, true)
    }

    /// The earliest free slots for a case, best first: in time before anything late, then earliest, then the case's
    /// own officer. Late slots are offered only when fewer than `limit` are in time within the horizon.
    public func suggestions(for need: SlotNeed, limit: Int = 5) -> [SlotSuggestion] {
        let (officers, _) = officers(for: need.team)
        let last = now.day.adding(days: 7 * calendar.setup.settings.horizonWeeks)
        var found: [SlotSuggestion] = []
        var day = now.day
        while day <= last, found.count < limit {
            var today: [SlotSuggestion] = []
            for officer in officers {
                for slot in calendar.slots(of: officer, on: day) {
                    if let reasons = fit(slot, need) { today.append(SlotSuggestion(slot: slot, reasons: reasons)) }
                }
            }
            today.sort { a, b in
                if a.slot.start != b.slot.start { return a.slot.start < b.slot.start }
                let ownA = a.reasons.contains(.caseOfficer), ownB = b.reasons.contains(.caseOfficer)
                if ownA != ownB { return ownA }
                return a.slot.officer < b.slot.officer
            }
            found += today.prefix(limit - found.count)
            day = day.adding(days: 1)
        }
        return found
    }

    /// Why `slot` suits `need`, or nil when it cannot be offered at all: taken, begun, another team's while the route
    /// has a diary, an emergency slot for a case that is not one (or more than a day ahead), too short for an
    /// interpreter.
    public func fit(_ slot: DiarySlot, _ need: SlotNeed) -> [SlotReason]? {
        guard book.booking(at: slot.key) == nil, slot.start > now else { return nil }
        var reasons: [SlotReason] = []
        let officerTeam = teams[slot.officer]
        if officerTeam == need.team {
            reasons.append(.caseTeam(need.team))
        } else if officers(for: need.team).teamHasDiary {
            return nil
        } else if let officerTeam {
            reasons.append(.otherTeam(officerTeam, wanted: need.team))
        }
        if slot.officer == need.officer { reasons.append(.caseOfficer) }
        if slot.emergencyOnly {
            guard need.emergency, now.day.days(until: slot.day) <= 1 else { return nil }
            reasons.append(.emergencySlot)
        }
        if need.interpreter {
            let needed = calendar.setup.settings.interpreterMinutes
            guard slot.minutes >= needed else { return nil }
            reasons.append(.interpreterTime(minutes: slot.minutes))
        }
        if let deadline = need.deadline {
            let reference = deadline.loss ? need.lossDay! : deadline.day
            if slot.day <= deadline.day {
                reasons.append(deadline.loss ? .beforeLoss(reference) : .beforeDutyEnds(reference))
            } else {
                reasons.append(deadline.loss ? .afterLoss(reference) : .afterDutyEnds(reference))
            }
        }
        if slot.isPhone { reasons.append(.phone) }
        return reasons
    }

    /// The waiting cases that fit `slot`, in the queue's order, at most `limit`.
    public func candidates(for slot: DiarySlot, among waiting: [(summary: CaseSummary, evaluation: CaseEvaluation)],
                           limit: Int = 5) -> [CaseSuggestion] {
        var fitting: [(QueueKey, CaseSummary, CaseEvaluation, [SlotReason])] = []
        for (summary, evaluation) in waiting where InterviewQueue.isWaitingForBooking(summary, now: now) {
            guard let reasons = fit(slot, SlotNeed(summary, evaluation: evaluation)) else { continue }
            fitting.append((evaluation.queueKey, summary, evaluation, reasons))
        }
        fitting.sort { $0.0 < $1.0 }
        return fitting.prefix(limit).map { key, summary, evaluation, reasons in
            let top = evaluation.priority.parts.sorted { abs($0.points) > abs($1.points) }.prefix(3)
            return CaseSuggestion(summary: summary, key: key, parts: top.map(\.part), points: top.map(\.points), reasons: reasons)
        }
    }
}

/// Who is waiting for an interview: in the queue (`QueueOrder.admits`) and not yet assessed.
public enum InterviewQueue {
    public static func isWaiting(_ summary: CaseSummary) -> Bool {
        QueueOrder.admits(summary) && summary.assessedOn == nil
    }

    /// Waiting, with no assessment interview booked from `now` on: a case the diary should still find a slot for.
    public static func isWaitingForBooking(_ summary: CaseSummary, now: LocalTime) -> Bool {
        isWaiting(summary) && !summary.appointments.contains {
            $0.kind == .assessmentInterview && $0.status == .booked && $0.end > now
        }
    }
}
