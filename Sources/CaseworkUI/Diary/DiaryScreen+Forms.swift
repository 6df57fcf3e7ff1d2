import CaseworkCore

extension DiaryScreen {
    static let minutesChoices = ["30", "45", "60", "90", "120"]

    mutating func addSlotForm(_ officer: String) -> ScreenOutcome {
        overlays.open(Form(.addSlot(officer: officer), title: "Add a weekly slot for \(context.name(of: officer))", fields: [
            FormField("Day", .choice(ChoiceList(Weekday.allCases.prefix(5).map { $0.rawValue.capitalized }), inline: false), required: true),
            FormField("Starts (HH:MM)", .text(TextField("", maxLength: 5)), required: true),
            FormField("Minutes", .choice(ChoiceList(Self.minutesChoices, selected: 2), inline: true), required: true),
            FormField("Where (or phone)", .text(TextField("", maxLength: 100)), required: true),
            FormField("Kept for emergencies", .choice(ChoiceList(["No", "Yes"]), inline: true)),
        ]))
        return .handled
    }

    mutating func addAbsenceForm(_ officer: String) -> ScreenOutcome {
        overlays.open(Form(.addAbsence(officer: officer), title: "Add an absence for \(context.name(of: officer))", fields: [
            FormField("From", .date(DateField(day: now.day, today: context.today, required: true)), required: true),
            FormField("To", .date(DateField(day: now.day, today: context.today, required: true)), required: true),
            FormField("Kind", .choice(ChoiceList(AbsenceKind.allCases.filter { $0 != .closure }.map(\.label)), inline: true), required: true),
        ]))
        return .handled
    }

    func check(_ form: Form<Purpose>) -> FormCheck {
        var check = FormCheck()
        switch form.purpose {
        case .addSlot:
            if !form.text(1).isEmpty, LocalTime.minute(of: form.text(1)) == nil { check.problems[1] = "a time like 09:30" }
        case .addAbsence:
            if let from = form.day(0), let to = form.day(1), to < from { check.problems[1] = "before the first day" }
        case .cancel:
            if let control = ControlCharacters.first(in: form.text(0)) { check.problems[0] = "no control characters (\(control))" }
        case .goTo: break
        }
        return check
    }

    mutating func submit(_ form: Form<Purpose>) -> ScreenOutcome {
        switch form.purpose {
        case .goTo:
            guard let target = form.day(0) else { return .handled }
            go(to: target, keepingRow: false)
            return .handled
        case .cancel(let ref, let id):
            let reason = form.text(0)
            return request("cancel \(ref)'s appointment", { services in
                let (record, cancelled) = try services.service.cancel(ref, appointment: id, reason: reason)
                return .saved(CaseSummary(record), "Cancelled \(ref)'s appointment of \(DayFormat.long(cancelled.on)) \(cancelled.startTime)",
                              LondonTime.local(services.clock.now()))
            }, failed: { .failed($0) })
        case .addSlot(let officer):
            guard let start = LocalTime.minute(of: form.text(1)) else { return .handled }
            let place = form.text(3).lowercased() == PatternSlot.phone ? PatternSlot.phone : form.text(3)
            let slot = PatternSlot(weekday: Weekday.allCases[form.selected(0)], start: start,
                                   minutes: Int(Self.minutesChoices[form.selected(2)])!, location: place,
                                   emergencyOnly: form.selected(4) == 1)
            return edit(.addSlot(officer: officer, slot))
        case .addAbsence(let officer):
            guard let from = form.day(0), let to = form.day(1) else { return .handled }
            let kind = AbsenceKind.allCases.filter { $0 != .closure }[form.selected(2)]
            return edit(.addAbsence(officer: officer, Absence(from: from, to: to, kind: kind)))
        }
    }

    mutating func removeSelected(_ open: DiaryPicker) -> ScreenOutcome {
        switch open.choice {
        case .removeSlot(let officer, let slot)?: return edit(.removeSlot(officer: officer, slot))
        case .removeAbsence(let officer, let absence)?: return edit(.removeAbsence(officer: officer, absence))
        default: return .message("Highlight a slot or an absence to remove it")
        }
    }

    /// One change to `diary.json`, against the revision on screen.
    func edit(_ change: DiaryEdit) -> ScreenOutcome {
        guard let revision = setup?.revision else { return .handled }
        let book = book
        return request("change the diary", { services in
            .edited(try services.service.editDiary(change, expectedRevision: revision, book: book), change.doneMessage)
        }, failed: { .failed($0) })
    }

    /// Forms go under the day headers, over the grid.
    func formArea(_ area: Rect) -> Rect { area.splitTop(2).rest }
}
