import Foundation
import Testing

/// The real binary, run as a user would from the README, against a fresh demo caseload each time.
@Suite(.serialized) struct CommandLineTests {
    let casework: CaseworkBinary

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    func list() throws -> [[String: Any]] {
        let output = try casework.run(["case", "list", "--json"], user: "helen")
        #expect(output.status == 0, "\(output.stderr)")
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test func theDemoHasTheHafizFamilyFirstAndEveryStage() throws {
        defer { casework.removeData() }
        let rows = try list()
        #expect(rows.count >= 40)
        #expect(rows.first?["ref"] as? String == "H-0001")
        #expect(rows.first?["name"] as? String == "Hafid Hafiz")
        #expect(Set(rows.compactMap { $0["status"] as? String }).count == 8)
    }

    @Test func showCarriesTheRulesContract() throws {
        defer { casework.removeData() }
        let shown = try casework.show("H-0001")
        let rules = try #require(shown["rules"] as? [String: Any])
        for key in ["homeless", "threatened", "daysUntilLoss", "indicatedDuty", "notice", "route", "priorityNeed", "priority", "duty"] {
            #expect(rules[key] != nil, "rules.\(key) missing")
        }
        let notice = try #require(rules["notice"] as? [String: Any])
        #expect(notice["verdict"] as? String != nil && notice["rulesVersion"] as? String != nil && notice["reasons"] is [String])
        let duty = try #require(rules["duty"] as? [String: Any])
        #expect(duty["kind"] as? String == "prevention")
        // Issue 9: the Hafiz duty started 3 days ago: day 4, its last day start + 55, notice from start + 56.
        #expect(duty["day"] as? Int == 4 && duty["lastDay"] as? String == "2027-01-17" && duty["noticeFrom"] as? String == "2027-01-18")
        #expect(duty["deadline"] == nil)
        let review = try #require((shown["decisions"] as? [[String: Any]])?.first?["review"] as? [String: Any])
        #expect(review["requestBy"] as? String == "2026-12-14" && review["requestedOn"] is NSNull && review["decideBy"] is NSNull)
        #expect(rules["indicatedDuty"] as? String == "prevention")
        #expect(shown["alerts"] is [Any])
        #expect(shown["ref"] as? String == "H-0001")
    }

    @Test func aNotePrintsItsRevisionAndIsKept() throws {
        defer { casework.removeData() }
        let before = try casework.show("H-0002")["revision"] as? Int ?? 0
        let output = try casework.run(["case", "note", "h-2", "Called back; left a message."])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "H-0002 revision \(before + 1)\n")
        let timeline = try casework.show("H-0002")["timeline"] as? [[String: Any]] ?? []
        #expect(timeline.last?["text"] as? String == "Called back; left a message.")
        #expect(timeline.last?["by"] as? String == "priya")
    }

    @Test func importsOnceAndRefusesABadFileWhole() throws {
        defer { casework.removeData() }
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Resources/examples/applications.jsonl").path
        let first = try casework.run(["import", example, "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let created = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: [[String: String]]]
        #expect(created?["created"]?.count == 3)
        let again = try casework.run(["import", example])
        #expect(again.stdout.contains("0 created, 3 already imported"), "\(again.stdout)")

        let count = try list().count
        let bad = #"{"externalId": "X-1", "receivedOn": "2026-11-20", "applicant": {"firstName": "A", "lastName": "B", "dateOfBirth": "31/02/1990", "phone": "07700 900000"}, "homelessNow": true, "accommodation": {"type": "rough-sleeping"}}"#
        let refused = try casework.run(["import", "-"], input: bad + "\n" + bad.replacingOccurrences(of: "X-1", with: "X-2"))
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("casework: standard input: 2 problems; nothing was imported\n"), "\(refused.stderr)")
        #expect(refused.stderr.contains(#"line 1: applicant.dateOfBirth: "31/02/1990" is not a date YYYY-MM-DD"#), "\(refused.stderr)")
        #expect(refused.stderr.contains("line 2: applicant.dateOfBirth"))
        #expect(try list().count == count)
    }

    @Test func aDemoStandInIsAManagerAndSaysSo() throws {
        defer { casework.removeData() }
        let output = try casework.run(["case", "note", "H-0003", "Seen by a visitor"], user: "visitor")
        #expect(output.status == 0, "\(output.stderr)")
    }

    @Test func restrictedCasesAreRefusedToThoseNotEntitledAndAudited() throws {
        defer { casework.removeData() }
        let rows = try list()
        let restricted = try #require(rows.first { $0["restricted"] as? Bool == true })
        let ref = try #require(restricted["ref"] as? String)
        let asTriage = try casework.run(["case", "list", "--json"], user: "tomasz")
        let masked = try JSONSerialization.jsonObject(with: Data(asTriage.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(masked.first { $0["ref"] as? String == ref }?["name"] as? String == "Restricted")
        #expect(masked.first { $0["ref"] as? String == ref }?["externalId"] is NSNull, "the form's reference is masked too")
        let refused = try casework.run(["case", "show", ref], user: "tomasz")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("case \(ref) is restricted"))
        #expect(!refused.stderr.contains(restricted["name"] as? String ?? "?"))
        let audit = try String(contentsOf: casework.dataDirectory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("view-refused") && audit.contains(ref))
    }

    @Test func dutyStartAndEndFollowTheLaw() throws {
        defer { casework.removeData() }
        // H-0002 is Kofi, homeless tonight: prevention is refused, relief starts.
        let prevention = try casework.run(["duty", "start", "H-0002", "--kind", "prevention"])
        #expect(prevention.status != 0)
        let relief = try casework.run(["duty", "start", "H-0002", "--kind", "relief"])
        #expect(relief.status == 0, "\(relief.stderr)")
        #expect(relief.stdout.contains("last day 2027-01-20"), "\(relief.stdout)")
        let early = try casework.run(["duty", "end", "H-0002", "--reason", "56-days-elapsed"])
        #expect(early.status != 0 && early.stderr.contains("56"), "\(early.stderr)")
        let ended = try casework.run(["duty", "end", "H-0002", "--reason", "accommodation-secured"])
        #expect(ended.status == 0, "\(ended.stderr)")
        let duties = try casework.show("H-0002")["duties"] as? [[String: Any]] ?? []
        #expect(duties.first?["endReason"] as? String == "accommodation-secured")
    }

    /// `decision add` and `review request`: printed revisions, the 21 days from notification, a late request refused
    /// unless accepted with a reason, and `case show --json` carrying each decision's review object.
    @Test func decisionsAndReviewsFollowTheTwentyOneDaysFromNotification() throws {
        defer { casework.removeData() }
        // H-0010 is Fadumo, received on 23 September 2026, with one decision (duty owed) already.
        let added = try casework.run(["decision", "add", "H-0010", "--kind", "local-connection-referral", "--on", "2026-11-02",
                                      "--notified", "2026-11-04"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("H-0010 revision ") && added.stdout.hasSuffix(": decision 2\n"), "\(added.stdout)")
        let late = try casework.run(["review", "request", "H-0010", "--decision", "2", "--on", "2026-11-25"])
        #expect(late.status == 1)
        #expect(late.stderr.contains("the 21 days from notification on 2026-11-04 ended on 2026-11-24"), "\(late.stderr)")
        let accepted = try casework.run(["review", "request", "H-0010", "--decision", "2", "--on", "2026-11-25",
                                         "--late-accepted", "Letter went to a friend's address"])
        #expect(accepted.status == 0 && accepted.stdout.hasPrefix("H-0010 revision "), "\(accepted.stderr)")
        func decision(_ id: Int) throws -> [String: Any]? {
            (try casework.show("H-0010")["decisions"] as? [[String: Any]])?.first { $0["id"] as? Int == id }
        }
        let review = try #require(try decision(2)?["review"] as? [String: Any])
        #expect(review["requestBy"] as? String == "2026-11-24")
        #expect(review["requestedOn"] as? String == "2026-11-25")
        #expect(review["decideBy"] as? String == "2027-01-19", "8 weeks for a referral reviewed by one authority")
        let unknown = try casework.run(["decision", "add", "H-0010", "--kind", "eligibility", "--on", "2026-11-20"])
        #expect(unknown.status == 0, "\(unknown.stderr)")
        let unnotified = try #require(try decision(3)?["review"] as? [String: Any])
        #expect(unnotified["requestBy"] is NSNull, "not notified: the last day is unknown, not counted from the decision")
        let text = try casework.run(["case", "show", "H-0010"], user: "helen")
        #expect(text.stdout.contains("Notification not recorded: a review may be requested within 21 days"), "\(text.stdout)")
        let audit = try casework.auditJournal()
        #expect(audit.contains("decision-add") && audit.contains("review-request"))
    }

    @Test func routeAcceptAndOverrideAreRecorded() throws {
        defer { casework.removeData() }
        let accepted = try casework.run(["route", "accept", "H-0002"])
        #expect(accepted.status == 0 && accepted.stdout.hasSuffix(": routed to young-people\n"), "\(accepted.stdout)\(accepted.stderr)")
        var rules = try casework.show("H-0002")["rules"] as? [String: Any]
        #expect((rules?["route"] as? [String: Any])?["team"] as? String == "young-people")
        let journal = try casework.auditJournal()
        let again = try casework.run(["route", "accept", "H-0002"])
        #expect(again.status == 0)
        #expect(again.stdout == "H-0002 is already routed to young-people\n", "\(again.stdout)\(again.stderr)")
        #expect(try casework.auditJournal() == journal, "accepting twice writes nothing")
        #expect(try casework.run(["route", "override", "H-0002", "--team", "council", "--reason", "Has a job offer here"]).status == 0)
        rules = try casework.show("H-0002")["rules"] as? [String: Any]
        #expect((rules?["route"] as? [String: Any])?["overridden"] as? Bool == true)
        #expect((rules?["route"] as? [String: Any])?["team"] as? String == "council")
    }

    @Test func alertsListTheTeamsDeadlines() throws {
        defer { casework.removeData() }
        let output = try casework.run(["alerts", "--team", "--json"], user: "helen")
        #expect(output.status == 0, "\(output.stderr)")
        let alerts = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!alerts.isEmpty)
        #expect(alerts.allSatisfy { ["red", "amber", "green"].contains($0["severity"] as? String ?? "") && $0["ref"] != nil })
    }

    @Test func doctorFindsACorruptRecordAndLeavesItUntouched() throws {
        defer { casework.removeData() }
        #expect(try casework.run(["doctor"]).status == 0)
        let file = casework.dataDirectory.appendingPathComponent("cases/H-0005.json")
        let broken = Data("{\"ref\": \"H-0005\", \"revision\": ".utf8)
        try broken.write(to: file)
        let report = try casework.run(["doctor"])
        #expect(report.status != 0)
        #expect(report.stdout.contains("cases/H-0005.json"), "\(report.stdout)")
        let repaired = try casework.run(["doctor", "--repair"])
        #expect(repaired.stdout.contains("cases/H-0005.json"))
        #expect(try Data(contentsOf: file) == broken)
        // The rest of the caseload still works.
        #expect(try casework.run(["case", "note", "H-0001", "still fine"]).status == 0)
        let shown = try casework.run(["case", "show", "H-0005"])
        #expect(shown.status != 0 && shown.stderr.contains("cases/H-0005.json"), "\(shown.stderr)")
        // Once the index is rebuilt without it, it is said wherever the caseload is listed.
        try FileManager.default.removeItem(at: casework.dataDirectory.appendingPathComponent("index.jsonl"))
        for command in [["case", "list"], ["alerts", "--team"]] {
            let listed = try casework.run(command, user: "helen")
            #expect(listed.stderr.contains("could not be read"), "\(command): \(listed.stderr)")
        }
    }

    @Test func aBrokenRulesFileStopsTheCommandsButNotDoctor() throws {
        defer { casework.removeData() }
        let rules = casework.dataDirectory.appendingPathComponent("rules.json")
        try Data(#"{"priorty": {"homelessTonight": 120}}"#.utf8).write(to: rules)
        let listed = try casework.run(["case", "list"])
        #expect(listed.status == 1)
        #expect(listed.stderr.contains("rules.json: unknown key 'priorty' (known: priority, route, alerts, nonCooperation)"), "\(listed.stderr)")
        let report = try casework.run(["doctor"])
        #expect(report.status == 2)
        #expect(report.stdout.contains("invalid rules  rules.json: unknown key 'priorty'"), "\(report.stdout)")
        try Data(#"{"priority": {"homelessTonight": 120,}}"#.utf8).write(to: rules)
        let syntax = try casework.run(["alerts"])
        #expect(syntax.stderr.contains("rules.json: line 1, column 38: not valid JSON"), "\(syntax.stderr)")
    }

    @Test func aLostIndexIsRebuiltWithAWarningAndAnImportStaysOnce() throws {
        defer { casework.removeData() }
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Resources/examples/applications.jsonl").path
        #expect(try casework.run(["import", example]).status == 0)
        let count = try list().count
        let index = casework.dataDirectory.appendingPathComponent("index.jsonl")
        try FileManager.default.removeItem(at: index)
        let listed = try casework.run(["case", "list", "--json"], user: "helen")
        #expect(listed.status == 0)
        #expect(listed.stderr == "casework: the index was missing; rebuilt it from \(count) case files\n", "\(listed.stderr)")
        #expect((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any])?.count == count)

        try Data().write(to: index)
        let again = try casework.run(["import", example])
        #expect(again.stderr.contains("casework: the index was empty; rebuilt it from \(count) case files"), "\(again.stderr)")
        #expect(again.stdout.contains("0 created, 3 already imported"), "\(again.stdout)")
        #expect(try list().count == count)
    }
}
