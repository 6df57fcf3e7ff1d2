/// A number on the dashboard and the cases behind it: every figure opens its list.
public struct CaseFigure: Hashable, Sendable {
    public var refs: [String]

    public init(_ refs: [String] = []) { self.refs = refs }

    public var count: Int { refs.count }
}

/// The manager's dashboard: per caseworker, the team's pressing dates, the quarter's outcomes, presentations against
/// interviews held, H-CLIC readiness and the applicants' answer to "good or not good enough?". Built from the
/// summaries of the manager's team's cases and the cases not yet assigned, so it costs what the queue costs.
public struct Dashboard: Sendable {
    public struct OfficerRow: Hashable, Sendable {
        public let officer: String?
        public var open = CaseFigure()
        public var prevention = CaseFigure()
        public var relief = CaseFigure()
        /// Cases with an open red (amber) alert: neither acknowledged nor snoozed.
        public var red = CaseFigure()
        public var amber = CaseFigure()
        /// Assessed, and no plan settled the council's number of working days after.
        public var plansNotAgreed = CaseFigure()
        public var reviewsOverdue = CaseFigure()
        /// Nothing on the timeline for the set number of days.
        public var noAction = CaseFigure()
        /// Red alerts unanswered past their escalation period.
        public var escalated = CaseFigure()

        init(officer: String?) { self.officer = officer }
    }

    public struct Outcome: Hashable, Sendable {
        public let kind: DutyKind
        public let reason: DutyEndReason
        public let cases: CaseFigure
    }

    public struct Week: Hashable, Sendable {
        /// The Monday the week begins.
        public let startsOn: Day
        public var presentations = CaseFigure()
        public var interviews = CaseFigure()
    }

    public struct QuarterAnswers: Hashable, Sendable {
        public let quarter: Quarter
        public var good = CaseFigure()
        public var notGoodEnough = CaseFigure()
        public var notAnswered = CaseFigure()

        /// Good among those who answered, as a whole percentage; nil with no answers.
        public var goodShare: Int? {
            let answered = good.count + notGoodEnough.count
            return answered == 0 ? nil : Int((Double(good.count) * 100 / Double(answered)).rounded())
        }
    }

    public let today: Day
    public let quarter: Quarter
    public var officers: [OfficerRow]
    /// Prevention and relief duties whose last day falls within the window.
    public var deadlinesSoon = CaseFigure()
    /// The cost of the interventions committed in the plans of open cases, and the cases with such a plan.
    public var committedCost = Money.zero
    public var costedPlans = CaseFigure()
    public var outcomes: [Outcome]
    public var weeks: [Week]
    /// Cases in this quarter's return with errors, and with warnings only.
    public var hclicErrors = CaseFigure()
    public var hclicWarnings = CaseFigure()
    public var answers: [QuarterAnswers]

    /// Prevention and relief ended this quarter by accommodation secured for 6 months or more, as a share of all ended.
    public func securedShare(_ kind: DutyKind) -> (secured: Int, ended: Int) {
        let ended = outcomes.filter { $0.kind == kind }
        return (ended.filter { $0.reason == .accommodationSecured }.reduce(0) { $0 + $1.cases.count },
                ended.reduce(0) { $0 + $1.cases.count })
    }

    /// The dashboard of `manager`: their team's cases (everyone's for a manager at the top) and the unassigned.
    public static func build(_ summaries: [CaseSummary], manager: Actor, monitor: AlertMonitor) throws(ManagersOnly) -> Dashboard {
        guard manager.role == .manager else { throw .dashboardIsForManagers }
        let today = monitor.today
        let settings = monitor.settings.dashboard
        let quarter = Quarter(containing: today)
        let covers = try AlertBoard.includes(.team, viewer: manager, staff: monitor.staff)
        let weekStart = today.adding(days: -today.weekday)
        let firstWeek = weekStart.adding(days: -7 * (max(1, settings.weeks) - 1))
        var dashboard = Dashboard(today: today, quarter: quarter, officers: [], outcomes: [],
                                  weeks: (0..<max(1, settings.weeks)).map { Week(startsOn: firstWeek.adding(days: 7 * $0)) },
                                  answers: (0..<4).reversed().map { back in
                                      QuarterAnswers(quarter: (0..<back).reduce(quarter) { q, _ in q.previous })
                                  })
        var rows: [String: OfficerRow] = [:]
        var outcomes: [DutyKind: [DutyEndReason: [String]]] = [:]
        let planDays = monitor.configuration.alerts.planWorkingDaysAfterAssessment
        for s in summaries where covers(s.assignedOfficer) {
            let ref = s.ref
            let isOpen = s.status != .closed
            let key = s.assignedOfficer ?? ""
            // Taken out of the dictionary while it grows, so appending never copies its lists.
            var row = rows.removeValue(forKey: key) ?? OfficerRow(officer: s.assignedOfficer)
            if isOpen {
                row.open.refs.append(ref)
                let evaluation = CaseRules.evaluate(s, today: today, configuration: monitor.configuration)
                switch s.activeDuty?.kind {
                case .prevention?: row.prevention.refs.append(ref)
                case .relief?: row.relief.refs.append(ref)
                default: break
                }
                let alerts = monitor.alerts(for: s, viewer: manager, evaluation: evaluation)
                if alerts.contains(where: { $0.isOpen && $0.severity == .red }) { row.red.refs.append(ref) }
                if alerts.contains(where: { $0.isOpen && $0.severity == .amber }) { row.amber.refs.append(ref) }
                if alerts.contains(where: \.escalated) { row.escalated.refs.append(ref) }
                // A plan matters while the case is worked, as the alerts have it: not once the duty has ended.
                let worked = s.status != .dutyEnded
                if worked, let assessed = s.assessedOn, s.planSettledOn == nil, today > monitor.calendar.adding(workingDays: planDays, to: assessed) {
                    row.plansNotAgreed.refs.append(ref)
                }
                if worked, let review = s.planReviewDueOn, review < today { row.reviewsOverdue.refs.append(ref) }
                if let cost = s.planCommittedCost, cost > .zero {
                    dashboard.committedCost = dashboard.committedCost + cost
                    dashboard.costedPlans.refs.append(ref)
                }
                if (s.lastActionOn ?? s.receivedOn).days(until: today) >= settings.noActionDays { row.noAction.refs.append(ref) }
                if let clock = evaluation.duty, let last = clock.lastDay, clock.kind != .main,
                   today.days(until: last) >= 0, today.days(until: last) <= settings.deadlineWindowDays {
                    dashboard.deadlinesSoon.refs.append(ref)
                }
            }
            rows[key] = row
            for duty in s.duties where duty.kind != .main {
                if let ended = duty.endedOn, quarter.contains(ended), let reason = duty.endReason {
                    outcomes[duty.kind, default: [:]][reason, default: []].append(ref)
                }
            }
            for index in dashboard.weeks.indices {
                let week = dashboard.weeks[index].startsOn
                if s.receivedOn >= week, s.receivedOn < week.adding(days: 7) { dashboard.weeks[index].presentations.refs.append(ref) }
                for held in s.interviewsHeldOn ?? [] where held >= week && held < week.adding(days: 7) {
                    dashboard.weeks[index].interviews.refs.append(ref)
                }
            }
            if HCLICReturn.includes(s, in: quarter) {
                let problems = HCLICCheck.problems(s)
                if problems.contains(where: { $0.severity == .error }) {
                    dashboard.hclicErrors.refs.append(ref)
                } else if !problems.isEmpty {
                    dashboard.hclicWarnings.refs.append(ref)
                }
            }
            if let closure = s.closure, let index = dashboard.answers.firstIndex(where: { $0.quarter.contains(closure.on) }) {
                switch closure.satisfaction {
                case .good: dashboard.answers[index].good.refs.append(ref)
                case .notGoodEnough: dashboard.answers[index].notGoodEnough.refs.append(ref)
                case .notAnswered: dashboard.answers[index].notAnswered.refs.append(ref)
                }
            }
        }
        // Every member of the team has a row, with cases or without; then anyone else with cases, then the unassigned.
        let team = monitor.staff.team(of: manager.id).subtracting([manager.id])
        for member in monitor.staff.members where team.contains(member.id) && member.role != .manager && rows[member.id] == nil {
            rows[member.id] = OfficerRow(officer: member.id)
        }
        let names = Dictionary(monitor.staff.members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        dashboard.officers = rows.values.sorted { a, b in
            switch (a.officer, b.officer) {
            case let (x?, y?): (names[x] ?? x, x) < (names[y] ?? y, y)
            case (_?, nil): true
            default: false
            }
        }
        dashboard.outcomes = [DutyKind.prevention, .relief].flatMap { kind in
            DutyEndReason.allCases.compactMap { reason in
                outcomes[kind]?[reason].map { Outcome(kind: kind, reason: reason, cases: CaseFigure($0)) }
            }
        }
        return dashboard
    }
}
