import Foundation
import Testing
@testable import CaseworkCore

@Suite struct CorruptFileTests {
    struct Damage: CustomTestStringConvertible, Sendable {
        var name: String
        /// Turns the good file into the bad one; the bad one still holds the applicant's name "Siobhán".
        var apply: @Sendable (Data) -> Data
        /// What the problem's position must say.
        var position: String
        var reason: String
        var testDescription: String { name }
    }

    static func replacing(_ old: String, with new: String) -> @Sendable (Data) -> Data {
        { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8) }
    }

    static let damages: [Damage] = [
        Damage(name: "invalid JSON", apply: replacing("\"homelessNow\" : false", with: "\"homelessNow\" : fals"),
               position: "line ", reason: "not valid JSON"),
        Damage(name: "truncated", apply: { $0.prefix($0.count / 2) }, position: "line ",
               reason: "the file ends before its JSON does (truncated)"),
        Damage(name: "invalid UTF-8", apply: { data in
            // The second byte of "á" in "Siobhán" becomes one no UTF-8 sequence may hold.
            var bytes = [UInt8](data)
            let at = bytes.firstIndex(of: 0xC3)!
            bytes[at + 1] = 0xFF
            return Data(bytes)
        }, position: "line ", reason: "invalid UTF-8"),
        Damage(name: "wrong type", apply: replacing("\"revision\" : 1", with: "\"revision\" : \"Siobhán\""),
               position: "revision", reason: "expected a number"),
        Damage(name: "bad date", apply: replacing("\"dateOfBirth\" : \"1998-05-04\"", with: "\"dateOfBirth\" : \"1998-02-31\""),
               position: "applicant.dateOfBirth", reason: "is not a date YYYY-MM-DD"),
        Damage(name: "unknown enum value", apply: replacing("\"relationship\" : \"child\"", with: "\"relationship\" : \"Siobhán\""),
               position: "household[0].relationship", reason: "not a value Casework knows"),
        Damage(name: "missing field", apply: replacing("\"homelessNow\" : false,", with: ""),
               position: "homelessNow", reason: "required field is missing"),
    ]

    @Test(arguments: damages)
    func aCorruptRecordIsNamedByFileAndPositionLeftUntouchedAndTheRestWorks(damage: Damage) throws {
        let f = try StoreFixture()
        try f.store.create([StoreFixture.draft("Hafid"), StoreFixture.draft("Siobhán", "Ní Bhriain"), StoreFixture.draft("Mei")],
                           by: StoreFixture.priya)
        let bad = damage.apply(try f.bytes("cases/H-0002.json"))
        try f.directory.write("cases/H-0002.json", bad)

        var caught: StoreProblem?
        do {
            _ = try f.store.load("H-0002")
        } catch StoreError.unreadable(let problem) {
            caught = problem
        }
        let problem = try #require(caught)
        #expect(problem.file == "cases/H-0002.json")
        #expect(problem.position.hasPrefix(damage.position))
        #expect(problem.reason == damage.reason)
        let message = StoreError.unreadable(problem).description
        for secret in ["Siobhán", "Bhriain", "1998"] { #expect(!message.contains(secret)) }

        // A write to it is refused too, and writes nothing.
        #expect(throws: StoreError.unreadable(problem)) {
            try f.store.update("H-0002", expectedRevision: nil, by: StoreFixture.tom, action: "note", StoreFixture.note("x"))
        }
        #expect(try f.bytes("cases/H-0002.json") == bad)

        // The rest of the caseload works: reads, writes, the listing.
        #expect(try f.store.load("H-0001").applicant.firstName == "Hafid")
        try f.store.update("H-0003", expectedRevision: 1, by: StoreFixture.tom, action: "note", StoreFixture.note("fine"))
        #expect(try f.store.summaries().summaries.count == 3)

        // Doctor reports it with the same position and repairs around it, never touching it.
        let report = try f.store.doctor(repair: true)
        let finding = try #require(report.findings.first { $0.kind == .unreadableRecord })
        #expect(finding.file == "cases/H-0002.json" && finding.position == problem.position && !finding.repaired)
        #expect(!report.isClean)
        #expect(try f.bytes("cases/H-0002.json") == bad)
        #expect(try f.store.summaries().summaries.map(\.ref) == ["H-0001", "H-0002", "H-0003"])
    }

    @Test func aSyntaxErrorIsPlacedByLineAndColumn() throws {
        let data = Data("{\n  \"schemaVersion\" : 1,\n  \"ref\" : \"H-0001\",\n  \"revision\" : x\n}".utf8)
        #expect(throws: StoreError.unreadable(StoreProblem(file: "cases/H-0001.json", position: "line 4, column 16 (byte 60)",
                                                          reason: "not valid JSON"))) {
            try CaseFile.decode(data, file: "cases/H-0001.json", decoder: JSONDecoder())
        }
    }

    @Test func aBrokenMetaFileIsPlacedByLineAndColumn() throws {
        let f = try StoreFixture()
        try f.directory.write("casework.json", Data("{\n  \"schemaVersion\" : 1,\n  \"dataset\" : \"demo\" x\n}".utf8))
        #expect(throws: StoreError.notADataDirectory(path: f.directory.url.standardizedFileURL.path,
                                                     reason: "casework.json is unreadable: not valid JSON at line 3, column 22: "
                                                         + "unexpected character 'x'; expected ',' or '}'")) {
            try f.another()
        }
    }

    @Test func aRecordFromANewerCaseworkIsRefusedAsSuch() throws {
        let f = try StoreFixture()
        try f.seed(1)
        try f.directory.write("cases/H-0001.json", CorruptFileTests.replacing("\"schemaVersion\" : 1", with: "\"schemaVersion\" : 7")(f.bytes("cases/H-0001.json")))
        #expect(throws: StoreError.newerSchema(file: "cases/H-0001.json", version: 7)) { try f.store.load("H-0001") }
        #expect(try f.store.doctor(repair: false).findings.map(\.kind) == [.newerSchema])
    }

    @Test func anOlderRecordIsUpgradedInMemoryStepByStep() throws {
        let f = try StoreFixture()
        let current = try f.seed(1)[0]
        var old = try JSONValue.parse(f.bytes("cases/H-0001.json"))
        old["schemaVersion"] = .number(-1)
        old["homelessNow"] = nil
        old["homeless"] = .bool(false)
        let oldData = try JSONEncoder().encode(old)
        // Two invented steps: -1 → 0 renames a field, 0 → 1 changes nothing.
        let steps = [
            CaseMigration(from: -1) { document in
                document["homelessNow"] = document["homeless"]
                document["homeless"] = nil
            },
            CaseMigration(from: 0) { _ in },
        ]
        let upgraded = try CaseFile.decode(oldData, file: "cases/H-0001.json", decoder: JSONDecoder(), migrations: steps)
        #expect(upgraded == current)
        // Without the steps, it is named as a record this Casework cannot read.
        #expect(throws: StoreError.unreadable(StoreProblem(file: "cases/H-0001.json", position: "schemaVersion",
                                                          reason: "no upgrade from schema -1 to 0"))) {
            try CaseFile.decode(oldData, file: "cases/H-0001.json", decoder: JSONDecoder())
        }
    }

    @Test func unreadableIndexLinesAreReportedByNumberAndTheRestIsListed() throws {
        let f = try StoreFixture()
        try f.seed(3)
        var lines = try f.lines(DataDirectory.indexFile)
        lines[1] = lines[1].replacingOccurrences(of: "\"status\":\"received\"", with: "\"status\":\"Siobhán\"")
        try f.directory.write(DataDirectory.indexFile, Data(lines.map { $0 + "\n" }.joined().utf8))
        let snapshot = try f.store.summaries()
        #expect(snapshot.summaries.map(\.ref) == ["H-0001", "H-0003"])
        #expect(snapshot.problems == [StoreProblem(file: "index.jsonl", position: "line 2",
                                                   reason: "summary.status: not a value Casework knows")])
        let repaired = try f.store.doctor(repair: true)
        #expect(repaired.findings.map(\.kind).contains(.unreadableIndexLine))
        #expect(repaired.isClean)
        #expect(try f.store.summaries().summaries.map(\.ref) == ["H-0001", "H-0002", "H-0003"])
    }
}
