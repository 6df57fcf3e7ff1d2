import Foundation
import Testing

/// The diary in the real console, in tmux: booking a case from the queue with `b` and one key, then seeing it on the
/// command line (today Thursday 26 November 2026 on the demo).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is needed for the console's end-to-end tests"))
struct DiaryConsoleTests {
    let casework: CaseworkBinary

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    @Test func bookingFromTheQueueTakesOneKey() throws {
        defer { casework.removeData() }
        let session = try TmuxSession(command: "\(CaseworkBinary.path) --data-dir \(casework.dataDirectory.path)",
                                      environment: casework.environment(user: "priya"))
        try session.waitFor("Triage queue")
        // Bilal Khan (H-0034), routed to the council and waiting for his interview.
        try session.press("/")
        try session.type("H-0034")
        try session.press("Enter")
        try session.waitFor("Bilal Khan")
        try session.press("b")
        let offered = try session.waitFor("Best slots for H-0034")
        #expect(offered.contains("Council caseworker (the case's route)"))
        try session.press("Enter")
        let booked = try session.waitFor("Booked H-0034 with")
        #expect(booked.contains("H-0034 2A 1C"))
        try session.press("F10")
        try session.waitUntil(describe: "the console to exit") { !$0.contains("Casework │") }

        let shown = try casework.show("H-0034")
        let appointments = try #require(shown["appointments"] as? [[String: Any]])
        #expect(appointments.count == 1)
        #expect(appointments.first?["status"] as? String == "booked")
        #expect(appointments.first?["bookedBy"] as? String == "priya")
        #expect(shown["status"] as? String == "appointment-booked")
        let doctor = try casework.run(["doctor"], user: "helen")
        #expect(doctor.status == 0, "\(doctor.stdout)")
    }

    /// F3 at 80x24 and at 160x48: the week, the days shaded, the demand chart, and `v` for the team's day.
    @Test func theDiaryAtBothSizes() throws {
        defer { casework.removeData() }
        for (width, height) in [(80, 24), (160, 48)] {
            let session = try TmuxSession(command: "\(CaseworkBinary.path) --data-dir \(casework.dataDirectory.path)",
                                          environment: casework.environment(user: "helen"), width: width, height: height)
            try session.waitFor("Triage queue")
            try session.press("F3")
            // Polled until the whole week is drawn: a capture can land between the title and the chart.
            try session.waitUntil(describe: "the week and its demand chart") {
                $0.contains("Amara Okafor · Council · week 48") && $0.contains("Demand against capacity")
            }
            try session.press("v")
            try session.waitFor("Team diary · Thu 26 Nov 2026")
            try session.press("F10")
            try session.waitUntil(describe: "the console to exit") { !$0.contains("Casework │") }
        }
    }
}
