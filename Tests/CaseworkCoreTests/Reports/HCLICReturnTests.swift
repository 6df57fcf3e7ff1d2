import Foundation
import Testing
@testable import CaseworkCore

/// The quarter's return: who is in it, the same bytes for the same data, headers alone for an empty quarter, case
/// ids that are not refs, and files an independent CSV reader (Python's `csv` module) reads back as written.
@Suite struct HCLICReturnTests {
    static let key: [UInt8] = Array(0..<16)
    static let quarter = Quarter("2026Q2")!

    static func codes() throws -> HCLICCodes {
        try HCLICCodes.load(fromDataDirectory: URL(fileURLWithPath: "/nonexistent-casework-data"))
    }

    /// SipHash-2-4's published test vectors (key 00..0f; messages 00.., of length 0 and 15).
    @Test func caseIdsAreSipHash() {
        let ids = HCLICCaseId(key: Self.key)
        #expect(ids.siphash([]) == 0x726f_db47_dd0e_0e31)
        #expect(ids.siphash(Array(0..<15)) == 0xa129_ca61_49be_45e5)
        #expect(ids.siphash(Array(0..<8)) == 0x93f5_f579_9a93_2462)
        let id = ids.id(for: "H-0042")
        #expect(id.count == 16 && !id.contains("0042") && id == ids.id(for: "H-0042") && id != ids.id(for: "H-0043"))
        #expect(HCLICCaseId(key: Array(repeating: 7, count: 16)).id(for: "H-0042") != id, "another caseload, another id")
    }

    struct Inclusion: Sendable, CustomTestStringConvertible {
        let name: String
        let change: CaseChange
        let included: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        Inclusion(name: "nothing happened", change: { _ in }, included: false),
        Inclusion(name: "a duty began in the quarter", change: { $0.duties = [duty(.prevention, started: "2026-06-30")] }, included: true),
        Inclusion(name: "a duty began the day after", change: { $0.duties = [duty(.prevention, started: "2026-07-01")] }, included: false),
        Inclusion(name: "a duty began before and ended in it", change: {
            $0.duties = [duty(.prevention, started: "2026-03-20", ended: "2026-04-01", reason: .withdrew)]
        }, included: true),
        Inclusion(name: "a duty running through it", change: { $0.duties = [duty(.relief, started: "2026-03-20")] }, included: false),
        Inclusion(name: "placed before and still there", change: {
            $0.placements = [Placement(id: 1, type: .hostel, duty: .interim, enteredOn: day("2026-03-01"))]
        }, included: true),
        Inclusion(name: "placed and gone before it began", change: {
            $0.placements = [Placement(id: 1, type: .hostel, duty: .interim, enteredOn: day("2026-03-01"), leftOn: day("2026-04-01"))]
        }, included: false),
        Inclusion(name: "closed in it", change: { $0.closure = Closure(on: day("2026-05-05"), by: "amara", satisfaction: .good) },
                  included: true),
        Inclusion(name: "closed as advice only", change: {
            $0.triage.outcome = .adviceOnly
            $0.closure = Closure(on: day("2026-05-05"), by: "amara", satisfaction: .good)
        }, included: false),
        Inclusion(name: "advice only and placed", change: {
            $0.triage.outcome = .adviceOnly
            $0.closure = Closure(on: day("2026-05-05"), by: "amara", satisfaction: .good)
            $0.placements = [Placement(id: 1, type: .bedAndBreakfast, duty: .interim, enteredOn: day("2026-05-01"), leftOn: day("2026-05-04"))]
        }, included: true),
    ])
    func whoIsInTheQuarter(_ row: Inclusion) {
        #expect(HCLICReturn.includes(makeSummary(received: "2026-03-01", row.change), in: Self.quarter) == row.included)
    }

    static func caseload() -> [CaseSummary] {
        [
            makeSummary(ref: "H-0001", received: "2026-04-02") { record in
                record.reasonForLoss = .familyNoLongerWilling
                record.household = [child(born: nil)]
                record.supportNeeds = [.mentalHealth, .youngParent]
                record.assessment = Assessment(completedOn: day("2026-04-06"), completedBy: "amara")
                record.duties = [duty(.prevention, started: "2026-04-06", ended: "2026-05-01", reason: .becameHomeless),
                                 duty(.relief, started: "2026-05-01")]
                record.placements = [Placement(id: 1, type: .bedAndBreakfast, duty: .interim, enteredOn: day("2026-05-01"))]
            },
            makeSummary(ref: "H-0002", received: "2026-04-10") { record in
                record.closure = Closure(on: day("2026-06-01"), by: "dev", satisfaction: .notGoodEnough)
                record.assessment = Assessment(completedOn: day("2026-04-12"), completedBy: "dev")
            },
            makeSummary(ref: "H-0003", received: "2026-07-10") { $0.duties = [duty(.prevention, started: "2026-07-11")] },
        ]
    }

    @Test func theSameDataGiveTheSameBytesAndNoRef() throws {
        let codes = try Self.codes()
        let made = HCLICReturn(summaries: Self.caseload(), quarter: Self.quarter, codes: codes, caseId: HCLICCaseId(key: Self.key))
        let again = HCLICReturn(summaries: Self.caseload().reversed(), quarter: Self.quarter, codes: codes, caseId: HCLICCaseId(key: Self.key))
        #expect(made.files.map(\.name) == HCLICSection.allCases.map(\.fileName) + ["validation.csv"])
        #expect(made.files.map(\.bytes) == again.files.map(\.bytes))
        #expect(made.cases.map(\.ref).sorted() == ["H-0001", "H-0002"])
        for file in made.files where file.name != "validation.csv" {
            #expect(!String(decoding: file.bytes, as: UTF8.self).contains("H-000"), "\(file.name) holds a ref")
        }
        // H-0001: a child's age, where prevention left them, eligibility; H-0002: the reason for loss.
        #expect(made.problems.map { "\($0.ref) \($0.problem.severity.rawValue) \($0.problem.place)" }.sorted() == [
            "H-0001 error people 2 AGE", "H-0001 warning main ELIGIBLE", "H-0001 warning prevention 1 ACCOM_PR",
            "H-0002 error main REASONLOSS",
        ])
        #expect(made.errorCount == 2 && made.warningCount == 2)
    }

    @Test func anEmptyQuarterHasTheHeadersAlone() throws {
        let made = HCLICReturn(summaries: Self.caseload(), quarter: Quarter("2025Q1")!, codes: try Self.codes(), caseId: HCLICCaseId(key: Self.key))
        #expect(made.cases.isEmpty)
        for (file, section) in zip(made.files, HCLICSection.allCases) {
            #expect(String(decoding: file.bytes, as: UTF8.self) == section.columns.joined(separator: ",") + "\r\n")
        }
        #expect(String(decoding: made.files.last!.bytes, as: UTF8.self) == "CASEID,REF,SECTION,ROW,FIELD,SEVERITY,MESSAGE\r\n")
    }

    /// Written to disk, the files are read by Python's csv module (an independent reader): every row has its
    /// header's columns, every case id joins to main.csv, and what a spreadsheet would run as a formula is text.
    @Test func anIndependentReaderReadsTheFilesBack() throws {
        let codes = try Self.codes()
        let caseId = HCLICCaseId(key: Self.key)
        let made = HCLICReturn(summaries: Self.caseload(), quarter: Self.quarter, codes: codes, caseId: caseId)
        let directory = TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.url, withIntermediateDirectories: true)
        let out = try ExportDirectory(path: directory.path + "/return")
        for file in made.files { try out.write(file.name, file.bytes) }
        var hostile = makeCase(ref: "H-0001", received: "2026-04-02")
        hostile.applicant.firstName = "=HYPERLINK(\"http://x\",\"y\")"
        hostile.applicant.lastName = "O'Brien, \"Jr\"\nSecond line"
        hostile.household = [HouseholdMember(firstName: "@SUM(1+1)", lastName: "-2+3", dateOfBirth: nil, relationship: .child)]
        try out.write(HCLICReturn.personalFile, HCLICReturn.personalFile([(id: caseId.id(for: "H-0001"), record: hostile)]))

        let script = """
            import csv, json, os, sys
            folder = sys.argv[1]
            tables = {}
            for name in sorted(os.listdir(folder)):
                with open(os.path.join(folder, name), newline='', encoding='utf-8') as f:
                    rows = list(csv.reader(f, strict=True))
                assert all(len(r) == len(rows[0]) for r in rows), name
                tables[name] = rows
            main = {r[0] for r in tables['main.csv'][1:]}
            joined = all(r[0] in main for n, t in tables.items() for r in t[1:])
            print(json.dumps({'rows': {n: len(t) - 1 for n, t in tables.items()}, 'joined': joined,
                              'personal': tables['personal.csv'][1:]}))
            """
        let result = try Self.python(script, directory.path + "/return")
        let rows = try #require(result["rows"] as? [String: Int])
        #expect(rows["main.csv"] == 2 && rows["people.csv"] == 3 && rows["support.csv"] == 3 && rows["prevention.csv"] == 1
                && rows["relief.csv"] == 1 && rows["temporary-accommodation.csv"] == 1 && rows["assistance.csv"] == 1
                && rows["reviews.csv"] == 0 && rows["validation.csv"] == 4)
        #expect(result["joined"] as? Bool == true)
        let personal = try #require(result["personal"] as? [[String]])
        #expect(personal[0][2] == "'=HYPERLINK(\"http://x\",\"y\")" && personal[0][3] == "O'Brien, \"Jr\"\nSecond line")
        #expect(personal[1][2] == "'@SUM(1+1)" && personal[1][3] == "'-2+3")
    }

    static func python(_ script: String, _ argument: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, argument]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}

/// What makes a CSV cell safe: RFC 4180 quoting and no formula a spreadsheet would run.
@Suite struct CSVTests {
    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("2026-07-01", "2026-07-01"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("=1+1", "'=1+1"), ("+44 7700", "'+44 7700"), ("-5", "'-5"), ("@cmd", "'@cmd"),
        ("=A1,B1", "\"'=A1,B1\""), ("a=b", "a=b"), ("\u{1B}[31m", "\u{FFFD}[31m"), ("\tx", "\u{FFFD}x"),
    ])
    func cells(value: String, written: String) {
        #expect(CSV.cell(value) == written)
    }

    @Test func linesEndInCRLF() {
        #expect(CSV.line(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }
}

/// The code lists as data: Casework's own by default, a council's loaded from the data directory, refused whole
/// when a name has no code or is unknown.
@Suite struct HCLICCodesTests {
    @Test func theShippedListsGiveEveryNameACode() throws {
        let codes = try HCLICReturnTests.codes()
        #expect(codes.version == "casework-2026.1")
        for list in HCLICList.allCases {
            for key in list.keys { #expect(!codes.code(list, key).isEmpty, "\(list.rawValue).\(key)") }
        }
    }

    @Test func aCouncilsOwnListsAreReadFromTheDataDirectory() throws {
        let directory = TemporaryDirectory()
        let shipped = try JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Resources/hclic/codes.json")))
        var document = shipped
        document["version"] = .string("DLUHC v1.4.5")
        var lists = document["lists"]!
        var accommodation = lists["accommodation"]!
        accommodation["private-rented"] = .string("PRS01")
        lists["accommodation"] = accommodation
        document["lists"] = lists
        try FileManager.default.createDirectory(at: directory.file("hclic"), withIntermediateDirectories: true)
        try directory.write("hclic/codes.json", JSONEncoder().encode(document))
        let codes = try HCLICCodes.load(fromDataDirectory: directory.url)
        #expect(codes.version == "DLUHC v1.4.5" && codes.code(.accommodation, "private-rented") == "PRS01")
    }

    @Test(arguments: [
        (#"{"version": "x", "lists": {}}"#, "list 'accommodation' is missing"),
        (#"{"lists": {}}"#, "version: is required"),
        (#"{"version": "x", "lists": {"accommodation": {"private-rented": "1"}}}"#, "lists.accommodation: 'social-rented' has no code"),
        (#"{"version": "x", "lists": {"accommodation": {"castle": "1"}}}"#, "lists.accommodation: unknown name 'castle'"),
        (#"{"version": "x", "lists": {"moods": {}}}"#, "lists: unknown list 'moods'"),
        (#"{"version": "x", "lists": {"finding": {"yes": 1, "no": "2", "unknown": "9"}}}"#, "lists.finding.yes: must be a code as text"),
        (#"{"version": "x", "extra": 1, "lists": {}}"#, "unknown key 'extra'"),
        (#"{"version": "x", "#, "not valid JSON"),
    ])
    func refusesWhatItCannotUse(text: String, problem: String) {
        #expect { try HCLICCodes.decode(Data(text.utf8)) } throws: { error in
            (error as? RuleConfigurationError)?.description.contains(problem) == true
        }
    }
}
