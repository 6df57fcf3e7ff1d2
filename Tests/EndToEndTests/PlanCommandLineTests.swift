import Foundation
import Testing

/// The plan on the command line, as the README gives it: steps, agreement, a version, the letter, the JSON shape,
/// and the refusals, each change printing the case's new revision.
@Suite(.serialized) struct PlanCommandLineTests {
    let casework: CaseworkBinary

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    func run(_ arguments: [String], user: String = "amara") throws -> CaseworkBinary.Output {
        try casework.run(arguments, user: user)
    }

    func revision(_ ref: String) throws -> Int { try casework.show(ref)["revision"] as? Int ?? 0 }

    @Test func aPlanWrittenAgreedChangedAndLettered() throws {
        defer { casework.removeData() }
        var before = try revision("H-0001")
        let added = try run(["plan", "step", "add", "1", "--owner", "council", "--text", "Refer for floating support",
                             "--partner", "floating-support", "--due", "2026-12-10"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "H-0001 revision \(before + 1): step 6 added to plan version 1\n")
        before += 1
        let agreed = try run(["plan", "agree", "H-0001"])
        #expect(agreed.stdout == "H-0001 revision \(before + 1): plan version 1 agreed on 2026-11-26\n")
        let standard = try run(["plan", "step", "add", "1", "--standard", "bank-statements"])
        #expect(standard.stdout.hasSuffix("step 7 added to plan version 2\n"), "\(standard.stdout)\(standard.stderr)")
        #expect(try run(["plan", "agree", "1"]).status == 0)
        let done = try run(["plan", "step", "done", "1", "3"])
        #expect(done.stdout.hasSuffix("step 3 done on 2026-11-26\n"))

        let shown = try run(["plan", "show", "1", "--json"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(Set(plan.keys) == ["version", "agreedOn", "notAgreedReason", "reviewDueOn", "notifiedOn", "steps", "totalCost", "versions"])
        #expect(plan["version"] as? Int == 2)
        #expect(plan["agreedOn"] as? String == "2026-11-26")
        #expect(plan["notifiedOn"] is NSNull)
        #expect(plan["totalCost"] as? Double == 2_210)
        let steps = try #require(plan["steps"] as? [[String: Any]])
        #expect(Set(steps[0].keys) == ["id", "owner", "text", "dueOn", "status", "doneOn", "partner", "cost"])
        let floating = try #require(steps.first { $0["id"] as? Int == 6 })
        #expect(floating["partner"] as? String == "floating-support" && floating["cost"] as? Double == 640)
        #expect(steps.first { $0["id"] as? Int == 3 }?["status"] as? String == "done")
        let versions = try #require(plan["versions"] as? [[String: Any]])
        #expect(versions.map { $0["version"] as? Int } == [1, 2])
        #expect(Set(versions[1].keys) == ["version", "on", "by", "changes"])
        #expect((versions[1]["changes"] as? [String])?.first?.hasPrefix("Step 7 added") == true)

        let letterFile = casework.dataDirectory.deletingLastPathComponent().appendingPathComponent("plan-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: letterFile) }
        let letter = try run(["plan", "letter", "1", "--format", "html", "--out", letterFile.path])
        #expect(letter.status == 0, "\(letter.stderr)")
        #expect(letter.stdout.hasSuffix("plan letter (version 2) written and recorded as sent\n"))
        let html = try String(contentsOf: letterFile, encoding: .utf8)
        #expect(html.contains("Hafid Hafiz") && html.contains("Hertside Floating Support") && html.contains("Provide three months of bank statements"))
        let attributes = try FileManager.default.attributesOfItem(atPath: letterFile.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try run(["plan", "letter", "1", "--version", "1", "--format", "text", "--out", "-"])
        #expect(text.stderr.hasSuffix("plan letter (version 1) written and recorded as sent\n"))
        #expect(!text.stdout.contains("bank statements"))
        #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 72 })
        let notified = try run(["plan", "show", "1", "--json"])
        #expect(notified.stdout.contains("\"notifiedOn\" : \"2026-11-26\""))
        // Neither the letter's path nor its words go into the audit journal.
        let journal = try casework.auditJournal()
        #expect(!journal.contains(letterFile.lastPathComponent) && !journal.contains("floating support"))
    }

    @Test func theRefusalsTheIssueLists() throws {
        defer { casework.removeData() }
        let cases: [([String], String)] = [
            (["plan", "step", "add", "1", "--owner", "council", "--text", " "], "has no text"),
            (["plan", "step", "add", "1", "--owner", "council", "--text", "Call", "--due", "2020-01-01"], "before the application"),
            (["plan", "step", "add", "1", "--owner", "council", "--text", "Refer", "--partner", "nobody"], "no partner 'nobody' in the directory"),
            (["plan", "agree", "2"], "no plan yet"),
            (["plan", "letter", "1", "--format", "text", "--out", "-"], "not agreed or recorded as not agreed"),
            (["plan", "disagree", "1", "--reason", " "], "why the applicant does not agree"),
            (["duty", "refusal", "1", "--step", "1"], "no settled personalised housing plan"),
        ]
        let journal = try casework.auditJournal()
        for (arguments, expected) in cases {
            let output = try run(arguments)
            #expect(output.status == 1, "\(arguments): \(output.stdout)")
            #expect(output.stderr.contains(expected), "\(arguments): \(output.stderr)")
        }
        // A refusal before the service changes nothing; a refused change to a case writes no revision.
        #expect(try casework.auditJournal() == journal)
    }

    @Test func aRestrictedCasesLetterIsRefusedToStaffNotCleared() throws {
        defer { casework.removeData() }
        let output = try run(["plan", "letter", "3", "--format", "text", "--out", "-"], user: "tomasz")
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("restricted"))
    }

    @Test func aBadPartnersFileIsNamedByLine() throws {
        defer { casework.removeData() }
        let bad = "{\"partners\": [\n  {\"id\": \"a\", \"name\": \"A\", \"kind\": \"magic\", \"offers\": \"x\", \"usualCost\": 1}\n]}"
        try Data(bad.utf8).write(to: casework.dataDirectory.appendingPathComponent("partners.json"))
        let output = try run(["plan", "step", "add", "1", "--owner", "council", "--text", "Refer"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("partners.json: line 2, partners[0].kind: 'magic' is not one of"))
    }
}
