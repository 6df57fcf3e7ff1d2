import CaseworkCore

extension DiaryScreen {
    // MARK: The picker takes keys first

    mutating func type(_ key: Key) -> ScreenOutcome? {
        guard var open = picker else { return nil }
        switch key {
        case .escape:
            picker = nil
            return .handled
        case .up, .character("k"): open.move(by: -1)
        case .down, .character("j"): open.move(by: 1)
        case .enter: return choose(open.selected, in: open)
        case .character(let c) where c.isNumber:
            guard let digit = c.wholeNumberValue, let index = open.row(forDigit: digit) else { return .handled }
            return choose(index, in: open)
        case .character("a") where open.editing != nil: return addSlotForm(open.editing!)
        case .character("l") where open.editing != nil: return addAbsenceForm(open.editing!)
        case .character("d") where open.editing != nil: return removeSelected(open)
        case .function, .control: return nil
        default: return .handled
        }
        picker = open
        follow(open.choice)
        return .handled
    }

    /// The week shows the slot a highlighted choice would book.
    mutating func follow(_ choice: DiaryPicker.Choice?) {
        guard case .book(_, let slot)? = choice, view == .week, case .slots = picker?.purpose else { return }
        officer = slot.officer
        go(to: slot.day)
        row = dayEntries.firstIndex { $0.slot.key == slot } ?? row
    }

    var typingHelp: (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? {
        guard let picker else { return nil }
        var entries = [HelpOverlay.Entry("↑ ↓ j k", "move"), HelpOverlay.Entry("Enter", "choose the highlighted one"),
                       HelpOverlay.Entry("1–9", "choose that one"), HelpOverlay.Entry("Esc", "close")]
        var bar = [FunctionKeyBar.Item("Enter", "Choose"), FunctionKeyBar.Item("Esc", "Close")]
        if picker.editing != nil {
            entries += [.init("a", "add a weekly slot"), .init("l", "add an absence (leave, training)"), .init("d", "remove the highlighted one")]
            bar = [FunctionKeyBar.Item("a", "Add slot"), FunctionKeyBar.Item("l", "Absence"), FunctionKeyBar.Item("d", "Remove"),
                   FunctionKeyBar.Item("Esc", "Close")]
        }
        return (HelpOverlay.Section(picker.title, entries), bar)
    }

    private mutating func choose(_ index: Int, in open: DiaryPicker) -> ScreenOutcome {
        guard open.rows.indices.contains(index) else { return .handled }
        switch open.rows[index].choice {
        case .heading: return .handled
        case .book(let ref, let slot):
            picker = nil
            return book(ref, into: slot)
        case .officer(let id):
            picker = nil
            officer = id
            view = .week
            clampRow()
            return .message("Week of \(context.name(of: id))")
        case .removeSlot, .removeAbsence:
            var moved = open
            moved.selected = index
            picker = moved
            return .message("d removes the highlighted one")
        }
    }

    // MARK: Booking by priority, both ways

    /// The earliest free slots that fit a case, best first; the week shown moves to the first of them.
    mutating func offerSlots(for ref: String) -> ScreenOutcome {
        guard let summary = summaries.summary(ref) else { return .error("No case \(ref)") }
        guard CaseAccess.mayView(summary, as: context.actor) else {
            picker = nil
            let actor = context.actor
            return request("record a refused booking", { services in
                try services.store.auditView(of: ref, by: actor, allowed: false)
                return .failed(CaseAccessError.restricted(ref: ref).description)
            }, failed: { .failed($0) })
        }
        let evaluation = CaseRules.evaluate(summary, today: context.today, configuration: context.configuration)
        let offered = allocator.suggestions(for: SlotNeed(summary, evaluation: evaluation), limit: 5)
        guard let first = offered.first else {
            picker = nil
            return .message("No free slot fits \(ref) in the next \(setup?.settings.horizonWeeks ?? 12) weeks")
        }
        picker = DiaryPicker.slots(for: summary, offered, screen: self)
        view = .week
        officer = first.slot.officer
        go(to: first.slot.day)
        row = dayEntries.firstIndex { $0.slot.key == first.slot.key } ?? row
        return .handled
    }

    /// The best waiting cases for the free slot selected, in the queue's order.
    mutating func offerCases() -> ScreenOutcome {
        guard let slot = selectedFree else { return .handled }
        let waiting = summaries.all.filter { InterviewQueue.isWaitingForBooking($0, now: now) }
            .map { ($0, CaseRules.evaluate($0, today: context.today, configuration: context.configuration)) }
        let offered = allocator.candidates(for: slot, among: waiting, limit: 5)
        guard !offered.isEmpty else { return .message("No waiting case fits this slot") }
        picker = DiaryPicker.cases(for: slot, offered, screen: self)
        return .handled
    }

    var allocator: SlotAllocator { SlotAllocator(calendar: calendar, book: book, staff: context.staff, now: now) }

    mutating func book(_ ref: String, into slot: SlotKey) -> ScreenOutcome {
        let name = context.name(of: slot.officer)
        return request("book \(ref)", { services in
            let (record, appointment) = try services.service.book(ref, slot: slot)
            let when = DayFormat.long(appointment.on) + " " + appointment.startTime
            return .saved(CaseSummary(record), "Booked \(ref) with \(name), \(when) (appointment \(appointment.id))",
                          LondonTime.local(services.clock.now()))
        }, failed: { .failed($0) })
    }

    mutating func placeMove() -> ScreenOutcome {
        guard let booking = moving, let slot = selectedFree else { return .handled }
        moving = nil
        let (ref, id) = (booking.ref, booking.appointment.id)
        return request("move \(ref)'s appointment", { services in
            let (record, moved) = try services.service.move(ref, appointment: id, to: slot.key)
            return .saved(CaseSummary(record), "Moved \(ref)'s appointment to \(DayFormat.long(moved.on)) \(moved.startTime)",
                          LondonTime.local(services.clock.now()))
        }, failed: { .failed($0) })
    }

    mutating func recordOutcome(attended: Bool, warnContact: Bool? = nil, for booking: DiaryBooking? = nil) -> ScreenOutcome {
        guard let booking = booking ?? selectedBooking else { return .handled }
        let (ref, id) = (booking.ref, booking.appointment.id)
        return request("record an outcome", { services in
            let done = try services.service.recordOutcome(ref, appointment: id, attended: attended, warnContact: warnContact)
            let now = LondonTime.local(services.clock.now())
            if attended { return .saved(CaseSummary(done.record), "\(ref) attended", now) }
            return .missed(CaseSummary(done.record), done, now)
        }, failed: { .failed($0) })
    }

    /// `i` steps the interpreter through needed, arranged, not needed; `p` the third party through the kinds and none.
    mutating func arrange(interpreter: Bool) -> ScreenOutcome {
        guard let booking = selectedBooking else { return .handled }
        let appointment = booking.appointment
        let (ref, id) = (booking.ref, appointment.id)
        if interpreter {
            let next: Arrangement = switch appointment.interpreter {
            case .notNeeded: .needed
            case .needed: .arranged
            case .arranged: .notNeeded
            }
            return arrangement(ref, id, "Interpreter: \(next.rawValue.replacingOccurrences(of: "-", with: " "))") {
                try $0.arrange(ref, appointment: id, interpreter: next)
            }
        }
        let kinds: [ThirdPartyKind?] = [nil] + ThirdPartyKind.allCases.map(Optional.some)
        let next = kinds[((kinds.firstIndex(of: appointment.thirdParty) ?? 0) + 1) % kinds.count]
        return arrangement(ref, id, "Third party: " + (next?.label.lowercased() ?? "none")) {
            try $0.arrange(ref, appointment: id, thirdParty: .some(next))
        }
    }

    mutating func arrangeThirdParty() -> ScreenOutcome {
        guard let booking = selectedBooking else { return .handled }
        let (ref, id) = (booking.ref, booking.appointment.id)
        let arranged = !booking.appointment.thirdPartyArranged
        return arrangement(ref, id, arranged ? "Third party arranged" : "Third party not arranged yet") {
            try $0.arrange(ref, appointment: id, thirdPartyArranged: arranged)
        }
    }

    private func arrangement(_ ref: String, _ id: Int, _ done: String,
                             _ work: @escaping @Sendable (CaseService) throws -> (record: Case, appointment: Appointment)) -> ScreenOutcome {
        request("arrange \(ref)'s appointment", { services in
            .saved(CaseSummary(try work(services.service).record), "\(ref): \(done)", LondonTime.local(services.clock.now()))
        }, failed: { .failed($0) })
    }

    // MARK: Answers

    mutating func receive(_ message: Message) -> ScreenOutcome {
        switch message {
        case .loaded(let newer, let time):
            now = time
            load(newer)
            if let ref = picker?.waitingRef { return offerSlots(for: ref) }
            return .handled
        case .unreadable(let why, let time):
            now = time
            problem = why
            picker = nil
            return .error(why)
        case .saved(let summary, let words, let time):
            now = time
            taken(summary)
            overlays.sent(wentThrough: true)
            return .message(words)
        case .missed(let summary, let outcome, let time):
            now = time
            taken(summary)
            let ref = summary.ref
            if outcome.asksAboutContactWarning {
                overlays.ask(Dialog(
                    title: "Second missed appointment",
                    message: "\(ref) has missed \(outcome.missedInARow) appointments in a row. Warn in writing that the duty "
                        + "may end if contact is lost? The duty may end for lost contact only after reasonable efforts: "
                        + "nothing is decided unless you say so.",
                    buttons: [.init("Later", .later(ref: ref)),
                              .init("No warning", .warnContact(ref: ref, appointment: outcome.appointment.id, warn: false)),
                              .init("Warn", .warnContact(ref: ref, appointment: outcome.appointment.id, warn: true))],
                    cancel: .later(ref: ref)))
                return .message("\(ref) missed the appointment")
            }
            _ = offerSlots(for: ref)
            return .message("\(ref) missed the appointment: the next free slots are offered")
        case .edited(let edited, let words):
            setup = edited.setup
            load(edited.setup)
            if let officer = picker?.editing { picker = DiaryPicker.patterns(self); picker?.editing = officer }
            overlays.sent(wentThrough: true)
            guard !edited.stranded.isEmpty else { return .message(words) }
            let refs = edited.stranded.map(\.ref).joined(separator: ", ")
            return .error("\(words). Booked in a slot that has gone: \(refs); move \(edited.stranded.count == 1 ? "it" : "them")")
        case .failed(let why):
            overlays.sent(wentThrough: false)
            return .error(why)
        }
    }

    /// A case this screen changed: its bookings as it now stands, the selection on the slot it took.
    mutating func taken(_ summary: CaseSummary) {
        summaries.replace(summary)
        book.update(summary)
        clampRow()
        refreshForecast()
    }

    mutating func answer(_ answer: Answer) -> ScreenOutcome {
        switch answer {
        case .later(let ref):
            _ = offerSlots(for: ref)
            return .message("No decision on a contact warning yet: the alert stays until someone decides")
        case .warnContact(let ref, let id, let warn):
            let outcome = request("record the contact warning decision", { services in
                let done = try services.service.recordOutcome(ref, appointment: id, attended: false, warnContact: warn)
                return .saved(CaseSummary(done.record), warn ? "\(ref): the council will warn in writing about lost contact"
                                  : "\(ref): no contact warning for now", LondonTime.local(services.clock.now()))
            }, failed: { .failed($0) })
            _ = offerSlots(for: ref)
            return outcome
        }
    }
}
