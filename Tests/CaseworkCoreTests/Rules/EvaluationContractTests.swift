import Foundation
import Testing
@testable import CaseworkCore

/// The `rules` object and `alerts` array of `case show --json`: names other repositories' tests depend on.
@Suite struct EvaluationContractTests {
    static func json(_ summary: CaseSummary, today: String) throws -> [String: Any] {
        let data = try JSONEncoder().encode(CaseRules.report(summary, today: day(today)))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func rulesObjectHasEveryContractKey() throws {
        let summary = makeSummary {
            $0.lossDate = day("2026-06-20")
            $0.notice = section21(served: "2026-04-01", expires: "2026-06-20")
            $0.household = [child(born: "2020-01-01")]
            $0.duties = [duty(.prevention, started: "2026-05-02")]
        }
        let report = try EvaluationContractTests.json(summary, today: "2026-05-12")
        let rules = try #require(report["rules"] as? [String: Any])
        #expect(rules["homeless"] as? Bool == false)
        #expect(rules["threatened"] as? Bool == true)
        #expect(rules["daysUntilLoss"] as? Int == 39)
        #expect(rules["indicatedDuty"] as? String == "prevention")

        let notice = try #require(rules["notice"] as? [String: Any])
        #expect(notice["verdict"] as? String == "valid")
        #expect((notice["reasons"] as? [String])?.isEmpty == false)
        #expect(notice["rulesVersion"] as? String == "pre-rra/2026.2")
        #expect(notice["threat"] as? String == "counts")
        #expect(rules["mayBeHomeless"] as? Bool == false)
        let interim = try #require(rules["interimDuty"] as? [String: Any])
        #expect(interim["possible"] as? Bool == false && interim["recorded"] is NSNull)

        let route = try #require(rules["route"] as? [String: Any])
        #expect(route["team"] as? String == "council")
        #expect(route["overridden"] as? Bool == false)
        #expect((route["reasons"] as? [String])?.isEmpty == false)

        let need = try #require(rules["priorityNeed"] as? [String: Any])
        #expect(need["likely"] as? Bool == true)
        #expect((need["reasons"] as? [String])?.isEmpty == false)

        let priority = try #require(rules["priority"] as? [String: Any])
        let parts = try #require(priority["parts"] as? [[String: Any]])
        #expect(priority["score"] as? Double != nil)
        #expect(parts.contains { $0["name"] as? String == "dependent-children" && $0["points"] as? Double == 25 })

        let clock = try #require(rules["duty"] as? [String: Any])
        #expect(clock["kind"] as? String == "prevention")
        #expect(clock["startedOn"] as? String == "2026-05-02")
        // Issue 9: day 1 is the start day, the last day is start + 55, notice from start + 56; no "deadline".
        #expect(Set(clock.keys) == ["kind", "startedOn", "day", "lastDay", "noticeFrom", "mainDutyDecisionDue"])
        #expect(clock["day"] as? Int == 11)
        #expect(clock["lastDay"] as? String == "2026-06-26")
        #expect(clock["noticeFrom"] as? String == "2026-06-27")
        #expect(clock["mainDutyDecisionDue"] as? Bool == false)

        #expect(report["alerts"] is [Any])
    }

    @Test func dutyIsLeftOutWhenNoneIsActiveAndUnknownLossIsNull() throws {
        let summary = makeSummary { $0.duties = [duty(.prevention, started: "2026-05-02", ended: "2026-05-05", reason: .withdrew)] }
        let rules = try #require(try EvaluationContractTests.json(summary, today: "2026-05-12")["rules"] as? [String: Any])
        #expect(rules["duty"] == nil)
        #expect(rules["daysUntilLoss"] is NSNull)
        #expect((rules["notice"] as? [String: Any])?["verdict"] as? String == "none")
    }

    @Test func alertsCarryKindSeverityDueRefAndMessage() throws {
        let summary = makeSummary { $0.homelessNow = true; $0.applicant.pregnant = true }
        let alerts = try #require(try EvaluationContractTests.json(summary, today: "2026-05-01")["alerts"] as? [[String: Any]])
        let interim = try #require(alerts.first { $0["kind"] as? String == "possible-interim-duty" })
        #expect(interim["severity"] as? String == "red")
        #expect(interim["dueOn"] as? String == "2026-05-01")
        #expect(interim["ref"] as? String == "H-0001")
        #expect((interim["message"] as? String)?.isEmpty == false)
    }

    @Test func evaluatingTwiceGivesTheSameAnswer() {
        var rng = SeededRandom(seed: 9)
        let today = day("2026-06-01")
        for index in 0..<500 {
            let summary = CaseSummary(randomCase(&rng, today: today, index: index))
            #expect(CaseRules.evaluate(summary, today: today) == CaseRules.evaluate(summary, today: today))
        }
    }
}

@Suite struct RuleConfigurationTests {
    @Test func partialFileKeepsTheOtherDefaults() throws {
        let text = #"{"priority": {"perDayWaiting": 2.5}, "route": {"complexNeeds": {"anyOf": ["mental-health"]}}}"#
        let configuration = try RuleConfiguration.decode(Data(text.utf8))
        #expect(configuration.priority.perDayWaiting == 2.5)
        #expect(configuration.priority.homelessTonight == PriorityWeights.standard.homelessTonight)
        #expect(configuration.route.complexNeeds.anyOf == [.mentalHealth])
        #expect(configuration.route.complexNeeds.minimumCount == 2)
        #expect(configuration.route.youngPeopleUnderAge == 24)
        #expect(configuration.alerts == AlertSettings.standard)
    }

    @Test func defaultsRoundTrip() throws {
        let data = try JSONEncoder().encode(RuleConfiguration.standard)
        #expect(try RuleConfiguration.decode(data) == RuleConfiguration.standard)
    }

    /// A file, and the one problem it must be refused for: where (a key path, or line and column) and in what words.
    static let badFiles: [(text: String, position: String, reason: String)] = [
        (#"{"priority": {"homelessTonight": "lots"}}"#, "priority.homelessTonight", "must be a number, found a string"),
        (#"{"alerts": {"noContactDays": "two"}}"#, "alerts.noContactDays", "must be a whole number, found a string"),
        (#"{"alerts": {"noContactDays": 1.5}}"#, "alerts.noContactDays", "must be a whole number"),
        (#"{"priority": {"perDayWaiting": null}}"#, "priority.perDayWaiting", "must be a number, found null; leave the key out to keep the default"),
        (#"{"route": {"complexNeeds": {"anyOf": ["flying"]}}}"#, "route.complexNeeds.anyOf[0]", "'flying' is not a support need (known: mental-health,"),
        (#"{"route": {"complexNeeds": {"anyOf": "mental-health"}}}"#, "route.complexNeeds.anyOf", "must be a list of support needs, found a string"),
        (#"{"priorty": {"homelessTonight": 120}}"#, "", "unknown key 'priorty' (known: priority, route, alerts, nonCooperation)"),
        (#"{"priority": {"homelesTonight": 120}}"#, "priority", "unknown key 'homelesTonight' (known: homelessTonight, lossWithin56Days,"),
        (#"{"alerts": {"noContactDays": 10, "noContactDays": 12}}"#, "alerts.noContactDays", "appears twice"),
        (#"{"alerts": []}"#, "alerts", "must be an object, found a list"),
        (#"[]"#, "", "must be an object, found a list"),
        ("{\"priority\": {\"homelessTonight\": 120,}}", "line 1, column 38", #"not valid JSON: unexpected character '}'; expected a "key""#),
        (#"{"priority": "#, "line 1, column 14", "not valid JSON: unexpected end of file (truncated?)"),
    ]

    @Test(arguments: badFiles.indices)
    func aBadFileIsRefusedWithWhereAndWhy(row: Int) {
        let (text, position, reason) = Self.badFiles[row]
        #expect {
            try RuleConfiguration.decode(Data(text.utf8))
        } throws: { error in
            let problems = (error as? RuleConfigurationError)?.problems ?? []
            return problems.count == 1 && problems[0].file == "rules.json" && problems[0].position == position
                && problems[0].reason.hasPrefix(reason)
        }
    }

    @Test func everyProblemIsNamedAtOnce() {
        let text = #"{"priority": {"homelessTonight": "lots", "pregnancy": 20}, "rout": {}, "alerts": {"noContactDays": 2.5}}"#
        #expect(throws: RuleConfigurationError(problems: [
            StoreProblem(file: "rules.json", position: "priority.homelessTonight", reason: "must be a number, found a string"),
            StoreProblem(file: "rules.json", position: "", reason: "unknown key 'rout' (known: priority, route, alerts, nonCooperation)"),
            StoreProblem(file: "rules.json", position: "alerts.noContactDays", reason: "must be a whole number"),
        ])) {
            try RuleConfiguration.decode(Data(text.utf8))
        }
        let one = RuleConfigurationError(problems: [StoreProblem(file: "rules.json", position: "", reason: "unknown key 'rout'")])
        #expect(one.description == "rules.json: unknown key 'rout'")
        let two = RuleConfigurationError(problems: one.problems + [StoreProblem(file: "rules.json", position: "alerts", reason: "x")])
        #expect(two.description == "rules.json: 2 problems\n  unknown key 'rout'\n  alerts: x")
    }

    @Test func doctorReportsABrokenFileAsFindings() throws {
        let fixture = try StoreFixture()
        #expect(fixture.store.ruleFindings().isEmpty)
        try fixture.directory.write("rules.json", Data(#"{"priorty": {}, "alerts": {"noContactDays": "two"}}"#.utf8))
        let findings = fixture.store.ruleFindings()
        #expect(findings.map(\.kind) == [.invalidRules, .invalidRules])
        #expect(findings.map(\.position) == ["", "alerts.noContactDays"])
        #expect(findings.allSatisfy { $0.file == "rules.json" && !$0.kind.isRepairable })
    }

    @Test func missingFileMeansDefaults() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try RuleConfiguration.load(fromDataDirectory: directory) == .standard)
        try Data(#"{"alerts": {"noContactDays": 21}}"#.utf8).write(to: directory.appendingPathComponent("rules.json"))
        #expect(try RuleConfiguration.load(fromDataDirectory: directory).alerts.noContactDays == 21)
    }

    @Test func configuredWeightsChangeTheScore() {
        var configuration = RuleConfiguration()
        configuration.priority.perDayWaiting = 3
        let summary = makeSummary()
        #expect(CaseRules.evaluate(summary, today: day("2026-05-11"), configuration: configuration).priority[.waiting] == 30)
    }
}
