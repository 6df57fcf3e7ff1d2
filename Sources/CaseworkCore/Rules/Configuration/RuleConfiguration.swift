import Foundation

/// Everything a council may tune about the rules, in one published place. The law itself (56 days,
/// review periods, notice regimes) is not here: a council cannot change it. Every key is optional in
/// `rules.json`; a missing key keeps its default, so a council writes only what it changes.
public struct RuleConfiguration: Codable, Hashable, Sendable {
    public static let fileName = "rules.json"
    public static let standard = RuleConfiguration()

    public var priority: PriorityWeights
    public var route: RouteSettings
    public var alerts: AlertSettings
    public var nonCooperation: NonCooperationSettings

    public init(priority: PriorityWeights = .standard, route: RouteSettings = .standard, alerts: AlertSettings = .standard,
                nonCooperation: NonCooperationSettings = .standard) {
        self.priority = priority
        self.route = route
        self.alerts = alerts
        self.nonCooperation = nonCooperation
    }

    public init(from decoder: Decoder) throws {
        let standard = RuleConfiguration()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        priority = try container.value(.priority, or: standard.priority)
        route = try container.value(.route, or: standard.route)
        alerts = try container.value(.alerts, or: standard.alerts)
        nonCooperation = try container.value(.nonCooperation, or: standard.nonCooperation)
    }

    /// Reads a configuration document: not JSON is named by line and column, an unknown key or a value of the
    /// wrong kind by its key path (`priority.homelessTonight: must be a number, found a string`), all at once.
    /// What a rules.json may hold, read off the defaults once (it walks them by reflection).
    private static let shape = SettingShape(of: RuleConfiguration.standard)

    public static func decode(_ data: Data, file: String = fileName) throws(RuleConfigurationError) -> RuleConfiguration {
        let configuration = try SettingsDocument.decode(RuleConfiguration.self, from: data, file: file, shape: shape)
        let days = configuration.nonCooperation.warningPeriodDays
        guard days >= NonCooperationSettings.shortestWarningPeriodDays else {
            throw RuleConfigurationError(problems: [StoreProblem(file: file, position: "nonCooperation.warningPeriodDays",
                reason: "must be at least \(NonCooperationSettings.shortestWarningPeriodDays): a further refusal the "
                    + "next day is never after a reasonable period (s193B(4))")])
        }
        return configuration
    }
}

/// The weights of the queue's priority score, in points. Positive parts raise a case, the documents
/// penalty lowers it; the waiting term grows without limit so that no case waits forever.
public struct PriorityWeights: Codable, Hashable, Sendable {
    public static let standard = PriorityWeights()

    /// Homeless now: nowhere safe to sleep tonight.
    public var homelessTonight: Double = 100
    /// Losing the home within 56 days; scaled from 0 (56 days away) to the full weight (today).
    public var lossWithin56Days: Double = 80
    /// An invalid notice the officer has not yet judged: lower than a valid notice's loss, scaled the same way.
    public var unconfirmedNoticeThreat: Double = 40
    /// Reason to believe an interim accommodation duty (s188) may be owed today, not yet answered.
    public var possibleInterimDuty: Double = 40
    public var dependentChildren: Double = 25
    public var pregnancy: Double = 20
    public var aged16Or17: Double = 25
    public var careLeaver: Double = 15
    public var domesticAbuse: Double = 30
    public var emergency: Double = 20
    /// An active prevention or relief duty; scaled by the days used, to the full weight on day 56 and after.
    public var dutyClock: Double = 30
    /// Points for each day since the application was received.
    public var perDayWaiting: Double = 1
    /// Subtracted while the case waits on documents the applicant was asked for.
    public var blockedOnDocuments: Double = 60

    public init() {}

    public init(from decoder: Decoder) throws {
        let standard = PriorityWeights()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        homelessTonight = try container.value(.homelessTonight, or: standard.homelessTonight)
        lossWithin56Days = try container.value(.lossWithin56Days, or: standard.lossWithin56Days)
        unconfirmedNoticeThreat = try container.value(.unconfirmedNoticeThreat, or: standard.unconfirmedNoticeThreat)
        possibleInterimDuty = try container.value(.possibleInterimDuty, or: standard.possibleInterimDuty)
        dependentChildren = try container.value(.dependentChildren, or: standard.dependentChildren)
        pregnancy = try container.value(.pregnancy, or: standard.pregnancy)
        aged16Or17 = try container.value(.aged16Or17, or: standard.aged16Or17)
        careLeaver = try container.value(.careLeaver, or: standard.careLeaver)
        domesticAbuse = try container.value(.domesticAbuse, or: standard.domesticAbuse)
        emergency = try container.value(.emergency, or: standard.emergency)
        dutyClock = try container.value(.dutyClock, or: standard.dutyClock)
        perDayWaiting = try container.value(.perDayWaiting, or: standard.perDayWaiting)
        blockedOnDocuments = try container.value(.blockedOnDocuments, or: standard.blockedOnDocuments)
    }
}

/// How triage routes a case: the young people's age limit and the one definition of "complex needs".
public struct RouteSettings: Codable, Hashable, Sendable {
    public static let standard = RouteSettings()

    /// Applicants younger than this on the application date go to the young people's service.
    public var youngPeopleUnderAge: Int = 24
    public var complexNeeds: ComplexNeeds = .standard

    public init() {}

    public init(from decoder: Decoder) throws {
        let standard = RouteSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        youngPeopleUnderAge = try container.value(.youngPeopleUnderAge, or: standard.youngPeopleUnderAge)
        complexNeeds = try container.value(.complexNeeds, or: standard.complexNeeds)
    }
}

/// The single definition of complex needs for the intensive team: at least `minimumCount` support needs,
/// or any one of `anyOf`.
public struct ComplexNeeds: Codable, Hashable, Sendable {
    public static let standard = ComplexNeeds()

    public var minimumCount: Int = 2
    public var anyOf: SupportNeeds = [.roughSleeping, .drugDependency, .alcoholDependency, .offendingHistory]

    public init() {}

    public init(minimumCount: Int, anyOf: SupportNeeds) {
        self.minimumCount = minimumCount
        self.anyOf = anyOf
    }

    public init(from decoder: Decoder) throws {
        let standard = ComplexNeeds()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minimumCount = try container.value(.minimumCount, or: standard.minimumCount)
        anyOf = try container.value(.anyOf, or: standard.anyOf)
    }

    /// The needs that make the case complex; empty when it is not.
    public func complexity(of needs: SupportNeeds) -> SupportNeeds {
        if needs.count >= minimumCount { return needs }
        return SupportNeeds(bits: needs.bits & anyOf.bits)
    }
}

/// When derived alerts start to show. The statutory clocks are fixed; these are the team's warning margins.
public struct AlertSettings: Codable, Hashable, Sendable {
    public static let standard = AlertSettings()

    /// Amber this many days before a duty's last day (day 56).
    public var dutyDeadlineWarningDays: Int = 7
    /// The council's target, not law: the personalised housing plan is overdue this many working days after assessment.
    public var planWorkingDaysAfterAssessment: Int = 10
    /// Amber when the facts indicate relief or prevention and no duty has started this many working days after the
    /// application.
    public var dutyNotStartedWorkingDays: Int = 5
    /// Amber this many days before a plan review is due.
    public var planReviewWarningDays: Int = 7
    public var noContactDays: Int = 14
    public var documentsMissingDays: Int = 7
    /// Warn when a notice expires within this many days and no accommodation is secured; red within `noticeExpiryRedDays`.
    public var noticeExpiryWarningDays: Int = 14
    public var noticeExpiryRedDays: Int = 7
    /// Warn this many days before a review request or review decision deadline.
    public var reviewWarningDays: Int = 7

    public init() {}

    public init(from decoder: Decoder) throws {
        let standard = AlertSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dutyDeadlineWarningDays = try container.value(.dutyDeadlineWarningDays, or: standard.dutyDeadlineWarningDays)
        planWorkingDaysAfterAssessment = try container.value(.planWorkingDaysAfterAssessment,
                                                             or: standard.planWorkingDaysAfterAssessment)
        dutyNotStartedWorkingDays = try container.value(.dutyNotStartedWorkingDays, or: standard.dutyNotStartedWorkingDays)
        planReviewWarningDays = try container.value(.planReviewWarningDays, or: standard.planReviewWarningDays)
        noContactDays = try container.value(.noContactDays, or: standard.noContactDays)
        documentsMissingDays = try container.value(.documentsMissingDays, or: standard.documentsMissingDays)
        noticeExpiryWarningDays = try container.value(.noticeExpiryWarningDays, or: standard.noticeExpiryWarningDays)
        noticeExpiryRedDays = try container.value(.noticeExpiryRedDays, or: standard.noticeExpiryRedDays)
        reviewWarningDays = try container.value(.reviewWarningDays, or: standard.reviewWarningDays)
    }
}

/// The council's setting for the s193B sequence: the period a written warning gives the applicant to comply.
public struct NonCooperationSettings: Codable, Hashable, Sendable {
    public static let standard = NonCooperationSettings()
    /// The shortest period allowed: a further refusal the day after the warning is never after a reasonable period.
    public static let shortestWarningPeriodDays = 1

    /// Days after the warning before a further refusal can found the notice (s193B(4)(b)).
    public var warningPeriodDays: Int = 7

    public init() {}

    public init(from decoder: Decoder) throws {
        let standard = NonCooperationSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        warningPeriodDays = try container.value(.warningPeriodDays, or: standard.warningPeriodDays)
    }
}

extension KeyedDecodingContainer {
    /// A key the document leaves out keeps the default; a key present with a wrong type is still an error.
    func value<T: Decodable>(_ key: Key, or fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}
