import Foundation
import Testing
@testable import CaseworkCore

/// `monitoring.json` is read as `rules.json` is: every key optional, and anything it cannot use refused with every
/// problem named, so a misspelt kind is never silently ignored.
@Suite struct MonitoringSettingsTests {
    @Test func anEmptyFileKeepsEveryDefault() throws {
        #expect(try MonitoringSettings.decode(Data("{}".utf8)) == .standard)
        #expect(MonitoringSettings.standard.escalation.workingDays == 2)
        #expect(MonitoringSettings.standard.dashboard.noActionDays == 28)
    }

    @Test func aCouncilChangesOnlyWhatItWrites() throws {
        let text = #"{"escalation": {"kinds": {"plan-step-overdue": {"redAfterDays": 10, "escalateAfterWorkingDays": 3}}}, "dashboard": {"weeks": 8}}"#
        let settings = try MonitoringSettings.decode(Data(text.utf8))
        #expect(settings.escalation.workingDays == 2)
        #expect(settings.escalation.policy(for: .planStepOverdue) == AlertKindPolicy(redAfterDays: 10, escalateAfterWorkingDays: 3))
        #expect(settings.escalation.policy(for: .noContact) == AlertKindPolicy(escalateAfterWorkingDays: 2))
        #expect(settings.dashboard.weeks == 8 && settings.dashboard.noActionDays == 28)
    }

    @Test(arguments: [
        (#"{"escalaton": {}}"#, ["monitoring.json: unknown key 'escalaton' (known: escalation, dashboard)"]),
        (#"{"escalation": {"workingDays": "two"}}"#, ["escalation.workingDays: must be a whole number, found a string"]),
        (#"{"escalation": {"workingDays": 1.5}}"#, ["escalation.workingDays: must be a whole number"]),
        (#"{"escalation": {"kinds": {"plan-overdue": {}}}}"#, ["escalation.kinds: unknown key 'plan-overdue' (known: duty-deadline-near"]),
        (#"{"escalation": {"kinds": {"no-contact": {"amberDays": null}}}}"#,
         ["escalation.kinds.no-contact.amberDays: must be a whole number, found null; leave the key out to keep the default"]),
        (#"{"escalation": {"kinds": {"no-contact": {"redAfter": 3}}}}"#,
         ["escalation.kinds.no-contact: unknown key 'redAfter' (known: amberDays, redAfterDays, escalateAfterWorkingDays)"]),
        (#"{"dashboard": {"weeks": true}, "escalation": []}"#,
         ["dashboard.weeks: must be a whole number, found true/false", "escalation: must be an object, found a list"]),
        (#"{"dashboard": "#, ["monitoring.json: line 1, column 15: not valid JSON"]),
    ])
    func everyProblemIsNamed(text: String, expected: [String]) {
        do {
            _ = try MonitoringSettings.decode(Data(text.utf8))
            Issue.record("accepted \(text)")
        } catch {
            let described = error.description
            for part in expected { #expect(described.contains(part), "\(described)") }
        }
    }

    @Test func theStoreReadsItFromTheDataDirectoryAndDoctorReportsIt() throws {
        let f = try MonitoringFixture()
        #expect(try f.store.monitoringSettings() == .standard)
        try f.directory.write(MonitoringSettings.fileName, Data(#"{"dashboard": {"noActionDays": 21}}"#.utf8))
        #expect(try f.store.monitoringSettings().dashboard.noActionDays == 21)
        try f.directory.write(MonitoringSettings.fileName, Data(#"{"dashbord": {}}"#.utf8))
        #expect(throws: RuleConfigurationError.self) { try f.store.monitoringSettings() }
        #expect(f.store.monitoringFindings().map(\.detail) == ["unknown key 'dashbord' (known: escalation, dashboard)"])
    }
}
