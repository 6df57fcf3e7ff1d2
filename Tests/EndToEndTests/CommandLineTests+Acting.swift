import Foundation
import Testing

/// On a live caseload the officer acting is the operating-system login, whatever `--user` or `CASEWORK_USER` say.
extension CommandLineTests {
    /// The demo made live, with `member`'s login set to the account running the tests.
    func makeLive(loginOf member: String) throws {
        let meta = casework.dataDirectory.appendingPathComponent("casework.json")
        let text = try String(contentsOf: meta, encoding: .utf8).replacingOccurrences(of: "\"demo\"", with: "\"live\"")
        try text.write(to: meta, atomically: true, encoding: .utf8)
        let staffFile = casework.dataDirectory.appendingPathComponent("staff.json")
        var staff = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: staffFile)) as? [String: Any])
        var members = try #require(staff["members"] as? [[String: Any]])
        for index in members.indices where members[index]["id"] as? String == member { members[index]["login"] = Self.login }
        staff["members"] = members
        try JSONSerialization.data(withJSONObject: staff).write(to: staffFile)
    }

    static let login: String = {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return NSUserName() }
        return String(cString: name)
    }()

    @Test func onALiveCaseloadTheLoginActsAndAnotherUserIsRefused() throws {
        defer { casework.removeData() }
        try makeLive(loginOf: "priya")
        let before = try casework.auditJournal()
        for claimed in [["--user", "helen"], []] {
            let output = try casework.run(["case", "show", "H-0003"] + claimed, user: claimed.isEmpty ? "helen" : "priya")
            #expect(output.status == 1)
            #expect(output.stderr.hasPrefix("casework: --user \"helen\": on a live caseload you act as yourself"), "\(output.stderr)")
        }
        #expect(try casework.auditJournal() == before, "a refused impersonation reaches no case")

        let note = try casework.run(["case", "note", "H-0002", "Rang back."], environment: ["CASEWORK_USER": ""])
        #expect(note.status == 0, "\(note.stderr)")
        let own = try casework.run(["--user", "priya", "case", "show", "H-0003"])
        #expect(own.status == 1 && own.stderr.contains("H-0003 is restricted"), "the login's own clearance: \(own.stderr)")
        let audit = try casework.auditJournal().split(separator: "\n").suffix(2)
        #expect(audit.allSatisfy { $0.contains("\"by\":\"priya\"") }, "\(audit)")
    }

    @Test func aLoginNotOnALiveStaffListIsRefused() throws {
        defer { casework.removeData() }
        try makeLive(loginOf: "nobody-with-this-id")
        let output = try casework.run(["case", "list"], environment: ["CASEWORK_USER": ""])
        // The account running the tests is on no member, unless it happens to be a demo staff id.
        if !["priya", "tomasz", "amara", "dev", "siobhan", "kwame", "ruth", "helen"].contains(Self.login) {
            #expect(output.status == 1)
            #expect(output.stderr.contains("is not in this caseload's staff directory"), "\(output.stderr)")
        }
    }

    @Test func importIntoTheDemoSaysLoudlyItIsTheDemo() throws {
        defer { casework.removeData() }
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Resources/examples/applications.jsonl").path
        let output = try casework.run(["import", example])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("casework: warning: this is the DEMO caseload"), "\(output.stderr)")
    }
}
