import Foundation
import Testing
@testable import CaseworkCore

@Suite struct ApplicationReaderTests {
    static let today = Day(iso: "2026-11-26")!
    let reader = ApplicationReader(today: ApplicationReaderTests.today)

    static let valid = #"""
    {"externalId": "WEB-1", "receivedOn": "2026-11-20",
     "applicant": {"firstName": "Hafid", "lastName": "Hafiz", "dateOfBirth": "1999-05-01", "phone": "07700 900417",
                   "email": "hafid@example.org"},
     "household": [{"firstName": "Ayisha", "lastName": "Hafiz", "dateOfBirth": "2001-02-03", "relationship": "partner"},
                   {"firstName": "Kaamil", "dateOfBirth": "2023-06-01", "relationship": "child"}],
     "homelessNow": false,
     "accommodation": {"type": "private-rented", "tenancyStartedOn": "2020-09-01",
                       "landlord": {"name": "Mrs E. Barrow", "phone": "01923 400512"}},
     "notice": {"type": "section-8", "servedOn": "2026-09-12", "expiresOn": "2027-01-12", "grounds": ["1"],
                "checks": {"depositProtected": true, "epcGiven": null}},
     "domesticAbuse": false, "supportNeeds": ["young-parent"],
     "documents": [{"kind": "identity", "provided": true}, {"kind": "notice", "provided": false}]}
    """#

    func value(_ text: String = ApplicationReaderTests.valid) -> JSONValue { try! JSONValue.parse(Array(text.utf8)) }

    /// The valid application with one field replaced (or removed, with `nil`), by a dotted path.
    func changed(_ path: String, to replacement: JSONValue?, in base: JSONValue? = nil) -> JSONValue {
        func apply(_ value: JSONValue, _ keys: ArraySlice<String>) -> JSONValue {
            guard let key = keys.first, case .object(var pairs) = value else { return value }
            let index = pairs.firstIndex { $0.key == key }
            if keys.count == 1 {
                if let index { pairs.remove(at: index) }
                if let replacement { pairs.append((key, replacement)) }
            } else if let index {
                pairs[index].value = apply(pairs[index].value, keys.dropFirst())
            }
            return .object(pairs)
        }
        return apply(base ?? value(), ArraySlice(path.split(separator: ".").map(String.init)))
    }

    func errors(_ input: JSONValue) -> [String] {
        if case .invalid(let problems) = reader.read(input) { return problems.map(\.description) }
        return []
    }

    /// Abuse given anywhere on the form restricts the case from the start, however the form put it.
    @Test(arguments: [
        ("supportNeeds", JSONValue.array([.string("domestic-abuse")])),
        ("reasonForLoss", .string("domestic-abuse")),
        ("domesticAbuse", .bool(true)),
    ])
    func domesticAbuseAnywhereRestrictsTheCase(path: String, value: JSONValue) throws {
        guard case .valid(let record) = reader.read(changed(path, to: value)) else { Issue.record("refused"); return }
        #expect(record.domesticAbuse && record.restricted && record.supportNeeds.contains(.domesticAbuse))
    }

    @Test func readsAValidApplication() throws {
        guard case .valid(let record) = reader.read(value()) else { Issue.record("refused"); return }
        #expect(record.externalId == "WEB-1")
        #expect(record.household.count == 2)
        #expect(record.notice?.grounds == ["1"])
        #expect(record.notice?.checks.depositProtected == true)
        #expect(record.notice?.checks.epcGiven == nil)
        #expect(record.supportNeeds.contains(.youngParent))
        #expect(!record.restricted)
        // The checklist is completed with what the household's circumstances require.
        #expect(Set(record.documents.map(\.kind)).isSuperset(of: [.identity, .notice, .tenancyAgreement, .birthCertificates]))
        #expect(record.documents.first { $0.kind == .identity }?.receivedOn == Day(iso: "2026-11-20"))
        #expect(record.documents.first { $0.kind == .notice }?.requestedOn == Day(iso: "2026-11-20"))
    }

    @Test(arguments: [
        ("applicant.dateOfBirth", JSONValue.string("31/02/1990"), #"applicant.dateOfBirth: "31/02/1990" is not a date YYYY-MM-DD"#),
        ("applicant.dateOfBirth", .string("2030-01-01"), "applicant.dateOfBirth: 2030-01-01 is in the future"),
        ("applicant.dateOfBirth", .string("2015-01-01"), "applicant.dateOfBirth: 2015-01-01 makes the applicant under 16"),
        ("applicant.firstName", nil, "applicant.firstName: is required"),
        ("applicant.firstName", .string("   "), "applicant.firstName: must not be empty"),
        ("applicant.phone", .string("12345"), "applicant.phone: must start with 0 or +44"),
        ("applicant.email", .string("hafid-at-example.org"), "applicant.email: must contain exactly one @"),
        ("applicant.nationalInsuranceNumber", .string("AB 12 34"),
         "applicant.nationalInsuranceNumber: is not a National Insurance number like QQ 12 34 56 C"),
        ("applicant.firstName", .string("Evil\u{1B}[31mRED"), "applicant.firstName: contains a control character (U+001B)"),
        ("applicant.lastName", .string("Line\nBreak"), "applicant.lastName: contains a control character (U+000A)"),
        ("applicant.pregnant", .string("yes"), "applicant.pregnant: must be true or false, found a string"),
        ("applicant.nickname", .string("H"), "applicant.nickname: is not a known field"),
        ("receivedOn", .string("2026-12-01"), "receivedOn: 2026-12-01 is after today (2026-11-26)"),
        ("receivedOn", nil, "receivedOn: is required (a date YYYY-MM-DD)"),
        ("receivedOn", .string("1990-01-01"), "receivedOn: 1990-01-01 is before the Homelessness Reduction Act 2017 came into force"),
        ("receivedOn", .string("2018-04-02"), "receivedOn: 2018-04-02 is before the Homelessness Reduction Act 2017"),
        ("lossDate", .string("2031-01-01"), "lossDate: 2031-01-01 is more than two years ahead: check the year"),
        ("notice.expiresOn", .string("9999-12-31"), "notice.expiresOn: 9999-12-31 is more than two years ahead"),
        ("notice.proceedingsIssuedOn", .string("2026-12-24"), "notice.proceedingsIssuedOn: 2026-12-24 is in the future"),
        ("externalId", .number(12), "externalId: must be text, found a number"),
        ("homelessNow", nil, "homelessNow: is required (true or false)"),
        ("accommodation.type", .string("caravan"), #"accommodation.type: "caravan" is not one of: private-rented"#),
        ("notice.type", .string("section-22"), #"notice.type: "section-22" is not one of: section-21, section-8, other"#),
        ("notice.expiresOn", .string("2026-09-01"), "notice.expiresOn: 2026-09-01 is before the notice was served (2026-09-12)"),
        ("notice.checks.depositProtected", .string("true"), "notice.checks.depositProtected: must be true or false, found a string"),
        ("supportNeeds", .array([.string("homeless")]), #"supportNeeds[0]: "homeless" is not one of: mental-health"#),
        ("documents", .array([.object([("kind", .string("passport")), ("provided", .bool(true))])]), #"documents[0].kind: "passport" is not one of"#),
        ("household", .string("two"), "household: must be a list, found a string"),
        ("referral", .object([("agency", .string("hospital")), ("referredOn", .string("2027-01-01")), ("consentGiven", .bool(true))]),
         "referral.referredOn: 2027-01-01 is in the future"),
        ("referral", .object([("agency", .string("hospital")), ("referredOn", .string("2026-11-19")), ("consentGiven", .bool(false))]),
         "referral.consentGiven: a duty-to-refer referral needs the person's consent (s213B)"),
    ])
    func reportsEachProblemWithItsPath(path: String, replacement: JSONValue?, expected: String) {
        let found = errors(changed(path, to: replacement))
        #expect(found.contains { $0.hasPrefix(expected) }, "got \(found)")
    }

    @Test func reportsEveryProblemAtOnce() {
        var input = changed("applicant.dateOfBirth", to: .string("31/02/1990"))
        if case .object(var pairs) = input {
            pairs.removeAll { $0.key == "homelessNow" }
            pairs.append(("colour", .string("blue")))
            input = .object(pairs)
        }
        let found = errors(input)
        #expect(found.count == 3, "\(found)")
    }

    @Test func needsALossDateWhenNotHomelessAndNoNotice() {
        var input = changed("notice", to: nil)
        #expect(errors(input).contains(
            "lossDate: is required when the household is not homeless now, there is no notice and no domestic abuse"))
        input = changed("homelessNow", to: .bool(true))
        #expect(errors(input).isEmpty)
    }

    /// s177(1): abuse with the applicant still at home needs no loss date; the household may be homeless now.
    @Test(arguments: [("domesticAbuse", JSONValue.bool(true)), ("reasonForLoss", .string("domestic-abuse")),
                      ("supportNeeds", .array([.string("domestic-abuse")]))])
    func abuseAtHomeNeedsNoLossDate(_ key: String, _ value: JSONValue) throws {
        var input = changed("notice", to: nil)
        input = changed(key, to: value, in: input)
        #expect(errors(input).isEmpty, "\(errors(input))")
    }

    /// Issue 9's facts an application can carry: the two section 21 bars and the tenancy's period.
    @Test func readsTheSection21BarsAndTheTenancyPeriod() throws {
        var input = changed("notice.checks", to: .object([("retaliatoryEviction", .bool(false)), ("prohibitedPaymentHeld", .null)]))
        input = changed("accommodation.tenancyPeriod", to: .string("quarterly"), in: input)
        guard case .valid(let record) = reader.read(input) else { Issue.record("\(errors(input))"); return }
        #expect(record.notice?.checks.retaliatoryEviction == false && record.notice?.checks.prohibitedPaymentHeld == nil)
        #expect(record.accommodation.tenancyPeriod == .quarterly)
        #expect(errors(changed("accommodation.tenancyPeriod", to: .string("fortnightly"))).first?.hasPrefix("accommodation.tenancyPeriod") == true)
    }

    @Test func restrictsDomesticAbuseCasesFromArrival() {
        guard case .valid(let record) = reader.read(changed("domesticAbuse", to: .bool(true))) else { Issue.record("refused"); return }
        #expect(record.restricted)
        #expect(record.supportNeeds.contains(.domesticAbuse))
    }

    @Test func readsObjectArrayAndJSONLinesFiles() throws {
        let one = try ApplicationFile(bytes: Array(Self.valid.utf8))
        #expect(one.entries.count == 1 && one.entries[0].label.isEmpty)
        let compact = String(data: try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(Self.valid.utf8))), encoding: .utf8)!
        let array = try ApplicationFile(bytes: Array("[\(compact), \(compact)]".utf8))
        #expect(array.entries.map(\.label) == ["record 1", "record 2"])
        let lines = try ApplicationFile(bytes: Array("\(compact)\n\(compact)\n".utf8))
        #expect(lines.entries.map(\.label) == ["line 1", "line 2"])
        // The same externalId twice in one file is an error, not a silent skip.
        let batch = ApplicationBatch(file: lines, reader: reader)
        #expect(batch.cases.count == 1)
        #expect(batch.errors == [#"line 2: externalId: "WEB-1" already appears in line 1"#])
    }

    @Test(arguments: [("", "the file holds no applications"), ("[]", "the file holds no applications"),
                      ("[1]", "record 1: expected an application object, found a number"),
                      ("{\"a\": ", "not valid JSON at line 1, column 7")])
    func refusesFilesThatAreNotApplications(text: String, expected: String) {
        do {
            _ = try ApplicationFile(bytes: Array(text.utf8))
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    /// The schema in Resources/schemas documents exactly the fields the reader accepts.
    @Test func schemaListsExactlyTheFieldsTheReaderAccepts() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Resources/schemas/application.schema.json")
        let schema = try JSONValue.parse(Array(try Data(contentsOf: url)))
        func keys(_ object: JSONValue?) -> [String] {
            guard case .object(let pairs)? = object?["properties"] else { return [] }
            return pairs.map(\.key).sorted()
        }
        let properties = schema["properties"]
        let defs = schema["$defs"]
        let expected: [(String, JSONValue?)] = [
            ("", schema), ("applicant", properties?["applicant"]), ("household[]", properties?["household"]?["items"]),
            ("accommodation", properties?["accommodation"]), ("notice", properties?["notice"]),
            ("notice.checks", properties?["notice"]?["properties"]?["checks"]), ("documents[]", properties?["documents"]?["items"]),
            ("referral", properties?["referral"]), ("address", defs?["address"]), ("party", defs?["party"]),
        ]
        for (name, object) in expected {
            #expect(keys(object) == ApplicationReader.fields[name]!.sorted(), "\(name)")
        }
        #expect(ApplicationReader.fields.count == expected.count)
    }

    @Test func theExampleFileImports() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Resources/examples/applications.jsonl")
        let batch = ApplicationBatch(file: try ApplicationFile(bytes: Array(try Data(contentsOf: url))), reader: reader)
        #expect(batch.errors.isEmpty, "\(batch.errors)")
        #expect(batch.cases.count == 3)
    }
}
