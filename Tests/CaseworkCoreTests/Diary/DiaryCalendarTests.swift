import Testing
@testable import CaseworkCore

@Suite struct DiaryCalendarTests {
    let calendar = DiaryCalendar(dataSet: Timestamp(iso: "2026-03-02T10:14:00Z")!, stamp: Timestamp(iso: "2026-12-01T10:00:05Z")!,
                                 name: "Amara Okafor, housing options")

    func entry(_ change: (inout Appointment) -> Void = { _ in }, restricted: Bool = false) -> DiaryCalendar.Entry {
        var appointment = Appointment(id: 3, kind: .assessmentInterview, on: Day(iso: "2026-07-01")!, startMinute: 570,
                                      durationMinutes: 90, officer: "amara", location: "Civic Centre, room 1; ground floor")
        change(&appointment)
        return DiaryCalendar.Entry(ref: "H-0042", appointment: appointment, restricted: restricted)
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b;c\\d", "a\\,b\\;c\\\\d"), ("one\ntwo", "one\\ntwo"), ("one\r\ntwo", "one\\ntwo"),
        ("bell\u{7}\u{1B}[2J", "bell[2J"), ("Zoë 美玲", "Zoë 美玲"), ("room\u{202E}1 moor", "room1 moor"), ("Ann\u{200B}a", "Anna"),
    ])
    func escapesText(text: String, escaped: String) {
        #expect(ICalendarText.escape(text) == escaped)
    }

    /// Long lines fold at 75 octets with CRLF and a space, never inside a UTF-8 character, and unfold to the original.
    @Test(arguments: [74, 75, 76, 150, 400])
    func foldsAt75Octets(length: Int) {
        for filler in ["a", "é", "美", "🏠"] {
            var line = "DESCRIPTION:"
            while line.utf8.count < length { line += filler }
            let folded = ICalendarText.fold(line)
            #expect(folded.hasSuffix("\r\n"))
            // "\r\n" is one Character in Swift: cut the bytes.
            let pieces = String(decoding: folded.utf8.dropLast(2), as: UTF8.self).components(separatedBy: "\r\n")
            #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
            #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
            #expect(pieces.first! + pieces.dropFirst().map { String($0.dropFirst()) }.joined() == line)
        }
    }

    @Test func writesAPublishedCalendarInLondonTime() {
        let text = calendar.document([entry()])
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n")
        for expected in ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:PUBLISH", "BEGIN:VTIMEZONE", "TZID:Europe/London",
                         "UID:H-0042-appointment-3-20260302T101400Z@casework", "SEQUENCE:0", "DTSTAMP:20261201T100005Z",
                         "DTSTART;TZID=Europe/London:20260701T093000", "DTEND;TZID=Europe/London:20260701T110000",
                         "SUMMARY:Assessment interview: H-0042", "LOCATION:Civic Centre\\, room 1\\; ground floor",
                         "CLASS:PRIVATE", "STATUS:CONFIRMED"] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(!lines.contains { $0.hasPrefix("ATTENDEE") || $0.hasPrefix("ORGANIZER") })
    }

    /// Moving raises SEQUENCE under the same UID; a cancellation is STATUS:CANCELLED under it too.
    @Test func theUIDStaysAndTheSequenceRises() {
        let moved = entry { $0.sequence = 1; $0.on = Day(iso: "2026-07-02")! }
        let cancelled = entry { $0.sequence = 2; $0.status = .cancelled }
        #expect(calendar.uid(moved) == calendar.uid(entry()))
        let text = calendar.document([moved, cancelled])
        #expect(text.contains("SEQUENCE:1\r\n"))
        #expect(text.contains("SEQUENCE:2\r\n"))
        #expect(text.contains("STATUS:CANCELLED\r\n"))
    }

    /// The calendar says what kind of appointment for which ref, never who: and of a restricted case, not even that.
    @Test func carriesNoPersonalDataAndMasksRestrictedCases() {
        let open = calendar.description(entry { $0.interpreter = .needed; $0.thirdParty = .supportWorker })
        #expect(open == "Casework case H-0042, appointment 3: assessment interview, 90 minutes. Interpreter needed, not yet arranged. "
            + "Support worker expected, not yet arranged.")
        let restricted = entry({ $0.interpreter = .needed }, restricted: true)
        #expect(calendar.summary(restricted) == "Assessment interview: H-0042 (Restricted)")
        #expect(calendar.description(restricted) == "Casework case H-0042, appointment 3: assessment interview, 90 minutes. "
            + "Restricted case: the details are in Casework.")
    }
}
