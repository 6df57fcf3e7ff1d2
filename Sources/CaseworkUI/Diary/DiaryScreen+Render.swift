import CaseworkCore

extension DiaryScreen {
    /// "2A 1C", or "Restricted" to staff not cleared for the case.
    func household(_ summary: CaseSummary) -> String {
        CaseAccess.mayView(summary, as: context.actor) ? HouseholdMakeup(summary, on: context.today).code : CaseAccess.restrictedLabel
    }

    func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        guard !area.isEmpty else { return }
        guard let setup else {
            buffer.put(problem ?? "Reading the diary…", in: area.row(0), style: problem == nil ? .muted : .error)
            return
        }
        if setup.caseworkers.isEmpty {
            buffer.put("No caseworker has a diary yet: a housing manager adds patterns in diary.json or with e.",
                       in: area.row(0), style: .muted)
            return
        }
        // The demand chart takes the right of a wide screen, or the bottom when asked for with f.
        let wide = area.width >= 140
        let chartWidth = wide ? min(70, area.width / 2 - 10) : area.width
        var body = area, chart: Rect?
        if wide {
            let split = area.splitLeft(area.width - chartWidth - 1)
            body = split.left
            chart = Rect(x: split.rest.x + 1, y: area.y, width: chartWidth, height: min(area.height, 10))
        } else if showsForecast || area.height - neededRows >= 7 {
            let split = area.splitBottom(7)
            body = split.rest
            chart = split.bottom
        }
        switch view {
        case .week: renderWeek(into: &buffer, area: body)
        case .team: renderTeam(into: &buffer, area: body)
        }
        if let chart { renderChart(into: &buffer, area: chart) }
        if let picker { render(picker, into: &buffer, area: area) }
    }

    /// The rows the view needs without scrolling: the headings, two a time (or one a slot in the team's day), the detail.
    var neededRows: Int {
        switch view {
        case .week:
            guard let officer else { return 5 }
            return 5 + 2 * DiaryWeekGrid(officer: officer, containing: day, calendar: calendar, book: book).times.count
        case .team: return 6 + dayEntries.count
        }
    }

    // MARK: One caseworker's week

    func renderWeek(into buffer: inout Buffer, area: Rect) {
        guard let officer else { return }
        let grid = DiaryWeekGrid(officer: officer, containing: day, calendar: calendar, book: book)
        let team = context.staff.member(officer)?.team.map { " · " + $0.short } ?? ""
        let friday = grid.days.last ?? grid.monday
        let total = grid.total
        let span = grid.monday.month == friday.month ? "\(grid.monday.day)–\(DayFormat.medium(friday))"
            : "\(DayFormat.dayAndMonth(grid.monday)) – \(DayFormat.medium(friday))"
        let heading = "\(context.name(of: officer))\(team) · week \(DiaryForecast.isoWeek(grid.monday).suffix(2)) · \(span)"
        let (top, rest) = area.splitTop(1)
        let count = "\(total.booked) of \(total.slots) booked"
        let (left, right) = top.splitLeft(max(0, top.width - DisplayWidth.of(count) - 1))
        buffer.put(heading, in: left, style: Style.normal.bolded)
        buffer.put(count, in: right, alignment: .right, style: total.style)
        let timeWidth = 6
        let columns = max(1, grid.days.count)
        let cellWidth = max(8, (rest.width - timeWidth) / columns)
        let (header, grid2) = rest.splitTop(2)
        for (index, date) in grid.days.enumerated() {
            let x = header.x + timeWidth + index * cellWidth
            let fullness = grid.fullness[date] ?? DayFullness(booked: 0, slots: 0)
            let name = "\(DayFormat.weekdays[date.weekday]) \(DayFormat.dayAndMonth(date))"
            let shade = String(repeating: fullness.shade, count: 2)
            var style = date == day ? Style.header.underlined : Style.header
            if date == now.day { style = style.reversed }
            buffer.put(TextFit.truncate(name, to: cellWidth - 4), in: Rect(x: x, y: header.y, width: cellWidth - 3, height: 1), style: style)
            buffer.put(shade, in: Rect(x: x + cellWidth - 3, y: header.y, width: 2, height: 1), style: fullness.style)
        }
        buffer.horizontalLine(Rect(x: header.x, y: header.y + 1, width: timeWidth + columns * cellWidth - 1, height: 1))
        var y = grid2.y
        let selectedKey = selected?.slot.key
        // Two lines a time: the case, then what kind of appointment; a shut day says why on its first line.
        let detailRows = 2
        let visibleTimes = max(0, (grid2.height - detailRows) / 2)
        let selectedTime = grid.times.firstIndex { $0 == selected?.slot.start.minute } ?? 0
        let firstTime = max(0, min(selectedTime - visibleTimes + 1, grid.times.count - visibleTimes))
        for (offset, minute) in grid.times.enumerated().dropFirst(firstTime).prefix(visibleTimes) {
            buffer.put(LocalTime.clock(minute), in: Rect(x: grid2.x, y: y, width: timeWidth - 1, height: 1), style: .muted)
            for (index, date) in grid.days.enumerated() {
                let cell = Rect(x: grid2.x + timeWidth + index * cellWidth, y: y, width: cellWidth - 1, height: 2)
                if let entry = grid.entry(on: date, at: minute) {
                    renderCell(entry, into: &buffer, area: cell, selected: entry.slot.key == selectedKey)
                } else if offset == firstTime, let shut = grid.availability[date], !shut.isOpen, shut != .noSlots {
                    buffer.put(shut.label, in: cell.row(0), style: .muted)
                }
            }
            y += 2
        }
        if grid.times.isEmpty {
            buffer.put("No slots this week", in: Rect(x: grid2.x + timeWidth, y: y, width: grid2.width - timeWidth, height: 1), style: .muted)
            y += 1
        }
        // A tall screen shows the whole team's day under the week, for where else there is room.
        let room = Rect(x: area.x, y: y + 1, width: area.width, height: max(0, area.maxY - detailRows - y - 1))
        if room.height >= 6 { renderTeamList(into: &buffer, area: room, selectable: false) }
        renderDetail(into: &buffer, area: Rect(x: area.x, y: area.maxY - detailRows, width: area.width, height: detailRows))
    }

    func renderCell(_ entry: DiaryEntry, into buffer: inout Buffer, area: Rect, selected: Bool) {
        let (first, second) = cellLines(entry, width: area.width)
        var style = cellStyle(entry)
        if selected { style = style.reversed }
        buffer.put(first, in: area.row(0), style: style)
        buffer.put(second, in: area.row(1), style: selected ? style : .muted)
    }

    /// What a slot says: "H-0042 2A 1C" over "Intv 60m ⚑I"; "free" over "phone" or "emergencies". A wide cell also
    /// names the applicant (to staff who may see the case) and the kind of appointment in full.
    func cellLines(_ entry: DiaryEntry, width: Int = 0) -> (String, String) {
        guard let booking = entry.booking else {
            let kind = entry.slot.emergencyOnly ? "emergencies" : entry.slot.isPhone ? "phone" : "\(entry.slot.minutes)m"
            guard entry.slot.start > now else { return ("–", "") }
            return (moving != nil ? "free ←" : "free", kind)
        }
        let appointment = booking.appointment
        let shown = CaseAccess.mayView(booking.summary, as: context.actor)
        var flags = ""
        if shown, appointment.interpreter == .needed { flags += " ⚑I" }
        if shown, appointment.thirdPartyOutstanding { flags += " ⚑3" }
        let status = appointment.status == .booked ? "" : " " + appointment.status.rawValue
        let wide = width >= 26
        let name = wide && CaseAccess.mayView(booking.summary, as: context.actor) ? " " + booking.summary.applicantName : ""
        let kind = wide ? appointment.kind.label : appointment.kind.short
        return ("\(booking.ref) \(household(booking.summary))" + name, kind + status + flags + (entry.slot.inPattern ? "" : " *"))
    }

    func cellStyle(_ entry: DiaryEntry) -> Style {
        guard let booking = entry.booking else { return entry.slot.start > now ? .green : .muted }
        switch booking.appointment.status {
        case .missed: return .red
        case .attended, .cancelled: return .muted
        case .booked:
            let appointment = booking.appointment
            return appointment.interpreter == .needed || appointment.thirdPartyOutstanding ? .amber : .normal
        }
    }

    /// The selected slot in full, under the grid.
    func renderDetail(into buffer: inout Buffer, area: Rect) {
        guard area.height >= 2 else { return }
        buffer.horizontalLine(area.row(0))
        guard let entry = selected else {
            buffer.put("No slots on \(DayFormat.long(day))" + (availabilityWords.map { ": " + $0 } ?? ""), in: area.row(1), style: .muted)
            return
        }
        let slot = entry.slot
        var parts = ["\(DayFormat.weekdays[slot.day.weekday]) \(DayFormat.dayAndMonth(slot.day)) \(slot.start.clock)–\(slot.end.clock)",
                     view == .team ? context.name(of: slot.officer) : nil, slot.isPhone ? "by phone" : slot.location].compactMap { $0 }
        if let booking = entry.booking {
            let name = CaseAccess.displayName(booking.summary, as: context.actor)
            parts.append("\(booking.ref) \(name) (\(household(booking.summary)))")
            parts.append(booking.appointment.kind.label + (booking.appointment.status == .booked ? "" : ", \(booking.appointment.status.rawValue)"))
            if CaseAccess.mayView(booking.summary, as: context.actor) { parts += needs(booking.appointment) }
        } else {
            parts.append(slot.emergencyOnly ? "free, kept for emergencies" : "free")
        }
        if let moving { parts.insert("Moving \(moving.ref):", at: 0) }
        buffer.put(parts.joined(separator: " · "), in: area.row(1), style: moving == nil ? .normal : .amber)
    }

    /// What an interview needs and whether it is arranged, in words.
    func needs(_ appointment: Appointment) -> [String] {
        var words: [String] = []
        switch appointment.interpreter {
        case .needed: words.append("interpreter needed, not arranged")
        case .arranged: words.append("interpreter arranged")
        case .notNeeded: break
        }
        if let party = appointment.thirdParty {
            words.append(party.label.lowercased() + (appointment.thirdPartyArranged ? " arranged" : " not arranged"))
        }
        return words
    }

    var availabilityWords: String? {
        guard let officer, view == .week else { return nil }
        let availability = calendar.availability(of: officer, on: day)
        return availability.isOpen || availability == .noSlots ? nil : availability.label
    }

    // MARK: The team's day

    func renderTeam(into buffer: inout Buffer, area: Rect) {
        let entries = dayEntries
        let booked = entries.filter { !$0.isFree }.count
        let fullness = DayFullness(booked: booked, slots: entries.count)
        let (top, rest) = area.splitTop(2)
        buffer.put("Team diary · \(DayFormat.long(day))", in: top.row(0), style: Style.normal.bolded)
        let count = "\(booked) of \(entries.count) booked " + String(repeating: fullness.shade, count: 2)
        buffer.put(count, in: Rect(x: top.maxX - DisplayWidth.of(count), y: top.y, width: DisplayWidth.of(count), height: 1),
                   alignment: .right, style: fullness.style)
        let away = calendar.officers.compactMap { id -> String? in
            let availability = calendar.availability(of: id, on: day)
            return availability.isOpen || availability == .noSlots ? nil : "\(context.name(of: id)) (\(availability.label.lowercased()))"
        }
        buffer.put(away.isEmpty ? "" : "Away: " + away.joined(separator: ", "), in: top.row(1), style: .muted)
        renderTeamList(into: &buffer, area: rest, selectable: true)
        renderDetail(into: &buffer, area: Rect(x: area.x, y: area.maxY - 2, width: area.width, height: 2))
    }

    /// The team's slots on the selected day, a line each: the team view's list, or (not selectable) under a week.
    func renderTeamList(into buffer: inout Buffer, area: Rect, selectable: Bool) {
        let entries = selectable ? dayEntries : calendar.officers.flatMap { book.entries(of: $0, on: day, calendar: calendar) }
            .sorted { ($0.slot.start, $0.slot.officer) < ($1.slot.start, $1.slot.officer) }
        let widths = [6, min(22, max(16, area.width / 5)), min(30, max(18, area.width / 4)), 8]
        let headings = [selectable ? "Time" : "Team", "Caseworker", "Where", "Case"]
        var x = area.x
        for (heading, width) in zip(headings, widths) {
            buffer.put(heading, in: Rect(x: x, y: area.y, width: width - 1, height: 1), style: .header)
            x += width
        }
        let last = selectable ? "Household · appointment" : "Household · appointment · \(DayFormat.long(day))"
        buffer.put(last, in: Rect(x: x, y: area.y, width: max(0, area.maxX - x), height: 1), style: .header)
        let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - (selectable ? 3 : 1)))
        let first = selectable ? max(0, min(row - list.height + 1, entries.count - list.height)) : 0
        for (offset, entry) in entries.enumerated().dropFirst(first).prefix(list.height) {
            let y = list.y + offset - first
            let style = selectable && offset == row ? cellStyle(entry).reversed : cellStyle(entry)
            let (what, kind) = cellLines(entry)
            let booking = entry.booking
            let cells = [entry.slot.start.clock, context.name(of: entry.slot.officer),
                         entry.slot.isPhone ? "by phone" : entry.slot.location, booking?.ref ?? ""]
            var column = area.x
            for (text, width) in zip(cells, widths) {
                buffer.put(TextFit.truncate(text, to: width - 1) + " ", in: Rect(x: column, y: y, width: width, height: 1), style: style)
                column += width
            }
            let tail = booking.map { _ in String(what.split(separator: " ", maxSplits: 1).last ?? "") + " · " + kind } ?? kind
            buffer.put(booking == nil ? what + (kind.isEmpty ? "" : " · " + kind) : tail,
                       in: Rect(x: column, y: y, width: max(0, area.maxX - column), height: 1), style: style)
        }
        if entries.isEmpty { buffer.put("No slots on this day", in: list.row(0), style: .muted) }
    }

    // MARK: Demand against capacity

    func renderChart(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        guard let forecast else { return }
        for (index, line) in DemandChart.lines(forecast, width: area.width).enumerated().prefix(area.height) {
            buffer.put(line.text, in: area.row(index), style: line.style)
        }
    }

    // MARK: The picker

    func render(_ picker: DiaryPicker, into buffer: inout Buffer, area: Rect) {
        let lines = picker.rows.reduce(3) { $0 + ($1.detail.isEmpty ? 1 : 2) }
        let height = min(area.height, max(5, lines))
        let box = Rect(x: area.x + 1, y: area.maxY - height, width: area.width - 2, height: height)
        buffer.box(box, title: " " + picker.title + " ")
        let inner = box.inset(by: 1)
        var y = inner.y
        var number = 0
        for (index, row) in picker.rows.enumerated() {
            guard y < inner.maxY - 1 else { break }
            if row.choice == .heading {
                buffer.put(row.text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .header)
                y += 1
                continue
            }
            number += 1
            let style = index == picker.selected ? Style.selected : row.style == .normal ? Style.dialog : row.style
            buffer.put("\(number)  " + row.text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            y += 1
            if !row.detail.isEmpty, y < inner.maxY - 1 {
                buffer.put("   " + row.detail, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .muted)
                y += 1
            }
        }
        buffer.put(picker.footer, in: inner.row(inner.height - 1), style: .keyHint)
    }
}
