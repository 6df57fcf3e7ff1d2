import CaseworkCore

/// Checking and submitting the case screen's forms: the rules' own checks run as the officer fills the form in,
/// so a refusal is shown before anything reaches the store.
extension CaseScreen {
    func check(_ form: CaseForm) -> FormCheck {
        var check = FormCheck()
        let context = sheet.context, record = sheet.record
        let today = context.today
        switch form.purpose {
        case .contact, .note:
            let index = form.fields.count - 1
            if form.text(index).count > 10_000 { check.problems[index] = "is limited to 10,000 characters" }
        case .requestDocument, .addDocument:
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
        case .triageOutcome:
            let outcome = TriageOutcome.allCases[form.selected(0)]
            if outcome == .preventedAtTriage, form.text(1).isEmpty { check.problems[1] = "say how homelessness was prevented" }
            if outcome.closesTheCase { check.notes = [Span("This outcome closes the case", .muted)] }
        case .member:
            if let born = form.day(2), born > today { check.problems[2] = "is in the future" }
        case .correspondenceAddress:
            if !form.text(2).isEmpty, let problem = ContactFormat.postcodeProblem(form.text(2)) { check.problems[2] = problem }
            if form.text(0).isEmpty, form.text(1).isEmpty, !form.text(2).isEmpty { check.problems[0] = "is needed with a postcode" }
        case .overrideRoute(let teams):
            // Refuge cases are domestic-abuse cases, and only recording the abuse restricts the case.
            if teams[form.selected(1)] == .refuge, !record.domesticAbuse {
                check.notes = [Span("Domestic abuse is not recorded: record it on the Household tab so the case is restricted", .amber)]
            }
        case .assign, .supportNeeds, .pick:
            break
        }
        return check
    }

    /// s193B before a non-co-operation notice: a written warning served before it, and another officer's authority.
    private func checkSafeguards(_ form: CaseForm, endingOn day: Day, authorisers: [String], into check: inout FormCheck) {
        let context = sheet.context
        if let warned = form.day(2) {
            if warned >= day { check.problems[2] = "must come before the notice, with time to comply" }
        } else if form.fields[2].text.isEmpty {
            check.problems[2] = "is required: when the s193B written warning was served"
            check.notes.append(Span("Non-co-operation (s193B) needs the date the written warning was served", .amber))
        }
        guard !authorisers.isEmpty else {
            check.refused = true
            check.notes.append(Span("✗ Another officer at least as senior as you must authorise the notice (s193B)", .error))
            return
        }
        guard let warned = form.day(2) else { return }
        // The warning field shows its own date problem; the plan and the duty's start are the rules' to say.
        let refusals = NonCooperation.refusals(CaseSummary(sheet.record), warnedOn: warned, endingOn: day).filter { $0 != .warnedNotBeforeNotice }
        if !refusals.isEmpty {
            check.refuse(DutyRefusals(refusals: refusals))
        } else if warned < day {
            check.cleared.append(Span("✓ Warned \(DayFormat.medium(warned)); authorised by "
                + context.name(of: authorisers[form.selected(3)]), .green))
        }
    }

    /// A form that passed every check: its action for the App, or its change to the edited facts.
    mutating func submit(_ form: CaseForm) -> ScreenOutcome {
        let context = sheet.context, record = sheet.record
        switch form.purpose {
        case .contact:
            return .perform(.contact(channel: CaseForms.contactChannels[form.selected(0)],
                                    party: CaseForms.contactParties[form.selected(1)], text: form.text(2)))
        case .note:
            return .perform(.note(text: form.text(0)))
        case .requestDocument(let kind):
            return .perform(.requestDocument(kind: kind, dueOn: form.day(1)))
        case .addDocument(let kinds):
            return .perform(.requestDocument(kind: kinds[form.selected(0)], dueOn: form.day(1)))
        case .overrideRoute(let teams):
            return .perform(.overrideRoute(team: teams[form.selected(1)], reason: form.text(2)))
        case .startDuty(let kinds):
            return .perform(.startDuty(kinds[form.selected(0)], on: form.day(1) ?? context.today))
        case .endDuty(_, let reasons, let authorisers):
            let reason = reasons[form.selected(0)]
            let safeguards = reason == .nonCooperation ? form.day(2).map {
                CaseService.NonCooperationSafeguards(warningServedOn: $0, authorisedBy: authorisers[form.selected(3)])
            } : nil
            return .perform(.endDuty(reason, on: form.day(1) ?? context.today, safeguards: safeguards))
        case .triageOutcome:
            let outcome = TriageOutcome.allCases[form.selected(0)]
            let how = outcome == .preventedAtTriage ? form.text(1) : nil
            return .perform(.triageOutcome(outcome, preventedHow: how))
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
        if let deadline = start.deadline { note += "; day 56 is \(DayFormat.long(deadline))" }
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
        let requestBy = ending.endedOn.adding(days: ReviewRights.requestDays - 1)
        return note + ". A review may be requested until \(DayFormat.long(requestBy)) (s202)"
    }
}

extension FormCheck {
    /// Adds the rules' refusals to what is already said (a safeguard's note stays beside them).
    mutating func refuse(_ refusals: DutyRefusals) {
        refused = true
        notes += refusals.refusals.map { Span("✗ " + $0.words(.console), .error) }
    }
}

/// Rules' messages start in lower case to be joined into longer ones; alone they read as sentences.
enum Sentence {
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
