import CaseworkCore

/// The forms that record what the law turns on: the triage outcome behind the triage gate (s184), findings with their
/// letters, notifications and review requests (s202), interim accommodation (s188), the officer's view of an invalid
/// notice, and the s193B sequence.
extension CaseForms {
    /// Ending a case at triage asks why (s184) and, for a household that is or may be homeless or may be owed interim
    /// accommodation, why no duty is owed; "prevented at triage" is not offered to a household already homeless.
    static func triageOutcome(_ triage: Triage, rules: CaseEvaluation) -> CaseForm {
        let outcomes = TriageGate.offered(rules)
        let current = triage.outcome.flatMap { outcomes.firstIndex(of: $0) } ?? outcomes.count - 1
        let closing = FormField.Condition(field: 0, options: Set(outcomes.indices.filter { outcomes[$0].closesTheCase }))
        let prevented = FormField.Condition(field: 0, options: Set(outcomes.indices.filter { outcomes[$0] == .preventedAtTriage }))
        var fields = [
            FormField("Outcome", .choice(ChoiceList(outcomes.map(\.label), selected: current), inline: false)),
            FormField("How prevented", .text(TextField(triage.preventedHow ?? "", maxLength: 500)), shownWhen: prevented),
            FormField("Why it ends here", .text(TextField(triage.reason ?? "", maxLength: 500)), required: true, shownWhen: closing),
        ]
        if !TriageGate.concerns(rules).isEmpty {
            fields.append(FormField("No duty because", .text(TextField(triage.dutyNotOwedReason ?? "", maxLength: 500)),
                                    required: true, shownWhen: closing))
        }
        return Form(.triageOutcome(outcomes), title: "Triage outcome", fields: fields)
    }

    static func finding(today: Day) -> CaseForm {
        Form(.finding, title: "Record a finding", fields: [
            FormField("Finding", .choice(ChoiceList(FindingKind.allCases.map(\.label)), inline: false)),
            FormField("Found", .choice(ChoiceList(["yes", "no"]), inline: true)),
            FormField("Decided on", .date(DateField("today", today: today, required: true)), required: true),
            FormField("Notified on", .date(DateField(today: today))),
        ])
    }

    /// "3. Eligibility · 2 Mar 2026".
    private static func decisionLabel(_ decision: Decision) -> String {
        "\(decision.id). \(decision.kind.label) · \(DayFormat.medium(decision.decidedOn))"
    }

    static func notification(_ decisions: [Decision], today: Day) -> CaseForm {
        let waiting = decisions.filter { $0.notifiedOn == nil }.reversed()
        return Form(.notification(waiting.map(\.id)), title: "Record a notification", fields: [
            FormField("Decision", .choice(ChoiceList(waiting.map(decisionLabel)), inline: false)),
            FormField("Notified on", .date(DateField("today", today: today, required: true)), required: true),
        ])
    }

    static func reviewRequest(_ decisions: [Decision], today: Day) -> CaseForm {
        let open = decisions.filter { $0.reviewRequestedOn == nil }.reversed()
        return Form(.reviewRequest(open.map(\.id)), title: "Record a review request", fields: [
            FormField("Decision", .choice(ChoiceList(open.map(decisionLabel)), inline: false)),
            FormField("Requested on", .date(DateField("today", today: today, required: true)), required: true),
            FormField("Late, accepted as", .text(TextField(maxLength: 500))),
        ])
    }

    static func interimAccommodation() -> CaseForm {
        let outcomes = InterimAccommodation.Outcome.allCases
        let notOwed = FormField.Condition(field: 0, option: outcomes.firstIndex(of: .notOwed) ?? 1)
        return Form(.interimAccommodation, title: "Interim accommodation (s188)", fields: [
            FormField("Interim", .choice(ChoiceList(["provided", "not owed"]), inline: true)),
            FormField("Not owed because", .text(TextField(maxLength: 500)), required: true, shownWhen: notOwed),
        ])
    }

    /// The seed's satisfaction question, asked at closing; the dashboard shows the answers by quarter.
    static func close() -> CaseForm {
        Form(.close, title: "Close the case", fields: [
            FormField("Was the service good or not good enough?", .choice(ChoiceList(Satisfaction.allCases.map(\.label)), inline: false)),
            FormField("Their comment", .text(TextField(maxLength: 2_000))),
        ])
    }

    static func noticeThreat() -> CaseForm {
        Form(.noticeThreat, title: "The invalid notice", fields: [
            FormField("Threatens them?", .choice(ChoiceList(["yes", "no"]), inline: true)),
        ])
    }

    /// The applicant's required steps of the plan, the only ones a refusal can be of (s193B(2)).
    static func refusal(_ steps: [PlanStep], today: Day) -> CaseForm {
        let required = steps.filter { $0.owner == .applicantRequired }
        return Form(.refusal(required.map(\.id)), title: "Record a refusal (s193B)", fields: [
            FormField("Step", .choice(ChoiceList(required.map { "\($0.id). \($0.text)" }), inline: false)),
            FormField("Refused on", .date(DateField("today", today: today, required: true)), required: true),
        ])
    }

    static func warning(today: Day, periodDays: Int) -> CaseForm {
        Form(.warning, title: "Record the written warning (s193B)", fields: [
            FormField("Warned on", .date(DateField("today", today: today, required: true)), required: true),
            FormField("Days to comply", .text(TextField(String(periodDays), maxLength: 3)), required: true),
        ])
    }
}
