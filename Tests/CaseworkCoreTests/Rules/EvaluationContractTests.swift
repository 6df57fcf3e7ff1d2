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
        #expect(notice["rulesVersion"] as? String == "pre-rra/2026.1")

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
        #expect(clock["deadline"] as? String == "2026-06-27")
        #expect(clock["day"] as? Int == 10)

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

    @Test(arguments: [(#"{"priority": {"homelessTonight": "lots"}}"#, "priority.homelessTonight"),
                      (#"{"alerts": {"noContactDays": "two"}}"#, "alerts.noContactDays"),
                      (#"{"route": {"complexNeeds": {"anyOf": ["flying"]}}}"#, "route.complexNeeds.anyOf.0"),
                      (#"{"priority": "#, "")])
    func badFileIsNamedWithItsKeyPath(_ text: String, _ path: String) {
        #expect {
            try RuleConfiguration.decode(Data(text.utf8))
        } throws: { error in
            guard case StoreError.unreadable(let problem) = error else { return false }
            return problem.file == "rules.json" && (path.isEmpty || problem.position == path)
        }
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
