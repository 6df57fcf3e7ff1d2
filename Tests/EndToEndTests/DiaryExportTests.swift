import Foundation
import Testing

/// `diary export` read back by an independent RFC 5545 parser: Python's `icalendar` package (`.ci/run` installs it).
@Suite(.serialized) struct DiaryExportTests {
    let casework: CaseworkBinary

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    /// Parses a calendar on standard input and prints what a calendar program would make of it, as JSON.
    static let parser = """
        import json, sys
        from datetime import timezone
        from icalendar import Calendar
        data = sys.stdin.buffer.read()
        calendar = Calendar.from_ical(data)
        events = []
        for event in calendar.walk("VEVENT"):
            start = event.decoded("DTSTART")
            events.append({
                "uid": str(event.get("UID")), "sequence": int(event.get("SEQUENCE")), "status": str(event.get("STATUS")),
                "class": str(event.get("CLASS")), "summary": str(event.get("SUMMARY")),
                "description": str(event.get("DESCRIPTION")), "location": str(event.get("LOCATION")),
                "start": start.isoformat(), "startUTC": start.astimezone(timezone.utc).isoformat(),
                "end": event.decoded("DTEND").isoformat(), "tzid": str(event["DTSTART"].params.get("TZID")),
                "attendees": len(event.get("ATTENDEE", []) or []),
            })
        lines = data.split(b"\\r\\n")
        print(json.dumps({
            "method": str(calendar.get("METHOD")), "version": str(calendar.get("VERSION")),
            "zones": [str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")], "events": events,
            "longestLine": max(len(line) for line in lines), "bareLineFeed": b"\\n" in data.replace(b"\\r\\n", b""),
        }))
        """

    func parse(_ calendar: Data) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.parser]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(calendar)
        try input.fileHandleForWriting.close()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the icalendar parser failed (pip install icalendar): \(stderr)")
        return try JSONSerialization.jsonObject(with: stdout) as? [String: Any] ?? [:]
    }

    func export(_ officer: String) throws -> (parsed: [String: Any], raw: Data) {
        let output = try casework.run(["diary", "export", "--officer", officer, "--from", "2026-11-01", "--to", "2027-12-31", "--ics", "-"],
                                      user: "helen")
        #expect(output.status == 0, "\(output.stderr)")
        let raw = Data(output.stdout.utf8)
        return (try parse(raw), raw)
    }

    func event(_ parsed: [String: Any], containing ref: String) -> [String: Any]? {
        (parsed["events"] as? [[String: Any]])?.first { ($0["summary"] as? String)?.contains(ref) == true }
    }

    @Test func exportsParseAndKeepTheirUIDsAcrossChanges() throws {
        defer { casework.removeData() }
        #expect(try casework.run(["diary", "book", "H-0004", "--slot", "amara@2026-11-30T09:30"]).status == 0)
        #expect(try casework.run(["diary", "book", "H-0007", "--slot", "amara@2027-04-05T09:30"]).status == 0)
        let first = try export("amara").parsed
        #expect(first["method"] as? String == "PUBLISH")
        #expect(first["version"] as? String == "2.0")
        #expect(first["zones"] as? [String] == ["Europe/London"])
        #expect((first["longestLine"] as? Int ?? 99) <= 75)
        #expect(first["bareLineFeed"] as? Bool == false)
        let events = try #require(first["events"] as? [[String: Any]])
        #expect(events.allSatisfy { $0["class"] as? String == "PRIVATE" && $0["tzid"] as? String == "Europe/London" && $0["attendees"] as? Int == 0 })
        // GMT in November, BST in April: the same 09:30 on the wall is a different instant.
        let winter = try #require(event(first, containing: "H-0004"))
        #expect(winter["start"] as? String == "2026-11-30T09:30:00+00:00")
        #expect(winter["startUTC"] as? String == "2026-11-30T09:30:00+00:00")
        let summer = try #require(event(first, containing: "H-0007"))
        #expect(summer["start"] as? String == "2027-04-05T09:30:00+01:00")
        #expect(summer["startUTC"] as? String == "2027-04-05T08:30:00+00:00")
        #expect(summer["summary"] as? String == "Assessment interview: H-0007")
        #expect(summer["sequence"] as? Int == 0)

        #expect(try casework.run(["diary", "move", "H-0007", "--appointment", "1", "--slot", "amara@2027-04-08T09:30"]).status == 0)
        #expect(try casework.run(["diary", "cancel", "H-0004", "--appointment", "1", "--reason", "Moved away, with family"]).status == 0)
        let second = try export("amara").parsed
        let moved = try #require(event(second, containing: "H-0007"))
        #expect(moved["uid"] as? String == summer["uid"] as? String)
        #expect(moved["sequence"] as? Int == 1)
        #expect(moved["start"] as? String == "2027-04-08T09:30:00+01:00")
        let cancelled = try #require(event(second, containing: "H-0004"))
        #expect(cancelled["uid"] as? String == winter["uid"] as? String)
        #expect(cancelled["status"] as? String == "CANCELLED")
        #expect(cancelled["sequence"] as? Int == 1)
        #expect((cancelled["description"] as? String)?.contains("Moved away") == false)
        #expect((second["events"] as? [[String: Any]])?.count == events.count)
    }

    /// No name, address or phone of any applicant reaches the calendar; a restricted case says "Restricted" and no more.
    @Test func carriesNoPersonalData() throws {
        defer { casework.removeData() }
        #expect(try casework.run(["diary", "book", "H-0003", "--slot", "ruth@2026-12-01T10:00"], user: "helen").status == 0)
        let listed = try casework.run(["case", "list", "--json"], user: "helen")
        let rows = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        // The calendar's own name is its caseworker's: staff names may appear, so only other words count.
        let staff: Set<String> = ["Amara", "Okafor", "Dev", "Patel", "Siobhán", "Murphy", "Kwame", "Mensah", "Ruth", "Adeyemi"]
        let names = Set(rows.compactMap { $0["name"] as? String }.flatMap { $0.split(separator: " ").map(String.init) })
            .filter { $0.count >= 3 && !staff.contains($0) }
        let shown = try casework.show("H-0003")
        let phone = (shown["applicant"] as? [String: Any])?["phone"] as? String
        for officer in ["amara", "dev", "siobhan", "kwame", "ruth"] {
            let (parsed, raw) = try export(officer)
            let text = String(decoding: raw, as: UTF8.self)
            for name in names { #expect(!text.contains(name), "\(officer): \(name)") }
            if let phone { #expect(!text.contains(phone)) }
            if officer == "ruth" {
                let restricted = try #require(event(parsed, containing: "H-0003"))
                #expect(restricted["summary"] as? String == "Assessment interview: H-0003 (Restricted)")
                #expect(restricted["description"] as? String
                        == "Casework case H-0003, appointment 1: assessment interview, 90 minutes. Restricted case: the details are in Casework.")
            }
        }
    }

    @Test func writesAFileOnlyItsOwnerCanRead() throws {
        defer { casework.removeData() }
        let file = casework.dataDirectory.deletingLastPathComponent().appendingPathComponent("amara-\(UUID().uuidString).ics")
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try casework.run(["diary", "export", "--officer", "amara", "--ics", file.path], user: "helen")
        #expect(output.status == 0, "\(output.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try parse(try Data(contentsOf: file))["method"] as? String == "PUBLISH")
        let neither = try casework.run(["diary", "export", "--ics", "-"], user: "helen")
        #expect(neither.status == 64)
    }
}
