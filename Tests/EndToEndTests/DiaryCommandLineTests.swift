import Foundation
import Testing

/// The diary commands of the real binary, on a fresh demo caseload (today Thursday 26 November 2026).
@Suite(.serialized) struct DiaryCommandLineTests {
    let casework: CaseworkBinary
    /// Open cases with no booking, not restricted: any of them may be booked by Priya.
    static let waiting = ["H-0002", "H-0004", "H-0007", "H-0008", "H-0012", "H-0014", "H-0020", "H-0032"]

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    func json(_ arguments: [String], user: String = "helen") throws -> Any {
        let output = try casework.run(arguments, user: user)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    @Test func slotsAsJSONHaveTheDocumentedShape() throws {
        defer { casework.removeData() }
        let slots = try #require(try json(["diary", "slots", "--team", "--from", "2026-11-30", "--to", "2026-12-04", "--json"]) as? [[String: Any]])
        #expect(slots.count > 15)
        for slot in slots {
            #expect(Set(slot.keys) == ["id", "officer", "start", "end", "location", "emergencyOnly", "inPattern", "ref", "appointment"])
        }
        let booked = try #require(slots.first { $0["ref"] is String })
        let appointment = try #require(booked["appointment"] as? [String: Any])
        #expect(Set(appointment.keys) == ["id", "kind", "status", "sequence", "restricted", "household", "interpreter", "thirdParty",
                                          "thirdPartyArranged"])
        let free = try #require(slots.first { $0["ref"] is NSNull })
        #expect(free["appointment"] is NSNull)
        #expect((free["id"] as? String)?.contains("@2026-") == true)
    }

    @Test func bookingPrintsTheAppointmentAndRevisionAndRefusalsWriteNothing() throws {
        defer { casework.removeData() }
        let before = try casework.show("H-0002")["revision"] as? Int ?? 0
        let booked = try casework.run(["diary", "book", "h-2", "--slot", "amara@2026-11-30T09:30"])
        #expect(booked.status == 0, "\(booked.stderr)")
        #expect(booked.stdout == "H-0002 revision \(before + 1): appointment 1, assessment interview, 2026-11-30 09:30-10:30 with Amara Okafor "
            + "(Civic Centre, interview room 1) [amara@2026-11-30T09:30]\n")
        let journal = try casework.auditJournal()
        let refusals: [([String], String)] = [
            (["diary", "book", "H-0004", "--slot", "amara@2026-11-30T09:30"], "casework: slot amara@2026-11-30T09:30 is already booked by H-0002\n"),
            (["diary", "book", "H-0004", "--slot", "amara@2026-11-23T09:30"], "casework: slot amara@2026-11-23T09:30 is in the past\n"),
            (["diary", "book", "H-0004", "--slot", "amara@2026-12-25T11:00"],
             "casework: 2026-12-25 is a bank holiday (Christmas Day): no slot amara@2026-12-25T11:00\n"),
            (["diary", "book", "H-0004", "--slot", "amara@2026-12-04T16:00"],
             "casework: slot amara@2026-12-04T16:00 is kept for same-day emergencies; it can be booked the day before, or with --emergency\n"),
            (["diary", "book", "H-0003", "--slot", "amara@2026-12-01T11:00"],
             "casework: case H-0003 is restricted; ask a manager or the assigned officer (this attempt has been recorded)\n"),
        ]
        for (arguments, message) in refusals {
            let output = try casework.run(arguments)
            #expect(output.status == 1)
            #expect(output.stderr == message)
            #expect(output.stdout.isEmpty)
        }
        // Only the restricted refusal is recorded, as every refused opening of a restricted case is.
        let added = try casework.auditJournal().dropFirst(journal.count).split(separator: "\n")
        #expect(added.count == 1)
        #expect(added.first?.contains("\"appointment-book-refused\"") == true)
        let malformed = try casework.run(["diary", "book", "H-0004", "--slot", "amara-2026-11-30"])
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("is not a slot id (use OFFICER@YYYY-MM-DDTHH:MM"))
    }

    /// Eight processes book eight cases into one slot at once: one wins, seven are refused with its ref, nothing else.
    @Test func eightProcessesRaceForOneSlot() throws {
        defer { casework.removeData() }
        let journal = try casework.auditJournal()
        let slot = "dev@2026-12-01T09:30"
        let processes = try Self.waiting.map { ref -> (Process, Pipe, Pipe) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CaseworkBinary.path)
            process.arguments = ["diary", "book", ref, "--slot", slot]
            process.environment = casework.environment()
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            return (process, out, err)
        }
        for (process, _, _) in processes { try process.run() }
        var winners: [String] = [], refusals: [String] = []
        for (index, (process, out, err)) in processes.enumerated() {
            let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus == 0 {
                winners.append(Self.waiting[index])
                #expect(stdout.hasPrefix(Self.waiting[index] + " revision "))
            } else {
                #expect(process.terminationStatus == 1)
                refusals.append(stderr)
            }
        }
        #expect(winners.count == 1)
        let winner = try #require(winners.first)
        #expect(refusals == Array(repeating: "casework: slot \(slot) is already booked by \(winner)\n", count: 7))
        let added = try casework.auditJournal().dropFirst(journal.count).split(separator: "\n")
        #expect(added.count == 1)
        #expect(added.first?.contains("\"\(winner)\"") == true)
        let slots = try #require(try json(["diary", "slots", "--officer", "dev", "--from", "2026-12-01", "--to", "2026-12-01", "--json"]) as? [[String: Any]])
        #expect(slots.first { $0["id"] as? String == slot }?["ref"] as? String == winner)
        let doctor = try casework.run(["doctor"], user: "helen")
        #expect(doctor.status == 0, "\(doctor.stdout)")
    }

    @Test func suggestAndNextGiveReasons() throws {
        defer { casework.removeData() }
        let suggested = try #require(try json(["diary", "suggest", "H-0034", "--json"]) as? [String: Any])
        let offered = try #require(suggested["suggestions"] as? [[String: Any]])
        #expect(!offered.isEmpty)
        let first = try #require(offered.first)
        let reasons = try #require(first["reasons"] as? [[String: Any]])
        #expect(reasons.contains { $0["code"] as? String == "case-team" })
        #expect(first["inTime"] as? Bool != nil)
        let slot = try #require((first["slot"] as? [String: Any])?["id"] as? String)
        let next = try #require(try json(["diary", "next", "--slot", slot, "--json"]) as? [String: Any])
        let cases = try #require(next["cases"] as? [[String: Any]])
        #expect(!cases.isEmpty)
        let scores = cases.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        #expect(cases.allSatisfy { ($0["parts"] as? [[String: Any]])?.isEmpty == false })
    }

    @Test func aSecondMissAsksAboutContactAndOffersTheNextSlots() throws {
        defer { casework.removeData() }
        #expect(try casework.run(["diary", "book", "H-0002", "--slot", "siobhan@2026-11-27T14:00"]).status == 0)
        let later = ["CASEWORK_TODAY": "2026-11-30"]
        let first = try casework.run(["diary", "outcome", "H-0002", "--appointment", "1", "--missed"], environment: later)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("appointment 1 missed (1 in a row)"))
        #expect(first.stdout.contains("Next free slots (casework diary book H-0002 --slot ID):"))
        #expect(!first.stdout.contains("Should the council warn"))
        let rebook = try casework.run(["diary", "book", "H-0002", "--slot", "siobhan@2026-12-03T10:00"], environment: later)
        #expect(rebook.status == 0, "\(rebook.stderr)")
        let second = try casework.run(["diary", "outcome", "H-0002", "--appointment", "2", "--missed"],
                                      environment: ["CASEWORK_TODAY": "2026-12-04"])
        #expect(second.stdout.contains("appointment 2 missed (2 in a row)"))
        #expect(second.stdout.contains("This is the second missed appointment in a row. Should the council warn in writing"))
        let alerts = try #require(try casework.show("H-0002")["alerts"] as? [[String: Any]])
        #expect(alerts.contains { $0["kind"] as? String == "contact-warning-undecided" })
        let decided = try casework.run(["diary", "outcome", "H-0002", "--appointment", "2", "--missed", "--no-warn-contact"],
                                       environment: ["CASEWORK_TODAY": "2026-12-04"])
        #expect(decided.stdout.contains("Recorded: no contact warning for now."))
        let moved = try casework.run(["diary", "outcome", "H-0002", "--appointment", "2", "--attended", "--warn-contact"])
        #expect(moved.status == 64)
    }

    @Test func forecastAsJSONHasTheDocumentedShape() throws {
        defer { casework.removeData() }
        let forecast = try #require(try json(["diary", "forecast", "--weeks", "3", "--json"]) as? [String: Any])
        let weeks = try #require(forecast["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String } == ["2026-W48", "2026-W49", "2026-W50"])
        for week in weeks {
            #expect(Set(week.keys) == ["week", "monday", "presentations", "slots", "booked", "free", "backlogStart", "backlogEnd", "load",
                                       "reliefSlots", "projected"])
        }
        #expect(forecast["presentationsFrom"] as? String == "setting")
    }
}
