import CaseworkCore

/// Checking and submitting the case screen's forms: the rules' own checks run as the officer fills the form in,
/// so a refusal is shown before anything reaches the store.
extension CaseScreen {
    func check(_ form: CaseForm) -> FormCheck {
        var check = FormCheck()
        let context = sheet.context, record = sheet.record
        let today = context.today
        switch form.purpose {
        case .note:
            if form.text(0).count > 10_000 { check.problems[0] = "is limited to 10,000 characters" }
        case .contact:
            checkContact(form, today: today, into: &check)
        case .requestDocument, .addDocument, .requestAll:
            if let due = form.day(1), due < today { check.problems[1] = DayFormat.medium(due) + " is in the past" }
        case .startDuty(let kinds):
            guard let day = form.day(1) else { break }
            switch DutyRules.mayStart(kinds[form.selected(0)], on: day, summary: CaseSummary(record), today: today) {
            case .success(let start): check.cleared = [Span("✓ " + CaseScreen.startNote(start), .green)]
            case .failure(let refusals): check.refuse(refusals)
            }
        case .endDuty(_, let reasons, let authorisers):
            guard let day = form.day(1) else { break }
            let reason = reasons[form.selected(0)]
            if reason == .nonCooperation { checkSafeguards(form, endingOn: day, authorisers: authorisers, into: &check) }
            switch DutyRules.mayEnd(reason: reason, on: day, summary: CaseSummary(record), today: today) {
            case .success(let ending): check.cleared.append(Span("✓ " + CaseScreen.endNote(ending), .green))
            case .failure(let refusals): check.refuse(refusals)
            }
        case .triageOutcome(let outcomes):
            checkTriageOutcome(form, outcome: outcomes[form.selected(0)], into: &check)
        case .finding, .notification, .reviewRequest, .interimAccommodation, .noticeThreat, .refusal, .warning:
            checkRecord(form, into: &check)
        case .member:
            for index in [0, 1] { if let problem = PersonName.problem(form.text(index)) { check.problems[index] = problem } }
            if let born = form.day(2), born > today { check.problems[2] = "is in the future" }
        case .correspondenceAddress:
            if !form.text(2).isEmpty, let problem = ContactFormat.postcodeProblem(form.text(2)) { check.problems[2] = problem }
            if form.text(0).isEmpty, form.text(1).isEmpty, !form.text(2).isEmpty { check.problems[0] = "is needed with a postcode" }
        case .overrideRoute(let teams):
            // Refuge cases are domestic-abuse cases, and only recording the abuse restricts the case.
            if teams[form.selected(1)] == .refuge, !record.domesticAbuse {
                check.notes = [CaseScreen.recordsAbuse(form)
                    ? Span("Domestic abuse is recorded with the route: the case is restricted to staff cleared for it", .amber)
                    : Span("Domestic abuse is not recorded: the case stays open to all staff, the reason with it", .amber)]
            }
        case .assign(let ids):
            check.notes = assignNotes(ids[form.selected(0)])
        case .supportNeeds, .pick:
            break
        case .plan(let purpose):
            check = checkPlan(form, purpose)
        }
        return check
    }

    /// A contact's note, the person spoken to, when it happened, and the follow-up, which comes after it.
    private func checkContact(_ form: CaseForm, today: Day, into check: inout FormCheck) {
        if form.text(2).count > 10_000 { check.problems[2] = "is limited to 10,000 characters" }
        if let problem = PersonName.problem(form.text(3)) { check.problems[3] = problem }
        var happened = today
        switch MomentInput.parse(form.text(4), today: today) {
        case .failure(let error): check.problems[4] = error.description
        case .success(let moment?):
            happened = moment.day
            if moment.day > today { check.problems[4] = "is in the future" }
            if moment.day < sheet.record.receivedOn { check.problems[4] = "is before the application" }
        case .success(nil): break
        }
        guard let followUp = form.day(5) else { return }
        if followUp <= happened {
            check.problems[5] = "comes after the contact"
        } else if followUp < today {
            check.problems[5] = "is in the past"
        } else {
            check.notes = [Span("A reminder alerts on \(DayFormat.long(followUp)) until a later contact is logged", .muted)]
        }
    }

    /// The officer's team against the case's route: a case given to another team's officer is said to be so.
    private func assignNotes(_ id: String) -> [Span] {
        guard let member = sheet.context.staff.member(id), let team = member.team else { return [] }
        let route = sheet.record.route?.team ?? sheet.report.rules.route.suggested
        guard team != route else { return [] }
        let routed = sheet.record.route == nil ? "the rules suggest" : "the case is routed to"
        return [Span("\(member.name) is in the \(team.label.lowercased()) team; \(routed) the \(route.label.lowercased())", .amber)]
    }

    /// The override form's "record abuse" answer, where it is asked.
    static func recordsAbuse(_ form: CaseForm) -> Bool { form.fields.count > 3 && form.isShown(3) && form.selected(3) == 0 }

    /// s193B before a non-co-operation notice: the recorded sequence (refusal, warning, period, further refusal), and
    /// another officer's authority (reg 3).
    private func checkSafeguards(_ form: CaseForm, endingOn day: Day, authorisers: [String], into check: inout FormCheck) {
        let context = sheet.context
        guard !authorisers.isEmpty else {
            check.refused = true
            check.notes.append(Span("✗ Another officer at least as senior as you, not involved in the case, must authorise "
                + "the notice (s193B)", .error))
            return
        }
        let refusals = NonCooperation.noticeProblems(NonCooperationFacts(sheet.record), on: day)
        if !refusals.isEmpty {
            check.refuse(DutyRefusals(refusals: refusals))
        } else {
            check.cleared.append(Span("✓ Warning, period and further refusal recorded; authorised by "
                + context.name(of: authorisers[form.selected(2)]), .green))
        }
    }

    /// A form that passed every check: its action for the App, or its change to the edited facts.
    mutating func submit(_ form: CaseForm) -> ScreenOutcome {
        let context = sheet.context, record = sheet.record
        switch form.purpose {
        case .contact:
            let happened = (try? MomentInput.parse(form.text(4), today: context.today).get()) ?? nil
            let person = form.text(3)
            return .perform(.contact(ContactLog(channel: CaseForms.contactChannels[form.selected(0)],
                                                party: CaseForms.contactParties[form.selected(1)], text: form.text(2),
                                                happenedAt: happened, person: person.isEmpty ? nil : person, followUpOn: form.day(5))))
        case .note:
            return .perform(.note(text: form.text(0)))
        case .requestDocument(let kind):
            return .perform(.requestDocument(kind: kind, dueOn: form.day(1)))
        case .requestAll(let kinds):
            return .perform(.requestDocuments(kinds: kinds, dueOn: form.day(1)))
        case .addDocument(let kinds):
            return .perform(.requestDocument(kind: kinds[form.selected(0)], dueOn: form.day(1)))
        case .overrideRoute(let teams):
            let team = teams[form.selected(1)]
            return .perform(.overrideRoute(team: team, reason: form.text(2), recordsAbuse: team == .refuge && CaseScreen.recordsAbuse(form)))
        case .startDuty(let kinds):
            return .perform(.startDuty(kinds[form.selected(0)], on: form.day(1) ?? context.today))
        case .endDuty(_, let reasons, let authorisers):
            let reason = reasons[form.selected(0)]
            let safeguards = reason == .nonCooperation && !authorisers.isEmpty
                ? CaseService.NonCooperationSafeguards(authorisedBy: authorisers[form.selected(2)]) : nil
            return .perform(.endDuty(reason, on: form.day(1) ?? context.today, safeguards: safeguards))
        case .triageOutcome(let outcomes):
            return submitTriageOutcome(form, outcome: outcomes[form.selected(0)])
        case .finding, .notification, .reviewRequest, .interimAccommodation, .noticeThreat, .refusal, .warning:
            return submitRecord(form)
        case .assign(let ids):
            let id = ids[form.selected(0)]
            guard id != record.assignedOfficer else { return .message("\(ref) is already assigned to \(context.name(of: id))") }
            return .perform(.assign(officer: id))
        case .member(let index):
            saveMember(from: form, at: index)
        case .correspondenceAddress:
            let lines = Address.lines(parsing: form.text(0))
            let address = Address(lines: lines, town: form.text(1), postcode: form.text(2).uppercased())
            let empty = lines.isEmpty && address.town.isEmpty && address.postcode.isEmpty
            sheet.facts.change { $0.applicant.correspondenceAddress = empty ? nil : address }
        case .supportNeeds:
            let needs = SupportNeeds(form.checked(0).sorted().map { SupportNeed.allCases[$0] })
            sheet.facts.change { $0.supportNeeds = needs }
        case .pick(let fact):
            sheet.facts.change { fact.setChoice(form.selected(0), in: &$0) }
        case .plan(let purpose):
            return submitPlan(form, purpose)
        }
        return .handled
    }

    private mutating func saveMember(from form: CaseForm, at index: Int?) {
        let member = HouseholdMember(firstName: form.text(0), lastName: form.text(1), dateOfBirth: form.day(2),
                                     relationship: Relationship.allCases[form.selected(3)], pregnant: form.selected(4) == 1)
        var position = index ?? sheet.facts.details.household.count
        sheet.facts.change { details in
            if let index, details.household.indices.contains(index) {
                details.household[index] = member
            } else {
                details.household.append(member)
                position = details.household.count - 1
            }
        }
        showFact(.member(position))
    }

    static func startNote(_ start: DutyStart) -> String {
        var note = "Can start on \(DayFormat.long(start.startedOn))"
        if let lastDay = start.lastDay { note += "; its 56 days end on \(DayFormat.long(lastDay))" }
        if let ends = start.ends { note += "; the \(ends.kind.label.lowercased()) ends the same day (\(ends.reason.label.lowercased()))" }
        return note
    }

    static func endNote(_ ending: DutyEnding) -> String {
        var note = "Can end on \(DayFormat.long(ending.endedOn)) with a written notice"
        switch ending.followedBy {
        case .relief?: note += "; the relief duty starts the same day"
        case .mainDutyDecision?: note += "; the main duty decision (s193) is then due"
        case nil: break
        }
        return note + ". A review may be requested within 21 days of the day the notice is notified (s202)"
    }
}

extension FormCheck {
    /// Adds the rules' refusals to what is already said (a safeguard's note stays beside them).
    mutating func refuse(_ refusals: DutyRefusals) { refuse(refusals.refusals) }

    /// The same for any rule's refusals, one line each.
    mutating func refuse(_ reasons: [some RuleReason]) {
        guard !reasons.isEmpty else { return }
        refused = true
        notes += reasons.map { Span("✗ " + $0.words(.console), .error) }
    }
}

/// Rules' messages start in lower case to be joined into longer ones; alone they read as sentences.
enum Sentence {
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
