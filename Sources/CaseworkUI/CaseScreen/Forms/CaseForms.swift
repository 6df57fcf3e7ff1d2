import CaseworkCore

/// What a form of the case screen is for: each becomes a `CaseAction` for the App, or a change to the edited facts.
enum CaseFormPurpose: Hashable, Sendable {
    case contact
    case note
    case requestDocument(DocumentKind)
    /// Every document still to come, by one date.
    case requestAll([DocumentKind])
    case addDocument([DocumentKind])
    case overrideRoute([Team])
    case startDuty([DutyKind])
    /// With the staff ids who may authorise a non-co-operation notice, in the order listed.
    case endDuty(DutyKind, [DutyEndReason], authorisers: [String])
    /// The outcomes offered, in the order listed ("prevented at triage" not for a household already homeless).
    case triageOutcome([TriageOutcome])
    /// The findings relief's end and the main duty turn on, each with its decision letter (s184, s202).
    case finding
    /// Decision ids in the order listed.
    case notification([Int])
    case reviewRequest([Int])
    /// Interim accommodation (s188): provided, or not owed with the officer's reason.
    case interimAccommodation
    /// Whether an invalid notice still threatens the household (s175(4)).
    case noticeThreat
    /// The s193B sequence: required step ids in the order listed, then the warning.
    case refusal([Int])
    case warning
    /// Staff ids in the order listed.
    case assign([String])
    /// A household member by position, or nil for a new one.
    case member(Int?)
    case supportNeeds
    case correspondenceAddress
    case pick(Fact)
    /// The Plan tab's.
    case plan(PlanFormPurpose)
}

typealias CaseForm = Form<CaseFormPurpose>

extension CaseFormPurpose {
    /// How a draft names the form, for the forms whose typed text is worth keeping; nil for the rest (choices only).
    var draftKey: String? {
        switch self {
        case .contact: "contact"
        case .note: "note"
        case .overrideRoute: "override-route"
        case .triageOutcome: "triage-outcome"
        case .member(let index?): "member-\(index)"
        case .member(nil): "member-new"
        case .correspondenceAddress: "correspondence-address"
        case .reviewRequest: "review-request"
        case .interimAccommodation: "interim-accommodation"
        case .plan(let purpose): purpose.draftKey
        case .requestDocument, .requestAll, .addDocument, .startDuty, .endDuty, .assign, .supportNeeds, .pick, .finding, .notification,
             .noticeThreat, .refusal, .warning: nil
        }
    }
}

/// The forms the case screen opens, built from the case as it stands.
enum CaseForms {
    /// The form a draft named (`CaseFormPurpose.draftKey`), fresh, for the draft's values to go into.
    static func form(draftKey: String, sheet: CaseSheet) -> CaseForm? {
        let details = sheet.facts.details
        switch draftKey {
        case "contact": return contact(today: sheet.today)
        case "note": return note()
        case "override-route": return overrideRoute(suggested: sheet.report.rules.route.suggested, abuseRecorded: sheet.record.domesticAbuse)
        case "triage-outcome": return triageOutcome(sheet.record.triage, rules: sheet.report.rules)
        case "review-request": return reviewRequest(sheet.record.decisions, today: sheet.today)
        case "interim-accommodation": return interimAccommodation()
        case "member-new": return member(nil, details: details, today: sheet.today)
        case "correspondence-address": return correspondenceAddress(details)
        case _ where draftKey.hasPrefix("plan-"): return PlanForms.form(draftKey: draftKey, sheet: sheet)
        default:
            guard draftKey.hasPrefix("member-"), let index = Int(draftKey.dropFirst(7)), details.household.indices.contains(index) else {
                return nil
            }
            return member(index, details: details, today: sheet.today)
        }
    }

    static let contactChannels: [ContactChannel] = [.call, .email, .letter, .visit, .text]
    static let contactParties: [ContactParty] = ContactParty.allCases.filter { $0 != .internalNote }

    /// The note third, as before the rest were added; then who was spoken to, when it happened (now, unless logged after
    /// the fact) and a day to follow it up, which alerts on that day.
    static func contact(today: Day) -> CaseForm {
        Form(.contact, title: "Log a contact", fields: [
            FormField("Channel", .choice(ChoiceList(contactChannels.map(\.label)), inline: true)),
            FormField("With", .choice(ChoiceList(contactParties.map(\.label)), inline: true)),
            FormField("Note", .note(TextArea()), required: true),
            FormField("Spoken to", .text(TextField())),
            FormField("When", .text(TextField("now"))),
            FormField("Follow up on", .date(DateField(today: today))),
        ])
    }

    static func note() -> CaseForm {
        Form(.note, title: "Add an internal note", fields: [FormField("Note", .note(TextArea()), required: true)])
    }

    static func requestDocument(_ kind: DocumentKind, today: Day) -> CaseForm {
        Form(.requestDocument(kind), title: "Request a document", fields: [
            FormField("Document", .fixed(kind.label)),
            FormField("Due by", .date(DateField(today: today))),
        ])
    }

    static func requestAll(_ kinds: [DocumentKind], today: Day) -> CaseForm {
        Form(.requestAll(kinds), title: "Ask for every document still to come", fields: [
            FormField("Documents", .fixed(kinds.map(\.label).joined(separator: ", "))),
            FormField("Due by", .date(DateField(today: today))),
        ])
    }

    static func addDocument(_ kinds: [DocumentKind], today: Day) -> CaseForm {
        Form(.addDocument(kinds), title: "Ask for another document", fields: [
            FormField("Document", .choice(ChoiceList(kinds.map(\.label)), inline: false)),
            FormField("Due by", .date(DateField(today: today))),
        ])
    }

    /// The council's own caseworkers first and the refuge partner last, so Enter after a reason never sends a case
    /// to the refuge by default.
    static let overrideOrder: [Team] = [.council, .youngPeople, .intensive, .refuge]

    /// To the refuge partner with domestic abuse not yet recorded, the same step offers to record it (which restricts
    /// the case), as a reason for that route discloses it.
    static func overrideRoute(suggested: Team, abuseRecorded: Bool) -> CaseForm {
        let teams = overrideOrder.filter { $0 != suggested }
        let refuge = teams.firstIndex(of: .refuge).map { FormField.Condition(field: 1, option: $0) }
        return Form(.overrideRoute(teams), title: "Route to another team", fields: [
            FormField("Suggested", .fixed(suggested.label)),
            FormField("Route to", .choice(ChoiceList(teams.map(\.label)), inline: true)),
            FormField("Reason", .text(TextField(maxLength: 500)), required: true),
        ] + (abuseRecorded ? [] : [
            FormField("Record abuse", .choice(ChoiceList(["yes: record domestic abuse and restrict the case", "no"]), inline: false),
                      shownWhen: refuge),
        ]))
    }

    /// Starts on the duty the facts point to (relief after prevention once homeless).
    static func startDuty(indicated: IndicatedDuty, today: Day) -> CaseForm {
        let kinds = DutyKind.allCases
        let preferred: DutyKind = indicated == .relief ? .relief : .prevention
        return Form(.startDuty(kinds), title: "Start a duty", fields: [
            FormField("Duty", .choice(ChoiceList(kinds.map(\.label), selected: kinds.firstIndex(of: preferred) ?? 0), inline: false)),
            FormField("Starting on", .date(DateField("today", today: today, required: true)), required: true),
        ])
    }

    /// The last field shows only for non-co-operation: the officer, at least as senior, not the one ending the duty
    /// and not involved in the case, who authorised the notice (the warning and refusals are recorded on the case).
    static func endDuty(_ duty: DutyKind, today: Day, staff: StaffDirectory, actor: Actor, facts: NonCooperationFacts) -> CaseForm {
        let reasons = DutyRules.endReasons(for: duty)
        let authorisers = NonCooperation.authorisers(in: staff, for: actor, facts: facts)
        let nonCooperation = reasons.firstIndex(of: .nonCooperation).map { FormField.Condition(field: 0, option: $0) }
        let authorisedBy: FormField.Input = authorisers.isEmpty
            ? .fixed("no other officer at least as senior as you and not involved in the case")
            : .choice(ChoiceList(authorisers.map { $0.name + " · " + $0.role.label }), inline: false)
        return Form(.endDuty(duty, reasons, authorisers: authorisers.map(\.id)), title: "End the \(duty.label.lowercased())",
                    fields: [
                        FormField("Reason", .choice(ChoiceList(reasons.map(\.label)), inline: false)),
                        FormField("Ending on", .date(DateField("today", today: today, required: true)), required: true),
                        FormField("Authorised by", authorisedBy, shownWhen: nonCooperation),
                    ])
    }


    /// Each officer with their team and how many open cases they hold now.
    static func assign(_ staff: StaffDirectory, current: String?, caseloads: [String: Int]) -> CaseForm {
        let members = staff.members
        let labels = members.map { member in
            let load = caseloads[member.id] ?? 0
            return member.name + " · " + (member.team?.label ?? member.role.label) + " · \(load) open case" + (load == 1 ? "" : "s")
        }
        let selected = members.firstIndex { $0.id == current } ?? 0
        return Form(.assign(members.map(\.id)), title: "Assign an officer", fields: [
            FormField("Officer", .choice(ChoiceList(labels, selected: selected), inline: false)),
        ])
    }

    static func member(_ index: Int?, details: CaseDetails, today: Day) -> CaseForm {
        let member = index.flatMap { details.household.indices.contains($0) ? details.household[$0] : nil }
            ?? HouseholdMember(firstName: "", lastName: details.applicant.lastName, dateOfBirth: nil, relationship: .child)
        let relations = Relationship.allCases
        return Form(.member(index), title: index == nil ? "Add a household member" : "Household member", fields: [
            FormField("First name", .text(TextField(member.firstName)), required: true),
            FormField("Last name", .text(TextField(member.lastName))),
            FormField("Date of birth", .date(DateField(day: member.dateOfBirth, today: today))),
            FormField("Relationship", .choice(ChoiceList(relations.map { Sentence.capitalised($0.rawValue) },
                                                         selected: relations.firstIndex(of: member.relationship) ?? 0), inline: true)),
            FormField("Pregnant", .choice(ChoiceList(["no", "yes"], selected: member.pregnant ? 1 : 0), inline: true)),
        ])
    }

    /// Address lines are typed on one line, split at commas, as the Home tab does.
    static func correspondenceAddress(_ details: CaseDetails) -> CaseForm {
        let address = details.applicant.correspondenceAddress
        return Form(.correspondenceAddress, title: "Where letters go", fields: [
            FormField("Address", .text(TextField(address?.lines.joined(separator: ", ") ?? "", maxLength: 200))),
            FormField("Town", .text(TextField(address?.town ?? "", maxLength: 80))),
            FormField("Postcode", .text(TextField(address?.postcode ?? "", maxLength: 10))),
        ])
    }

    static func supportNeeds(_ details: CaseDetails) -> CaseForm {
        let needs = SupportNeed.allCases
        let checked = Set(needs.indices.filter { details.supportNeeds.contains(needs[$0]) })
        return Form(.supportNeeds, title: "Support needs (Space ticks)", fields: [
            FormField("Needs", .checklist(ChoiceList(needs.map(\.label)), checked: checked)),
        ])
    }

    static func pick(_ fact: Fact, details: CaseDetails) -> CaseForm {
        Form(.pick(fact), title: fact == .noticeType ? "Notice type" : fact.label, fields: [
            FormField(fact.label, .choice(ChoiceList(fact.options, selected: fact.choice(in: details)), inline: false)),
        ])
    }
}
