/// The diary as an RFC 5545 calendar for Outlook and the other calendars councils use: `METHOD:PUBLISH`, no
/// attendees, one VEVENT per appointment. Each appointment keeps one UID across exports (importing again updates it,
/// never duplicates it) and raises its SEQUENCE when it moves or is cancelled; a cancelled one is
/// `STATUS:CANCELLED` under the same UID. Times are Europe/London with its VTIMEZONE, never floating.
///
/// Calendars leak: every event is `CLASS:PRIVATE`, and SUMMARY and DESCRIPTION carry the case ref and the kind of
/// appointment, never the applicant's name, address or phone. A restricted case is marked "Restricted" and says no
/// more, whoever exports it: the file leaves Casework's access control.
public struct DiaryCalendar: Sendable {
    /// One appointment to export, with what the calendar may say about its case.
    public struct Entry: Hashable, Sendable {
        public let ref: String
        public let appointment: Appointment
        public let restricted: Bool

        public init(ref: String, appointment: Appointment, restricted: Bool) {
            self.ref = ref
            self.appointment = appointment
            self.restricted = restricted
        }
    }

    /// Tells this data set's UIDs from another's: its creation time, fixed for its life.
    public let dataSet: Timestamp
    /// The export's moment (DTSTAMP), on the team's clock (UTC).
    public let stamp: Timestamp
    /// The calendar's display name (X-WR-CALNAME): a caseworker's name or the team's.
    public let name: String

    public init(dataSet: Timestamp, stamp: Timestamp, name: String) {
        self.dataSet = dataSet
        self.stamp = stamp
        self.name = name
    }

    public func document(_ entries: [Entry]) -> String {
        var out = ""
        out.reserveCapacity(600 + entries.count * 520)
        func line(_ text: String) { out += ICalendarText.fold(text) }
        line("BEGIN:VCALENDAR")
        line("VERSION:2.0")
        line("PRODID:-//Casework//Housing options diary//EN")
        line("CALSCALE:GREGORIAN")
        line("METHOD:PUBLISH")
        line("X-WR-CALNAME:" + ICalendarText.escape(name))
        line("X-WR-TIMEZONE:" + LondonTime.zoneName)
        for text in Self.londonZone { line(text) }
        for entry in entries { event(entry, line) }
        line("END:VCALENDAR")
        return out
    }

    /// The UID an appointment keeps for ever: its case, its number, and the data set.
    public func uid(_ entry: Entry) -> String {
        "\(entry.ref)-appointment-\(entry.appointment.id)-\(Self.utc(dataSet))@casework"
    }

    private func event(_ entry: Entry, _ line: (String) -> Void) {
        let appointment = entry.appointment
        line("BEGIN:VEVENT")
        line("UID:" + uid(entry))
        line("SEQUENCE:\(appointment.sequence)")
        line("DTSTAMP:" + Self.utc(stamp))
        line("DTSTART;TZID=\(LondonTime.zoneName):" + LondonTime.stamp(appointment.start))
        line("DTEND;TZID=\(LondonTime.zoneName):" + LondonTime.stamp(appointment.end))
        line("SUMMARY:" + ICalendarText.escape(summary(entry)))
        line("DESCRIPTION:" + ICalendarText.escape(description(entry)))
        if let location = appointment.location {
            line("LOCATION:" + ICalendarText.escape(location == PatternSlot.phone ? "By phone" : location))
        }
        line("CLASS:PRIVATE")
        line("STATUS:" + (appointment.status == .cancelled ? "CANCELLED" : "CONFIRMED"))
        line("TRANSP:" + (appointment.status == .cancelled ? "TRANSPARENT" : "OPAQUE"))
        line("END:VEVENT")
    }

    func summary(_ entry: Entry) -> String {
        let kind = entry.appointment.kind.label
        return entry.restricted ? "\(kind): \(entry.ref) (\(CaseAccess.restrictedLabel))" : "\(kind): \(entry.ref)"
    }

    func description(_ entry: Entry) -> String {
        let appointment = entry.appointment
        var parts = ["Casework case \(entry.ref), appointment \(appointment.id): \(appointment.kind.label.lowercased()), "
            + "\(appointment.durationMinutes) minutes."]
        if entry.restricted {
            parts.append("\(CaseAccess.restrictedLabel) case: the details are in Casework.")
        } else {
            switch appointment.interpreter {
            case .needed: parts.append("Interpreter needed, not yet arranged.")
            case .arranged: parts.append("Interpreter arranged.")
            case .notNeeded: break
            }
            if let party = appointment.thirdParty {
                parts.append("\(party.label) expected" + (appointment.thirdPartyArranged ? ", arranged." : ", not yet arranged."))
            }
        }
        switch appointment.status {
        case .cancelled: parts.append("Cancelled.")
        case .attended: parts.append("Attended.")
        case .missed: parts.append("Missed.")
        case .booked: break
        }
        return parts.joined(separator: " ")
    }

    /// `20261201T093000Z`.
    static func utc(_ time: Timestamp) -> String {
        let (y, m, d) = time.day.components
        return Day.pad(y, 4) + Day.pad(m, 2) + Day.pad(d, 2) + "T" + Day.pad(time.hour, 2) + Day.pad(time.minute, 2)
            + Day.pad(time.secondOfDay % 60, 2) + "Z"
    }

    /// Europe/London as RFC 5545 describes a zone: BST from the last Sunday of March at 01:00 GMT, GMT from the last
    /// Sunday of October at 02:00 BST, the rules `LondonTime` keeps.
    static let londonZone = [
        "BEGIN:VTIMEZONE",
        "TZID:\(LondonTime.zoneName)",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
