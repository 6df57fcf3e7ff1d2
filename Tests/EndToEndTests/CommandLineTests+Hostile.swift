import Foundation
import Testing

/// What reaches a terminal from outside, and what a restricted case shows to someone not cleared for it.
extension CommandLineTests {
    static let hostile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/Hostile")
        .standardizedFileURL

    static func unprintable(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value)
            || [0x200B, 0x202E, 0x2066, 0x2069, 0x2028].contains($0.value) }
    }

    @Test func aHostileImportPrintsNothingRawAndNothingLong() throws {
        defer { casework.removeData() }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.hostile.path).filter { $0.hasSuffix(".json") }
        #expect(names.count >= 8)
        for name in names {
            let output = try casework.run(["import", Self.hostile.appendingPathComponent(name).path])
            #expect(output.status == 1, "\(name) was imported")
            #expect(Self.unprintable(output.stderr).isEmpty, "\(name): \(output.stderr.debugDescription)")
            #expect(output.stderr.split(separator: "\n").allSatisfy { $0.count < 200 }, "\(name): \(output.stderr)")
        }
    }

    @Test func aThousandBadLinesListFiftyProblemsAndACount() throws {
        defer { casework.removeData() }
        let line = #"{"externalId":"B","receivedOn":"\u001b[2J","applicant":{"firstName":"A","lastName":"B","dateOfBirth":"1990-01-01","phone":"07700 900201"},"homelessNow":true,"accommodation":{"type":"other"}}"#
        let output = try casework.run(["import", "-"], input: (0..<1000).map { line.replacingOccurrences(of: "\"B\"", with: "\"B\($0)\"") }
            .joined(separator: "\n"))
        #expect(output.status == 1)
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.first == "casework: standard input: 1000 problems; nothing was imported")
        #expect(lines.count == 52 && lines.last == "  and 950 more", "\(lines.suffix(2))")
        #expect(Self.unprintable(output.stderr).isEmpty)
    }

    /// A record written before control and C1 characters were refused: printed and listed, never raw.
    @Test func aLegacyRecordsControlsAreNeutralisedInTablesAndEscapedInJSON() throws {
        defer { casework.removeData() }
        let file = casework.dataDirectory.appendingPathComponent("cases/H-0002.json")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "\"firstName\" : \"Kofi\"", with: "\"firstName\" : \"Ko\\u009b2J\\u001b]0;x\\u0007\\u202efi\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: casework.dataDirectory.appendingPathComponent("index.jsonl"))
        let table = try casework.run(["case", "list"], user: "helen")
        #expect(table.status == 0)
        #expect(Self.unprintable(table.stdout + table.stderr).isEmpty, "\(table.stdout.debugDescription)")
        #expect(table.stdout.contains("Ko\u{FFFD}2J"))
        let json = try casework.run(["case", "list", "--json"], user: "helen")
        #expect(Self.unprintable(json.stdout).isEmpty)
        #expect(json.stdout.contains(#""Ko\u009b2J\u001b]0;x\u0007\u202efi"#), "\(json.stdout.prefix(400))")
        let shown = try casework.run(["case", "show", "H-0002"], user: "helen")
        #expect(Self.unprintable(shown.stdout).isEmpty)
    }

    @Test func aRestrictedCaseListsAsRestrictedEverywhereForSomeoneNotCleared() throws {
        defer { casework.removeData() }
        let output = try casework.run(["case", "list", "--json"], user: "tomasz")
        let rows = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]] ?? []
        let restricted = rows.filter { $0["restricted"] as? Bool == true }
        #expect(!restricted.isEmpty)
        for row in restricted {
            #expect(row["name"] as? String == "Restricted")
            #expect(row["household"] is NSNull && row["route"] is NSNull && row["activeDuty"] is NSNull && row["externalId"] is NSNull)
        }
        let refs = restricted.compactMap { $0["ref"] as? String }
        let alerts = try casework.run(["alerts", "--team"], user: "tomasz")
        #expect(alerts.status == 0)
        #expect(!refs.contains { alerts.stdout.contains($0) }, "\(alerts.stdout)")
        #expect(alerts.stdout.contains("restricted cases you are not cleared for left out"))
        let managers = try casework.run(["alerts", "--team"], user: "helen")
        #expect(refs.contains { managers.stdout.contains($0) }, "the cleared see them")
    }

    @Test func importingADuplicateOfARestrictedCaseWithholdsItsRef() throws {
        defer { casework.removeData() }
        let manager = try JSONSerialization.jsonObject(with: Data(casework.run(["case", "list", "--json"], user: "helen").stdout.utf8))
            as? [[String: Any]] ?? []
        let restricted = try #require(manager.first { $0["restricted"] as? Bool == true && $0["externalId"] is String })
        let id = try #require(restricted["externalId"] as? String)
        let ref = try #require(restricted["ref"] as? String)
        let application = #"{"externalId":"\#(id)","receivedOn":"2026-11-20","applicant":{"firstName":"A","lastName":"B","dateOfBirth":"1990-01-01","phone":"07700 900201"},"homelessNow":true,"accommodation":{"type":"other"}}"#
        let output = try casework.run(["import", "-"], user: "tomasz", input: application)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("skipped \(id): already imported as a restricted case"), "\(output.stdout)")
        #expect(!output.stdout.contains(ref))
        #expect(try casework.auditJournal().split(separator: "\n").last?.contains("\"action\":\"import-matched-restricted\"") == true)
    }
}
