import Foundation

extension CaseGenerator {
    /// Walks a new case along the journey to `stage`, leaving the trail a real case would: triage outcome, route,
    /// appointments, assessment, plan, duties, decisions and a timeline, all dated between application and today.
    mutating func journey(to stage: CaseStatus, record: inout Case) {
        let order = CaseStatus.allCases
        let reach = order.firstIndex(of: stage)!
        func reached(_ status: CaseStatus) -> Bool { reach >= order.firstIndex(of: status)! }
        let start = record.receivedOn
        var events: [(Day, ContactParty, ContactChannel, String)] = []
        let triageOfficer = officer(.triageOfficer)
        record.assignedOfficer = triageOfficer

        // Closed straight from triage: prevented or advice only, without a duty.
        let closedAtTriage = stage == .closed && random.chance(0.35)
        let triageDay = start.adding(days: random.int(0...2))
        if stage == .triage {
            record.triage = Triage(outcome: random.pick([.incomplete, .awaitingDocuments, .awaitingDocuments]),
                                   decidedBy: triageOfficer, decidedOn: min(triageDay, today))
        }
        if reached(.triage) {
            events.append((min(triageDay, today), .applicant, .call, random.pick(TimelineTexts.applicantCalls)))
            if let landlord = record.accommodation.landlord, record.notice != nil {
                let text = random.pick(TimelineTexts.landlordCalls).replacingPlaceholders(landlord: landlord.name,
                                                                                          date: start.adding(days: 40))
                events.append((min(triageDay.adding(days: 1), today), .landlord, .call, text))
            }
        }
        if closedAtTriage {
            let prevented = random.chance(0.6)
            record.triage = Triage(outcome: prevented ? .preventedAtTriage : .adviceOnly,
                                   preventedHow: prevented ? random.pick(TimelineTexts.preventedHow) : nil,
                                   decidedBy: triageOfficer, decidedOn: triageDay.adding(days: 3))
            record.accommodationSecuredOn = prevented ? triageDay.adding(days: 3) : nil
            record.status = .closed
            record.timeline = timeline(events, officer: triageOfficer)
            return
        }
        if reached(.routed) {
            let routedOn = start.adding(days: random.int(2...4))
            record.triage = Triage(outcome: .readyForAppointment, decidedBy: triageOfficer, decidedOn: routedOn)
            let team = CaseGenerator.routeSuggestion(for: record)
            record.route = RouteDecision(team: team, suggested: team, decidedBy: triageOfficer, decidedOn: routedOn)
            record.assignedOfficer = officer(.caseworker, team: team)
        }
        let caseworker = record.assignedOfficer ?? triageOfficer
        if stage == .appointmentBooked {
            record.appointments = [Appointment(id: 1, kind: .assessmentInterview, on: nextWorkingDay(after: today, within: 10),
                                               startMinute: random.pick([570, 630, 690, 810, 870, 930]), officer: caseworker,
                                               location: random.pick(["Town Hall, interview room 2", "By phone", "Video call"]))]
        }
        var assessedOn = start
        if reached(.assessment) {
            assessedOn = min(start.adding(days: random.int(6...12)), today)
            record.appointments = [Appointment(id: 1, kind: .assessmentInterview, on: assessedOn, startMinute: 600,
                                               officer: caseworker, status: .attended, location: "Town Hall, interview room 1")]
            record.assessment = Assessment(completedOn: assessedOn, completedBy: caseworker, reasonForLoss: record.reasonForLoss,
                                           circumstances: random.pick(TimelineTexts.circumstances),
                                           housingNeeds: random.pick(TimelineTexts.housingNeeds),
                                           supportNeeded: random.pick(TimelineTexts.supportNeeded),
                                           notifiedInWritingOn: random.chance(0.85) ? assessedOn.adding(days: 1) : nil)
            record.findings = Findings(eligible: true)
            events.append((max(start, assessedOn.adding(days: -1)), .internalNote, .note, random.pick(TimelineTexts.internalNotes)))
        }
        if reached(.duty) {
            dutyAndPlan(stage: stage, assessedOn: assessedOn, caseworker: caseworker, record: &record, events: &events)
        }
        record.status = stage
        record.timeline = timeline(events, officer: caseworker)
        record.updatedBy = caseworker
    }

    private mutating func dutyAndPlan(stage: CaseStatus, assessedOn: Day, caseworker: String, record: inout Case,
                                      events: inout [(Day, ContactParty, ContactChannel, String)]) {
        let kind: DutyKind = record.homelessNow ? .relief : .prevention
        var duty = Duty(kind: kind, startedOn: assessedOn, startedBy: caseworker)
        // A household owed relief is placed in interim accommodation the day the duty starts (s188).
        if kind == .relief { record.interimAccommodation = InterimAccommodation(outcome: .provided, recordedOn: assessedOn, recordedBy: caseworker) }
        record.decisions = [Decision(id: 1, kind: .dutyOwed, outcome: kind == .relief ? "Relief duty owed" : "Prevention duty owed",
                                     decidedOn: assessedOn, decidedBy: caseworker, notifiedOn: assessedOn.adding(days: 1))]
        var steps: [PlanStep] = []
        for (index, text) in TimelineTexts.applicantSteps.shuffled(using: &random).prefix(random.int(2...3)).enumerated() {
            steps.append(PlanStep(id: index + 1, owner: index == 0 ? .applicantRequired : random.pick([.applicantRequired, .applicantRecommended]),
                                  text: text, dueOn: assessedOn.adding(days: random.int(7...28))))
        }
        for text in TimelineTexts.councilSteps.shuffled(using: &random).prefix(random.int(2...3)) {
            steps.append(PlanStep(id: steps.count + 1, owner: .council, text: text, dueOn: assessedOn.adding(days: random.int(5...21))))
        }
        for index in steps.indices where steps[index].dueOn! < today && random.chance(0.7) {
            steps[index].doneOn = steps[index].dueOn!.adding(days: random.int(-3...2))
        }
        let agreed = random.chance(0.85)
        record.plan = Plan(steps: steps, agreedOn: agreed ? assessedOn.adding(workingDays: random.int(0...8)) : nil,
                           notifiedInWritingOn: agreed ? assessedOn.adding(workingDays: random.int(1...9)) : nil,
                           reviewDueOn: assessedOn.adding(days: 28))
        events.append((assessedOn, .applicant, .visit, "Assessment interview held. " + random.pick(TimelineTexts.circumstances)))
        for _ in 0..<random.int(2...6) {
            let day = min(today, assessedOn.adding(days: random.int(1...50)))
            if random.chance(0.5) {
                events.append((day, .applicant, random.pick([.call, .email, .text]), random.pick(TimelineTexts.applicantCalls)))
            } else {
                let (party, channel, text) = random.pick(TimelineTexts.otherParties)
                events.append((day, party, channel, text))
            }
        }
        if stage == .dutyEnded || stage == .closed {
            let endedOn = min(today.adding(days: -random.int(1...20)), assessedOn.adding(days: random.int(20...56)))
            let reason: DutyEndReason = random.weighted([(.accommodationSecured, 6), (.withdrew, 1), (.lostContact, 1),
                                                         (.refusedSuitableOffer, 1)])
            duty.endedOn = endedOn
            duty.endReason = reason
            duty.endedBy = caseworker
            duty.endNoticeServedOn = endedOn
            if reason == .accommodationSecured { record.accommodationSecuredOn = endedOn }
            var ending = Decision(id: 2, kind: kind == .relief ? .reliefDutyEnded : .preventionDutyEnded, outcome: reason.label,
                                  decidedOn: endedOn, decidedBy: caseworker, notifiedOn: endedOn.adding(days: 1))
            if reason != .accommodationSecured, random.chance(0.3) {
                ending.reviewRequestedOn = min(today, endedOn.adding(days: random.int(3...20)))
                // In years of history a review is decided within its weeks; a snapshot keeps them waiting.
                if historyDays != nil, let requested = ending.reviewRequestedOn,
                   case let decided = requested.adding(days: random.int(10...50)), decided < today {
                    ending.reviewDecidedOn = decided
                }
            }
            record.decisions.append(ending)
        }
        record.duties = [duty]
        CaseGenerator.planHistory(&record, caseworker: caseworker, today: today)
    }

    private mutating func timeline(_ events: [(Day, ContactParty, ContactChannel, String)], officer: String) -> [ContactEvent] {
        events.sorted { $0.0 < $1.0 }.enumerated().map { index, event in
            ContactEvent(id: index + 1, at: Timestamp(day: event.0, secondOfDay: random.int(9 * 3600...17 * 3600)),
                         by: officer, channel: event.2, party: event.1, text: event.3)
        }
    }

    private mutating func nextWorkingDay(after day: Day, within days: Int) -> Day {
        var candidate = day.adding(days: random.int(1...days))
        while candidate.isWeekend { candidate = candidate.adding(days: 1) }
        return candidate
    }

    /// The team the routing rule suggests for this case.
    static func routeSuggestion(for record: Case) -> Team {
        TriageRoute(CaseSummary(record), settings: RuleConfiguration.standard.route).suggested
    }
}

extension String {
    func replacingPlaceholders(landlord: String, date: Day) -> String {
        var text = self
        while let range = text.range(of: "{landlord}") { text.replaceSubrange(range, with: landlord) }
        while let range = text.range(of: "{date}") { text.replaceSubrange(range, with: date.iso) }
        return text
    }
}
