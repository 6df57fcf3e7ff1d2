/// The demo's diary: weekly patterns for its caseworkers (about two dozen interview slots a week across the team,
/// as at the seed council, where 25–34 households present for 18–27 slots), absences dated from today, and the
/// demo's appointments moved onto those slots. Large generated caseloads get patterns for up to 40 caseworkers.
public enum DemoDiary {
    /// The demo team's patterns, with an absence each for two of them in the coming weeks.
    public static func setup(today: Day) -> DiarySetup {
        func slot(_ day: Weekday, _ time: String, _ minutes: Int = 60, place: String, emergency: Bool = false) -> PatternSlot {
            PatternSlot(weekday: day, start: LocalTime.minute(of: time)!, minutes: minutes, location: place, emergencyOnly: emergency)
        }
        let civic = "Civic Centre, interview room 1", civic2 = "Civic Centre, interview room 2", hub = "Youth hub, Queens Road"
        let monday = today.adding(days: 7 - today.weekday)
        return DiarySetup(caseworkers: [
            CaseworkerDiary(officer: "amara", week: [
                slot(.monday, "09:30", place: civic), slot(.tuesday, "11:00", 90, place: civic), slot(.wednesday, "14:00", place: PatternSlot.phone),
                slot(.thursday, "09:30", place: civic), slot(.friday, "11:00", 90, place: civic), slot(.friday, "16:00", place: civic2, emergency: true),
            ], absences: [Absence(from: monday.adding(days: 10), to: monday.adding(days: 11), kind: .leave)]),
            CaseworkerDiary(officer: "dev", week: [
                slot(.monday, "14:00", place: civic2), slot(.tuesday, "09:30", place: civic2), slot(.wednesday, "11:00", 90, place: civic2),
                slot(.thursday, "14:00", place: PatternSlot.phone), slot(.friday, "09:30", place: civic2),
            ], absences: [Absence(from: monday.adding(days: 2), to: monday.adding(days: 2), kind: .training)]),
            CaseworkerDiary(officer: "siobhan", week: [
                slot(.monday, "10:00", 90, place: hub), slot(.tuesday, "14:00", place: PatternSlot.phone), slot(.thursday, "10:00", 90, place: hub),
                slot(.friday, "14:00", place: hub),
            ]),
            CaseworkerDiary(officer: "kwame", week: [
                slot(.monday, "11:00", 90, place: civic2), slot(.wednesday, "09:30", 90, place: civic), slot(.thursday, "11:30", 90, place: civic2),
                slot(.friday, "15:00", place: civic, emergency: true),
            ]),
            CaseworkerDiary(officer: "ruth", week: [
                slot(.tuesday, "10:00", 90, place: "Refuge office (address withheld)"), slot(.wednesday, "15:00", place: PatternSlot.phone),
                slot(.thursday, "15:00", 90, place: "Refuge office (address withheld)"),
                slot(.monday, "16:00", place: PatternSlot.phone, emergency: true),
            ]),
        ])
    }

    /// Patterns for the first `limit` caseworkers of a large staff directory: four slots a weekday and one kept for
    /// emergencies, in one of a few shapes so the diaries differ.
    public static func setup(for staff: StaffDirectory, limit: Int = 40) -> DiarySetup {
        let caseworkers = staff.members.filter { $0.role == .caseworker }.prefix(limit)
        let shapes: [[(String, Int, Bool)]] = [
            [("09:30", 60, false), ("11:00", 90, false), ("14:00", 60, true), ("15:30", 60, false)],
            [("09:00", 90, false), ("11:00", 60, false), ("13:30", 60, false), ("15:00", 60, true)],
            [("10:00", 60, false), ("11:30", 90, false), ("14:00", 90, false), ("16:00", 45, true)],
        ]
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        return DiarySetup(caseworkers: caseworkers.enumerated().map { index, member in
            var week: [PatternSlot] = []
            for day in weekdays {
                for (time, minutes, phone) in shapes[index % shapes.count] {
                    week.append(PatternSlot(weekday: day, start: LocalTime.minute(of: time)!, minutes: minutes,
                                            location: phone ? PatternSlot.phone : "Civic Centre, room \(index % 6 + 1)"))
                }
            }
            week.append(PatternSlot(weekday: weekdays[index % 5], start: 16 * 60 + 45, minutes: 45,
                                    location: "Civic Centre, duty room", emergencyOnly: true))
            return CaseworkerDiary(officer: member.id, week: week)
        })
    }

    /// The demo caseload with its diary: the cases of `DemoCaseload`, their appointments on the pattern's slots, and
    /// three stories for the diary's alerts: Liam's interview needs his drug service's support worker, not yet
    /// arranged; Fadumo's plan review needs a Somali interpreter, not yet booked; Renée missed her plan review.
    /// The presentations figure is the seed council's (25–34 a week), since 50 cases are only a sample of its year.
    public static func caseload(today: Day) -> (setup: DiarySetup, cases: [Case]) {
        var setup = setup(today: today)
        setup.settings.presentationsPerWeek = 29
        var placement = DiaryPlacement(setup: setup, staff: DemoStaff.directory, today: today, seed: DemoCaseload.seed)
        let soon = WorkingCalendar.england.adding(workingDays: 1, to: today)
        let cases = DemoCaseload.cases(today: today).map { record in
            var record = record
            switch record.externalId {
            case "WEB-DEMO-005":
                var interview = Appointment(id: 1, kind: .assessmentInterview, on: soon, startMinute: 660, officer: "kwame")
                interview.thirdParty = .supportWorker
                record.appointments = [interview]
                record.status = .appointmentBooked
            case "WEB-DEMO-009":
                record.appointments.append(Appointment(id: record.nextAppointmentId, kind: .planReview,
                                                       on: WorkingCalendar.england.adding(workingDays: -1, to: today),
                                                       startMinute: 600, officer: "siobhan", status: .missed))
            case "WEB-DEMO-010":
                record.appointments.append(Appointment(id: record.nextAppointmentId, kind: .planReview, on: soon.adding(days: 1),
                                                       startMinute: 600, officer: "dev"))
            default: break
            }
            placement.place(&record)
            if record.externalId == "WEB-DEMO-010", let index = record.appointments.indices.last {
                record.appointments[index].interpreter = .needed
            }
            return record
        }
        return (setup, cases)
    }
}

/// Puts generated appointments where a real diary would have them: each on a free slot of its caseworker's pattern
/// near the day it was made for (another caseworker of the route's team when its own has no diary), and never two
/// in one slot. Caseworkers without a diary keep their appointments, at times no one else holds. Interviews of
/// applicants who need an interpreter go into slots long enough for one. Cases being worked also get their plan
/// review booked, and a few applicants an earlier missed appointment, so the diary has every kind of entry.
public struct DiaryPlacement {
    let calendar: SlotCalendar
    let staff: StaffDirectory
    let today: Day
    var random: SeededRandom
    private var taken = Set<SlotKey>()
    private let diaries: Set<String>

    public init(setup: DiarySetup, staff: StaffDirectory, today: Day, seed: UInt64) {
        calendar = SlotCalendar(setup: setup)
        self.staff = staff
        self.today = today
        random = SeededRandom(seed: seed ^ 0xD1A2)
        diaries = Set(setup.caseworkers.map(\.officer))
    }

    public mutating func place(_ record: inout Case) {
        guard !record.appointments.isEmpty || record.status == .duty else { return }
        if record.status == .duty, let review = record.plan?.reviewDueOn, review > today, today.days(until: review) <= 42 {
            record.appointments.append(Appointment(id: record.nextAppointmentId, kind: .planReview, on: review, startMinute: 600,
                                                   officer: record.assignedOfficer ?? "", location: nil))
        }
        if let interview = record.appointments.first(where: { $0.status == .attended }), random.chance(0.08) {
            var missed = interview
            missed.id = record.nextAppointmentId
            missed.status = .missed
            missed.on = interview.on.adding(days: -random.int(3...6))
            record.appointments.append(missed)
        }
        let team = record.route?.team ?? CaseGenerator.routeSuggestion(for: record)
        let interpreter = record.applicant.interpreterNeeded
        for index in record.appointments.indices {
            var appointment = record.appointments[index]
            let past = appointment.status != .booked
            if let slot = freeSlot(near: appointment.on, for: appointment.officer, team: team, past: past, long: interpreter) {
                appointment.on = slot.day
                appointment.startMinute = slot.start.minute
                appointment.durationMinutes = slot.minutes
                appointment.officer = slot.officer
                appointment.location = slot.location
            } else {
                let key = uniqueTime(for: appointment.slot)
                appointment.on = key.day
                appointment.startMinute = key.start.minute
            }
            taken.insert(appointment.slot)
            if interpreter { appointment.interpreter = past || random.chance(0.5) ? .arranged : .needed }
            if !past, record.supportNeeds.contains(.mentalHealth) || record.careLeaver {
                appointment.thirdParty = record.careLeaver ? .socialWorker : .supportWorker
                appointment.thirdPartyArranged = random.chance(0.5)
            }
            appointment.bookedBy = appointment.bookedBy ?? record.triage.decidedBy
            record.appointments[index] = appointment
        }
    }

    /// The nearest free pattern slot to `day` (up to three weeks either way; only before today for an appointment that
    /// has happened, only after it for one to come) of `officer`, or of another diary of the team.
    private func freeSlot(near day: Day, for officer: String, team: Team, past: Bool, long: Bool) -> DiarySlot? {
        var officers = diaries.contains(officer) ? [officer] : []
        officers += calendar.officers.filter { $0 != officer && staff.member($0)?.team == team }
        guard !officers.isEmpty else { return nil }
        for distance in 0...21 {
            for candidate in Set([day.adding(days: distance), day.adding(days: -distance)]).sorted() {
                guard past ? candidate < today : candidate > today else { continue }
                for id in officers {
                    let slots = calendar.slots(of: id, on: candidate).filter { !$0.emergencyOnly && !taken.contains($0.key) }
                    if let slot = slots.first(where: { !long || $0.minutes >= 90 }) ?? (long ? nil : slots.first) { return slot }
                }
            }
        }
        return nil
    }

    /// The first half hour from `key` on, in office hours on a weekday, that no one else holds for that officer.
    private func uniqueTime(for key: SlotKey) -> SlotKey {
        var day = key.day, minute = max(9 * 60, key.start.minute)
        while true {
            while day.isWeekend { day = day.adding(days: 1) }
            let candidate = SlotKey(officer: key.officer, start: LocalTime(day: day, minute: minute))
            if !taken.contains(candidate) { return candidate }
            minute += 30
            if minute > 16 * 60 + 30 {
                minute = 9 * 60
                day = day.adding(days: 1)
            }
        }
    }
}
