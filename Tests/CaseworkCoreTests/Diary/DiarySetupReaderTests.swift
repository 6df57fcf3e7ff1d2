import Foundation
import Testing
@testable import CaseworkCore

@Suite struct DiarySetupReaderTests {
    let reader = DiarySetupReader(staff: DiaryFixture.staff)

    func problems(_ text: String) -> [String] {
        do {
            _ = try reader.decode(Data(text.utf8))
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func writesAndReadsBackTheSameSetUp() throws {
        var setup = DiaryFixture.setup
        setup.settings.presentationsPerWeek = 29.5
        setup.revision = 4
        let bytes = try JSONEncoder().encode(DiarySetupReader.document(setup))
        #expect(try reader.decode(bytes) == setup)
    }

    @Test func noFileIsAnEmptyDiary() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.diarySetup() == DiarySetup())
    }

    /// Each problem named by the file and its position: line and column where it is not JSON, a key path otherwise.
    @Test(arguments: [
        ("{\"schemaVersion\": 1, \"caseworkers\": [\n  {\"officer\": \"amara\",}\n]}", "diary.json: line 2, column 23: not valid JSON: unexpected character '}'; expected a \"key\""),
        ("{\"schemaVersion\": 1, \"caseworkers\": [], \"setings\": {}}", "diary.json: setings: is not a known field"),
        ("{\"schemaVersion\": 2, \"caseworkers\": []}", "diary.json: schemaVersion: 2 was written by a newer Casework; upgrade before using this diary"),
        ("{\"caseworkers\": []}", "diary.json: schemaVersion: is required (a whole number)"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"nobody\", \"week\": []}]}", "diary.json: caseworkers[0].officer: 'nobody' is not in the staff directory"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"../etc\", \"week\": []}]}", "diary.json: caseworkers[0].officer: '../etc' is not a staff id (letters, digits, '-', '_' and '.')"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"amara\", \"week\": [{\"day\": \"mon\", \"start\": \"09:30\", \"minutes\": 60, \"location\": \"A\"}]}]}",
         "diary.json: caseworkers[0].week[0].day: \"mon\" is not one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"amara\", \"week\": [{\"day\": \"monday\", \"start\": \"9:30\", \"minutes\": 60, \"location\": \"A\"}]}]}",
         "diary.json: caseworkers[0].week[0].start: \"9:30\" is not a time HH:MM (24-hour)"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"amara\", \"week\": [{\"day\": \"monday\", \"start\": \"23:30\", \"minutes\": 60, \"location\": \"A\"}]}]}",
         "diary.json: caseworkers[0].week[0].minutes: runs past midnight"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"amara\", \"week\": [{\"day\": \"monday\", \"start\": \"09:30\", \"minutes\": 4, \"location\": \"A\"}]}]}",
         "diary.json: caseworkers[0].week[0].minutes: must be from 5 to 480"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"amara\", \"week\": [{\"day\": \"monday\", \"start\": \"09:30\", \"minutes\": 60, \"location\": \"A\"}, {\"day\": \"monday\", \"start\": \"10:00\", \"minutes\": 30, \"location\": \"B\"}]}]}",
         "diary.json: caseworkers[0].week[1]: overlaps caseworkers[0].week[0] (monday 09:30)"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"amara\", \"week\": []}, {\"officer\": \"amara\", \"week\": []}]}",
         "diary.json: caseworkers[1].officer: 'amara' already has a diary at caseworkers[0]"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [], \"closures\": [{\"from\": \"2026-12-31\", \"to\": \"2026-12-29\", \"kind\": \"closure\"}]}",
         "diary.json: closures[0].to: 2026-12-29 is before 2026-12-31"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [], \"settings\": {\"targetWaitWorkingDays\": 2.5}}",
         "diary.json: settings.targetWaitWorkingDays: must be a whole number, found 2.5"),
        ("{\"schemaVersion\": 1, \"caseworkers\": [], \"settings\": {\"presentationsPerWeek\": \"30\"}}",
         "diary.json: settings.presentationsPerWeek: must be a number from 0 to 10000, or null for the last 8 weeks' average"),
    ])
    func namesEachProblemByPosition(text: String, expected: String) {
        #expect(problems(text) == [expected])
    }

    @Test func listsEveryProblemAtOnce() {
        let found = problems("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"amara\", \"week\": [{\"day\": \"funday\", \"start\": \"25:00\", \"minutes\": 60, \"location\": \"\"}], \"absences\": [{\"from\": \"2026-13-01\", \"to\": \"2026-12-01\", \"kind\": \"holiday\"}]}]}")
        #expect(found.count == 5)
    }

    /// A broken diary.json stops booking with the whole list, and never writes over it.
    @Test func aBrokenFileStopsBookingAndIsLeftAlone() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada")])
        let broken = Data("{\"schemaVersion\": 1, \"caseworkers\": [{\"officer\": \"amara\"}]}".utf8)
        try fixture.directory.write("diary.json", broken)
        #expect(throws: DiarySetupError.self) { try fixture.service().book("H-0001", slot: DiaryFixture.slot("amara@2026-12-02T09:30")) }
        #expect(throws: DiarySetupError.self) { try fixture.store.saveDiarySetup(DiaryFixture.setup, expectedRevision: 1, by: DiaryFixture.helen) }
        #expect(try fixture.directory.bytes("diary.json") == broken)
    }

    @Test func aSaveAgainstAnOlderRevisionIsRefusedAndEachSaveIsAudited() throws {
        let fixture = try DiaryFixture()
        var setup = try fixture.store.diarySetup()
        #expect(setup.revision == 1)
        setup.caseworkers[1].absences.append(Absence(from: Day(iso: "2026-12-14")!, to: Day(iso: "2026-12-14")!, kind: .training))
        let saved = try fixture.store.saveDiarySetup(setup, expectedRevision: 1, by: DiaryFixture.helen)
        #expect(saved.revision == 2)
        #expect(try fixture.store.auditTrail().entries.last?.fields == ["caseworkers.dev"])
        #expect(throws: StoreError.self) { try fixture.store.saveDiarySetup(setup, expectedRevision: 1, by: DiaryFixture.helen) }
        #expect(try fixture.store.diarySetup() == saved)
    }

    /// The schema in Resources/schemas documents exactly the fields the reader accepts.
    @Test func schemaListsExactlyTheFieldsTheReaderAccepts() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Resources/schemas/diary.schema.json")
        let schema = try JSONValue.parse(Array(try Data(contentsOf: url)))
        func keys(_ object: JSONValue?) -> [String] {
            guard case .object(let pairs)? = object?["properties"] else { return [] }
            return pairs.map(\.key).sorted()
        }
        let caseworker = schema["properties"]?["caseworkers"]?["items"]
        #expect(keys(schema) == DiarySetupReader.topKeys.sorted())
        #expect(keys(schema["properties"]?["settings"]) == DiarySetupReader.settingsKeys.sorted())
        #expect(keys(caseworker) == DiarySetupReader.caseworkerKeys.sorted())
        #expect(keys(caseworker?["properties"]?["week"]?["items"]) == DiarySetupReader.slotKeys.sorted())
        #expect(keys(schema["$defs"]?["absence"]) == DiarySetupReader.absenceKeys.sorted())
    }
}
