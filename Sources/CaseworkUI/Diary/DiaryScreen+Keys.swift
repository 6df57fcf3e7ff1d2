import CaseworkCore

extension DiaryScreen {
    static let keys = KeyTable<DiaryScreen, Action>("Diary", [
        KeyBinding([.left, .character("h"), .character("T")], .previousDay, help: "previous day", keys: "← h T"),
        KeyBinding([.right, .character("l"), .character("t")], .nextDay, help: "next day", keys: "→ l t"),
        KeyBinding([.up, .character("k")], .up, help: "previous slot", keys: "↑ k"),
        KeyBinding([.down, .character("j")], .down, help: "next slot", keys: "↓ j"),
        KeyBinding([.character("w")], .nextWeek, help: "next week"),
        KeyBinding([.character("W")], .previousWeek, help: "previous week"),
        KeyBinding([.character("g")], .goTo, help: "go to a date", bar: "Go to"),
        KeyBinding([.control("g")], .today, help: "today"),
        KeyBinding([.escape], .stopMoving, help: "stop moving the appointment", unavailable: { $0.moving == nil ? "" : nil }),
        KeyBinding([.enter], .placeMove, help: "move the appointment to this free slot", bar: "Move here", unavailable: { screen in
            guard screen.moving != nil else { return "" }
            return screen.selectedFree == nil ? "choose a free slot to move it to" : nil
        }),
        KeyBinding([.enter], .open, help: "open the booked case", bar: "Open", unavailable: { $0.needsBooking }),
        KeyBinding([.character("b")], .book, help: "book the best waiting case into this free slot", bar: "Book", unavailable: { screen in
            if let why = screen.loading { return why }
            if screen.selectedBooking != nil { return "this slot is booked: m moves, c cancels" }
            guard let slot = screen.selectedFree else { return "no free slot here" }
            return slot.start > screen.now ? nil : "this slot has begun"
        }),
        KeyBinding([.character("m")], .move, help: "move the appointment to another slot", bar: "Move", unavailable: { $0.needsComing }),
        KeyBinding([.character("c")], .cancel, help: "cancel the appointment, with a reason", bar: "Cancel", unavailable: { $0.needsComing }),
        KeyBinding([.character("a")], .attended, help: "the applicant came", unavailable: { $0.needsBegun }),
        KeyBinding([.character("x")], .missed, help: "the applicant did not come", unavailable: { $0.needsBegun }),
        KeyBinding([.character("i")], .interpreter, help: "interpreter: needed, arranged, not needed", unavailable: { $0.needsBooked }),
        KeyBinding([.character("p")], .thirdParty, help: "third party: support worker, social worker, other, none",
                   unavailable: { $0.needsBooked }),
        KeyBinding([.character("r")], .thirdPartyArranged, help: "third party arranged, or not", unavailable: { screen in
            if let why = screen.needsBooked { return why }
            return screen.selectedBooking?.appointment.thirdParty == nil ? "no third party is expected: p names one" : nil
        }),
        KeyBinding([.character("o")], .otherOfficer, help: "another caseworker's week", bar: "Other", unavailable: { screen in
            screen.loading ?? (screen.calendar.officers.count < 2 ? "there is no other caseworker's diary" : nil)
        }),
        KeyBinding([.character("v")], .toggleView, help: "the team's day, or one caseworker's week", bar: "Team/week",
                   unavailable: { $0.loading }),
        KeyBinding([.character("f")], .forecast, help: "demand against capacity", bar: "Demand"),
        KeyBinding([.character("e")], .edit, help: "edit patterns and absences (managers)", bar: "Edit", unavailable: { screen in
            screen.loading ?? (screen.isManager ? nil : "only a housing manager edits the patterns and absences")
        }),
    ])

    /// Why nothing can be done yet: the diary is being read, or cannot be.
    var loading: String? {
        if let problem { return problem }
        return setup == nil ? "the diary is loading" : nil
    }

    var needsBooking: String? { loading ?? (selectedBooking == nil ? "no case is booked in this slot" : nil) }

    /// A booked appointment, whatever its time.
    var needsBooked: String? {
        if let why = needsBooking { return why }
        return selectedBooking?.appointment.status == .booked ? nil : "its outcome is recorded"
    }

    /// A booked appointment still to come.
    var needsComing: String? {
        if let why = needsBooked { return why }
        return selectedBooking!.appointment.start > now ? nil : "it has begun: a records attended, x missed"
    }

    /// A booked appointment that has begun.
    var needsBegun: String? {
        if let why = needsBooked { return why }
        return selectedBooking!.appointment.start <= now ? nil : "it has not begun yet: m moves it, c cancels it"
    }
}
