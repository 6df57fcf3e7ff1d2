import Foundation
import Testing
@testable import CaseworkCore

/// What an import says about a hostile file: every problem, each printable and bounded, never a phone number, an
/// email address or an NI number, and nothing imported.
@Suite struct HostileImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fixtures/Hostile").standardizedFileURL
    static let today = Day(year: 2026, month: 11, day: 26)!

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    static func errors(_ bytes: [UInt8]) -> [String] {
        do {
            let batch = ApplicationBatch(file: try ApplicationFile(bytes: bytes), reader: ApplicationReader(today: today))
            return batch.errors
        } catch {
            return [error.description]
        }
    }

    static func isPrintable(_ line: String) -> Bool { !line.unicodeScalars.contains(where: ControlCharacters.isUnprintable) }

    @Test func thereAreFixtures() { #expect(Self.names.count >= 8) }

    @Test(arguments: names)
    func aHostileFileIsRefusedInPrintableBoundedWords(name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        let errors = Self.errors(bytes)
        #expect(!errors.isEmpty, "\(name) was accepted")
        for line in errors {
            #expect(Self.isPrintable(line), "\(name): \(line.debugDescription)")
            #expect(line.count <= 160, "\(name): \(line)")
        }
    }

    @Test func contactDetailsAreNamedNeverQuoted() throws {
        let bytes = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("bad-contact-details.json")))
        let errors = Self.errors(bytes).joined(separator: "\n")
        #expect(errors.contains("applicant.phone"))
        #expect(errors.contains("applicant.email: must contain exactly one @"))
        #expect(errors.contains("applicant.nationalInsuranceNumber: is not a National Insurance number"))
        for secret in ["07700", "900X01", "ayse@", "AB 98"] { #expect(!errors.contains(secret), "\(secret) quoted in \(errors)") }
    }

    @Test func aTenMegabyteValueCostsOneShortLine() {
        let huge = String(repeating: "9", count: 10 << 20)
        let text = #"{"externalId":"X","receivedOn":"\#(huge)","applicant":{"firstName":"A","lastName":"B","dateOfBirth":"1990-01-01","phone":"07700 900201"},"homelessNow":true,"accommodation":{"type":"other"},"#
            + #""\#(huge)":1}"#
        let errors = Self.errors(Array(text.utf8))
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.count < 120 }, "\(errors.map(\.count))")
        #expect(errors.contains { $0.hasPrefix("receivedOn: \"9999999999999999999999999999999999999999…\" is not a date") })
    }

    @Test func aHundredThousandProblemsPrintFiftyAndACount() {
        let needs = Array(repeating: "\"not-a-need\"", count: 100_000).joined(separator: ",")
        let text = #"{"externalId":"X","receivedOn":"2026-11-20","applicant":{"firstName":"A","lastName":"B","dateOfBirth":"1990-01-01","phone":"07700 900201"},"homelessNow":true,"accommodation":{"type":"other"},"supportNeeds":[\#(needs)]}"#
        let errors = Self.errors(Array(text.utf8))
        #expect(errors.count == 100_000)
        let shown = ProblemList.lines(errors)
        #expect(shown.count == 51)
        #expect(shown.last == "and 99950 more")
        #expect(shown.joined(separator: "\n").utf8.count < 50 * 500)
    }

    @Test func aDisguisedExternalIdIsTheSameApplication() {
        let plain = Case(ref: "H-0001", receivedOn: Self.today, applicant: Applicant(firstName: "A", lastName: "B", dateOfBirth: nil),
                         accommodation: Accommodation(type: .other), createdAt: Timestamp(day: Self.today, secondOfDay: 0), createdBy: "t")
        var stored = plain
        stored.externalId = "WEB-\u{200B}1"  // written before such characters were refused
        var draft = plain
        draft.externalId = "WEB-1"
        let plan = ImportPlan([draft], known: ImportPlan.known([CaseSummary(stored)]))
        #expect(plan.fresh.isEmpty, "the look-alike is skipped as already imported")
    }
}

@Suite struct OutputSanitiserTests {
    @Test(arguments: [
        ("Ay\u{202E}esy", "Ay\u{FFFD}esy"),
        ("zero\u{200B}width", "zero\u{FFFD}width"),
        ("iso\u{2066}late\u{2069}", "iso\u{FFFD}late\u{FFFD}"),
        ("arabic\u{061C}mark", "arabic\u{FFFD}mark"),
        ("line\u{2028}sep", "line\u{FFFD}sep"),
        ("bom\u{FEFF}", "bom\u{FFFD}"),
        ("joiners stay: \u{200D}\u{200C}", "joiners stay: \u{200D}\u{200C}"),
    ])
    func formatCharactersNeverReachATerminal(text: String, printed: String) {
        #expect(ControlCharacters.printable(text) == printed)
    }

    @Test func jsonEscapesDelC1AndFormatCharactersAndStaysTheSameJSON() throws {
        var writer = JSONWriter()
        writer.beginArray()
        writer.string("del\u{7F} csi\u{9B}2J nel\u{85} rlo\u{202E} é 陈 🏠")
        writer.endArray()
        let escaped = JSONPrintable.escaping(writer.bytes)
        let text = String(decoding: escaped, as: UTF8.self)
        #expect(text == #"["del\u007f csi\u009b2J nel\u0085 rlo\u202e é 陈 🏠"]"#)
        #expect(try JSONValue.parse(escaped) == JSONValue.parse(writer.bytes))
        #expect(JSONPrintable.escaping(Array(#"{"plain":"ascii"}"#.utf8)) == Array(#"{"plain":"ascii"}"#.utf8))
    }

    @Test func quotesAreBoundedInScalarsAndPrintable() {
        #expect(Quote.value("short") == "\"short\"")
        #expect(Quote.value(String(repeating: "a", count: 41)) == "\"" + String(repeating: "a", count: 40) + "…\"")
        let marks = "a" + String(repeating: "\u{301}", count: 1_000_000)
        #expect(Quote.value(marks).unicodeScalars.count <= 43, "one character of a million combining marks is cut too")
        #expect(Quote.value("\u{1B}]0;x\u{7}") == "\"\u{FFFD}]0;x\u{FFFD}\"")
        #expect(Quote.key("firstName") == "firstName")
        #expect(Quote.key("\u{1B}[2J") == "\"\u{FFFD}[2J\"")
    }
}
