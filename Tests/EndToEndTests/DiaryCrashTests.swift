import Foundation
import Testing

/// A booking killed with SIGKILL at any moment leaves the case's appointment and the slot's claim both there or
/// neither: never a case holding a slot nobody's claim protects, never a claim doctor cannot explain.
@Suite(.serialized) struct DiaryCrashTests {
    let casework: CaseworkBinary
    static let slot = "kwame@2026-12-02T09:30"

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    /// Starts a command and kills it with SIGKILL after `delay`; true when it finished first.
    func runKilled(_ arguments: [String], after delay: Duration) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CaseworkBinary.path)
        process.arguments = arguments
        process.environment = casework.environment(user: "helen")
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + delay
        while process.isRunning, ContinuousClock.now < deadline { usleep(200) }
        let finished = !process.isRunning
        if !finished { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return finished
    }

    /// The booked appointment of H-0002 in the slot, from the committed case; and the slot's claim on disk.
    func state() throws -> (held: Int?, claim: (ref: String, appointment: Int)?) {
        let shown = try casework.show("H-0002")
        let appointments = shown["appointments"] as? [[String: Any]] ?? []
        let held = appointments.first {
            $0["status"] as? String == "booked" && $0["officer"] as? String == "kwame" && $0["on"] as? String == "2026-12-02"
                && $0["startMinute"] as? Int == 570
        }?["id"] as? Int
        let file = casework.dataDirectory.appendingPathComponent("diary/claims/kwame/2026-12-02.json")
        guard let data = try? Data(contentsOf: file),
              let day = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let claim = (day["claims"] as? [String: Any])?["09:30"] as? [String: Any] else { return (held, nil) }
        return (held, (claim["ref"] as? String ?? "", claim["appointment"] as? Int ?? 0))
    }

    @Test func bookingsAndCancellationsKilledAtRandomMomentsLeaveBothOrNeither() throws {
        defer { casework.removeData() }
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<16 {
            let before = try state()
            let arguments = before.held.map { ["diary", "cancel", "H-0002", "--appointment", "\($0)", "--reason", "Round \(round)"] }
                ?? ["diary", "book", "H-0002", "--slot", Self.slot, "--kind", "other"]
            if try !runKilled(arguments, after: .milliseconds(Int.random(in: 5...90, using: &generator))) { killed += 1 }
            let after = try state()
            if let held = after.held {
                // Committed: the claim is there and names this appointment.
                #expect(after.claim?.ref == "H-0002" && after.claim?.appointment == held, "round \(round)")
            }
            let doctor = try casework.run(["doctor", "--json"], user: "helen")
            let report = try JSONSerialization.jsonObject(with: Data(doctor.stdout.utf8)) as? [String: Any] ?? [:]
            let kinds = Set((report["findings"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
            // What a kill may leave is only ever repairable leftovers of the write that did not count.
            #expect(kinds.isSubset(of: ["stale-claim", "stale-temp-file"]), "round \(round): \(kinds)")
            if after.held == nil, let claim = after.claim { #expect(kinds.contains("stale-claim"), "round \(round): \(claim)") }
        }
        let repaired = try casework.run(["doctor", "--repair"], user: "helen")
        #expect(repaired.status == 0, "\(repaired.stdout)")
        #expect(try casework.run(["doctor"], user: "helen").status == 0)
        // The timing is random; on a quiet machine most rounds are cut short before they finish.
        print("diary crash test: \(killed) of 16 writes killed before they finished")
    }
}
