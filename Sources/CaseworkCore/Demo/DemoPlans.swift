/// The personas' plans as a caseworker would find them: partners from the directory with their costs, referrals
/// sent, and (where a plan has run a while) versions with what changed and letters sent. Built with the same
/// steps as the service (`revisePlan`, `settlePlan`, `recordPlanLetter`), so each history is one the console
/// could have made.
enum DemoPlans {
    static func enriched(_ record: Case, today: Day) -> Case {
        var record = record
        func day(_ offset: Int) -> Day { today.adding(days: offset) }
        func cost(_ partner: String) -> Money? { (try? PartnerDirectory.standard())?.partner(partner)?.usualCost }
        func change(_ offset: Int, by officer: String, _ edit: (inout PlanContent) -> Void) {
            var content = record.planContent
            edit(&content)
            record.revisePlan(to: content, by: officer, on: day(offset), partners: try? PartnerDirectory.standard())
        }
        func refer(_ id: Int, to partner: String, sentOn: Int?) -> (inout PlanContent) -> Void {
            { content in
                guard let index = content.steps.firstIndex(where: { $0.id == id }) else { return }
                content.steps[index].partnerId = partner
                content.steps[index].cost = cost(partner)
                content.steps[index].referralSentOn = sentOn.map(day)
            }
        }
        // Plans written as already agreed name the officer who agreed them.
        if record.plan?.versions.first?.by == "" { record.plan?.versions[0].by = record.assessment?.completedBy ?? "" }
        switch (record.applicant.firstName, record.externalId ?? "") {
        case ("Hafid", _):
            // A draft from the interview, not yet agreed: the console's demo of agreeing and printing it.
            change(-3, by: "amara") { content in
                refer(3, to: "rent-deposit", sentOn: nil)(&content)
                content.steps.insert(PlanStep(id: 5, owner: .applicantRecommended, text: "See a money adviser about a budget that "
                    + "covers the car finance and a higher rent", dueOn: day(14), partnerId: "money-advice", cost: cost("money-advice")), at: 2)
            }
            record.assessment?.bedroomsNeeded = 2
            record.assessment?.area = "Watford, within reach of Kaamil's nursery on Market Street"
            record.assessment?.supportNeeds = []
        case ("Rene\u{301}e", _):
            // Agreed, reviewed and changed twice: the last change is not yet notified (s189A(11)).
            change(-30, by: "siobhan") { content in
                refer(2, to: "young-peoples-pathway", sentOn: -46)(&content)
                content.steps.append(PlanStep(id: 4, owner: .council, text: "Refer for floating support to set up and keep the new tenancy",
                                              dueOn: day(-25), doneOn: day(-29), partnerId: "floating-support", cost: cost("floating-support"),
                                              referralSentOn: day(-29)))
                content.steps.append(PlanStep(id: 5, owner: .applicantRequired, text: "Go to the tenancy skills course on Tuesday mornings",
                                              dueOn: day(-16), doneOn: day(-17)))
            }
            record.settlePlan(on: day(-29), by: "siobhan", notAgreedReason: nil)
            record.recordPlanLetter(version: record.plan?.version ?? 1, settledOn: day(-29), on: day(-28), by: "siobhan")
            record.plan?.reviews = [PlanReview(on: day(-30), by: "siobhan", note: "Scheme has a waiting list; added floating support and the course.")]
            change(-10, by: "siobhan") { content in
                content.steps[2].text = "Chase the scheme for a move-in date every week, and tell Renée the same day"
            }
        case ("Fadumo", _):
            // The partner was part of the plan agreed at the interview: no new version.
            if var plan = record.plan {
                var content = PlanContent(assessment: record.assessment, steps: plan.steps)
                refer(2, to: "landlord-incentive", sentOn: -50)(&content)
                plan.steps = content.steps
                record.plan = plan
            }
        case ("Gareth", _):
            change(-2, by: "kwame") { content in
                refer(1, to: "veterans-housing", sentOn: nil)(&content)
                content.steps.append(PlanStep(id: 2, owner: .applicantRecommended, text: "Talk to the recovery service about support with drinking",
                                              dueOn: day(10), partnerId: "recovery-service", cost: cost("recovery-service")))
            }
        default:
            break
        }
        return record
    }
}
