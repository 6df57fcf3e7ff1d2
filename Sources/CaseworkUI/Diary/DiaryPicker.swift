import CaseworkCore

/// A short list over the diary to choose from with one key: the best slots for a case, the best cases for a slot,
/// another caseworker, or a caseworker's patterns and absences to edit. ↑ ↓ move, Enter or a digit chooses, Esc closes.
struct DiaryPicker: Sendable {
    enum Choice: Hashable, Sendable {
        case book(ref: String, slot: SlotKey)
        case officer(String)
        case removeSlot(officer: String, PatternSlot)
        case removeAbsence(officer: String, Absence)
        case heading
    }

    struct Row: Hashable, Sendable {
        var text: String
        var detail: String
        var style: Style
        var choice: Choice
    }

    /// What the list is for.
    enum Purpose: Hashable, Sendable { case slots, cases, officers, patterns, waiting }

    var purpose: Purpose
    var title: String
    var rows: [Row]
    var selected: Int
    /// Shown under the rows: what the keys do here.
    var footer: String
    /// The caseworker whose patterns are listed (the editor), for `a` and `l`.
    var editing: String?
    /// A case handed over before the diary was read: its slots are offered once it is.
    var waitingRef: String?

    init(_ purpose: Purpose, title: String, rows: [Row], footer: String, editing: String? = nil) {
        self.purpose = purpose
        self.title = title
        self.rows = rows
        self.footer = footer
        self.editing = editing
        selected = rows.firstIndex { $0.choice != .heading } ?? 0
    }

    static func waitingFor(_ ref: String) -> DiaryPicker {
        var picker = DiaryPicker(.waiting, title: "Best slots for \(ref)", rows: [], footer: "Reading the diary…")
        picker.waitingRef = ref
        return picker
    }

    var choice: Choice? { rows.indices.contains(selected) ? rows[selected].choice : nil }

    mutating func move(by step: Int) {
        var next = selected + step
        while rows.indices.contains(next), rows[next].choice == .heading { next += step }
        if rows.indices.contains(next) { selected = next }
    }

    /// The row a digit picks (1 for the first choice), headings not counted.
    func row(forDigit digit: Int) -> Int? {
        let choosable = rows.indices.filter { rows[$0].choice != .heading }
        return choosable.indices.contains(digit - 1) ? choosable[digit - 1] : nil
    }

    // MARK: Making them

    static func slots(for summary: CaseSummary, _ offered: [SlotSuggestion], screen: DiaryScreen) -> DiaryPicker {
        let rows = offered.map { suggestion in
            let slot = suggestion.slot
            let place = slot.isPhone ? "by phone" : slot.location
            return Row(text: "\(DayFormat.weekdays[slot.day.weekday]) \(DayFormat.dayAndMonth(slot.day)) \(slot.start.clock)  "
                           + "\(screen.context.name(of: slot.officer)), \(place)",
                       detail: suggestion.reasons.words(.console).joined(separator: "; "),
                       style: suggestion.inTime ? .normal : .amber, choice: .book(ref: summary.ref, slot: slot.key))
        }
        return DiaryPicker(.slots, title: "Best slots for \(summary.ref) · \(screen.household(summary))", rows: rows,
                           footer: "Enter books the highlighted slot, 1–\(max(1, rows.count)) books that one, Esc closes")
    }

    static func cases(for slot: DiarySlot, _ offered: [CaseSuggestion], screen: DiaryScreen) -> DiaryPicker {
        let rows = offered.map { candidate in
            // A restricted case keeps its place in the order; its score and reasons are withheld as in every list.
            guard CaseAccess.mayView(candidate.summary, as: screen.context.actor) else {
                return Row(text: "\(candidate.ref)  \(CaseAccess.restrictedLabel)", detail: "", style: .normal,
                           choice: .book(ref: candidate.ref, slot: slot.key))
            }
            let parts = zip(candidate.parts, candidate.points).map { "\($0.label) \(String(format: "%+.0f", $1))" }
            return Row(text: "\(candidate.ref)  \(candidate.summary.applicantName)  score \(String(format: "%.0f", candidate.score))",
                       detail: (parts + candidate.reasons.words(.console)).joined(separator: "; "),
                       style: candidate.reasons.contains(where: \.isLate) ? .amber : .normal,
                       choice: .book(ref: candidate.ref, slot: slot.key))
        }
        return DiaryPicker(.cases, title: "Best waiting cases for \(screen.context.name(of: slot.officer)), "
                               + "\(DayFormat.long(slot.day)) \(slot.start.clock)", rows: rows,
                           footer: "Enter books the highlighted case, 1–\(max(1, rows.count)) books that one, Esc closes")
    }

    static func officers(_ screen: DiaryScreen) -> DiaryPicker {
        let rows = screen.calendar.officers.map { id in
            Row(text: screen.context.name(of: id), detail: screen.context.staff.member(id)?.team?.label ?? "",
                style: .normal, choice: .officer(id))
        }
        var picker = DiaryPicker(.officers, title: "Whose week?", rows: rows, footer: "Enter shows that caseworker's week, Esc closes")
        picker.selected = rows.firstIndex { $0.choice == .officer(screen.officer ?? "") } ?? picker.selected
        return picker
    }

    static func patterns(_ screen: DiaryScreen) -> DiaryPicker {
        guard let officer = screen.officer, let diary = screen.setup?.diary(of: officer) else {
            return DiaryPicker(.patterns, title: "Patterns", rows: [], footer: "No caseworker's diary to edit; Esc closes")
        }
        var rows = [Row(text: "Weekly slots", detail: "", style: .header, choice: .heading)]
        rows += diary.week.map { slot in
            Row(text: "\(slot.weekday.short) \(LocalTime.clock(slot.start))–\(LocalTime.clock(slot.end))  "
                    + (slot.isPhone ? "by phone" : slot.location) + (slot.emergencyOnly ? "  (emergencies)" : ""),
                detail: "", style: .normal, choice: .removeSlot(officer: officer, slot))
        }
        rows.append(Row(text: "Absences", detail: "", style: .header, choice: .heading))
        rows += diary.absences.map { absence in
            Row(text: "\(absence.kind.label): \(DayFormat.medium(absence.from))" + (absence.to == absence.from ? "" : " to \(DayFormat.medium(absence.to))"),
                detail: "", style: .normal, choice: .removeAbsence(officer: officer, absence))
        }
        return DiaryPicker(.patterns, title: "Patterns and absences: \(screen.context.name(of: officer))", rows: rows,
                           footer: "a adds a slot, l an absence, d removes the highlighted one, Esc closes", editing: officer)
    }
}
