import Foundation
import Testing
@testable import CaseworkCore

/// The council's partners and standard steps: the shipped files read, a council's copy wins, and a bad file is
/// refused whole with every problem named by line and item.
@Suite struct CouncilListTests {
    static func resource(_ path: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Resources/" + path)
    }

    @Test func theShippedListsReadAndTheInstalledCopiesAreTheRepositorys() throws {
        let partners = try PartnerDirectory.decode(Data(contentsOf: Self.resource("partners.json")))
        #expect(partners.partners.count >= 10)
        #expect(Set(partners.partners.map(\.kind)).isSuperset(of: [.mediation, .debtAdvice, .rentDeposit, .landlordIncentive, .refuge,
                                                                   .supportedHousing, .floatingSupport]))
        #expect(try PartnerDirectory.standard().partners == partners.partners)
        let steps = try StepLibrary.decode(Data(contentsOf: Self.resource("plan-steps.json")))
        #expect(steps.steps.contains { $0.text == "Provide three months of bank statements" })
        #expect(steps.steps.contains { $0.text == "Register with the council's rent-deposit scheme" })
        #expect(try StepLibrary.standard().steps == steps.steps)
    }

    @Test func theCouncilsCopyInTheDataDirectoryWins() throws {
        let fixture = try StoreFixture()
        let own = #"{"partners": [{"id": "our-mediation", "name": "Our Mediation", "kind": "mediation", "offers": "Talks", "usualCost": 99.5}]}"#
        try Data(own.utf8).write(to: fixture.directory.url.appendingPathComponent("partners.json"))
        let directory = try fixture.store.partners()
        #expect(directory.partners.map(\.id) == ["our-mediation"])
        #expect(directory.partners[0].usualCost == Money(pence: 9_950))
        #expect(directory.source == "partners.json in the data directory")
        #expect(try fixture.store.stepLibrary().source == "the standard plan-steps.json")
    }

    /// A broken partners file and the problem expected (its position and words).
    static let broken: [(text: String, expected: [String])] = [
        (#"{"partners": [ {"id": "a", "name": "A", "kind": "mediation", "offers": "x", "usualCost": 1},"#, ["line 1, column", "not valid JSON"]),
        ("{\"partners\": [\n  {\"id\": \"a\", \"name\": \"A\", \"kind\": \"mediation\", \"offers\": \"x\", \"usualCost\": 1},\n"
            + "  {\"id\": \"b\", \"name\": \"B\", \"kind\": \"magic\", \"offers\": \"x\", \"usualCost\": 1}\n]}",
         ["line 3, partners[1].kind", "'magic' is not one of"]),
        ("{\"partners\": [\n  {\"id\": \"a\", \"name\": \"A\", \"kind\": \"mediation\", \"offers\": \"x\", \"usualCost\": \"£350\"}\n]}",
         ["line 2, partners[0].usualCost", "must be a number, found a string"]),
        (#"{"partners": [{"id": "a", "name": "A", "kind": "mediation", "offers": "x", "usualCost": 1.005}]}"#, ["two decimal places"]),
        (#"{"partners": [{"id": "a", "name": "A", "kind": "mediation", "offers": "x", "usualCost": -1}]}"#, ["0 or more"]),
        (#"{"partners": [{"id": "a", "name": "A", "kind": "mediation", "offers": "x", "usualCost": 1, "phon": "0"}]}"#, ["partners[0].phon", "unknown key"]),
        (#"{"partners": [{"id": "a", "name": "A", "kind": "mediation", "usualCost": 1}]}"#, ["partners[0].offers", "is required"]),
        (#"{"partners": [{"id": "a b", "name": "A", "kind": "mediation", "offers": "x", "usualCost": 1}]}"#, ["letters, digits and dashes"]),
        (#"{"partners": [{"id": "a", "name": "A", "kind": "mediation", "offers": "x", "usualCost": 1}, {"id": "a", "name": "B", "kind": "refuge", "offers": "y", "usualCost": 0}]}"#,
         ["partners[1].id", "used by an earlier partner"]),
        (#"{"partners": [{"id": "a", "name": "A\u001b[31m", "kind": "mediation", "offers": "x", "usualCost": 1}]}"#, ["control character"]),
        (#"{"partner": []}"#, ["unknown key 'partner'"]),
        (#"{"schemaVersion": 2, "partners": []}"#, ["schemaVersion", "must be 1"]),
        (#"[]"#, ["must be an object"]),
    ]

    @Test(arguments: broken.indices)
    func aBadPartnersFileIsNamedByPosition(row: Int) throws {
        let (text, expected) = Self.broken[row]
        let message: String
        do {
            _ = try PartnerDirectory.decode(Data(text.utf8))
            Issue.record("accepted: \(text)")
            return
        } catch {
            message = error.description
        }
        #expect(message.hasPrefix("partners.json"))
        for part in expected { #expect(message.contains(part), "\(message) should say \(part)") }
    }

    @Test func everyProblemIsNamedAtOnce() {
        let text = "{\"partners\": [\n {\"id\": \"a\", \"kind\": \"x\", \"offers\": \"o\", \"usualCost\": 1},\n {\"id\": \"b\"}\n]}"
        #expect(throws: CouncilListError.self) { try PartnerDirectory.decode(Data(text.utf8)) }
        do { _ = try PartnerDirectory.decode(Data(text.utf8)) } catch {
            #expect(error.problems.count == 6)
            #expect(error.description.hasPrefix("partners.json: 6 problems"))
        }
    }

    @Test func aBadStepFileIsRefused() {
        let text = "{\"steps\": [\n {\"id\": \"x\", \"owner\": \"applicant\", \"text\": \"Do it\", \"dueInDays\": 1.5}\n]}"
        do {
            _ = try StepLibrary.decode(Data(text.utf8))
            Issue.record("accepted")
        } catch {
            #expect(error.description.contains("line 2, steps[0].owner: 'applicant' is not one of"))
            #expect(error.description.contains("steps[0].dueInDays: must be a whole number"))
        }
    }

    @Test func doctorReportsABadCouncilList() throws {
        let fixture = try StoreFixture()
        try Data("{".utf8).write(to: fixture.directory.url.appendingPathComponent("plan-steps.json"))
        #expect(fixture.store.councilListFindings().map(\.kind) == [.invalidCouncilList])
    }

    /// The schemas document exactly the fields the readers accept.
    @Test(arguments: [("partners.schema.json", "partners", PartnerDirectory.keys), ("plan-steps.schema.json", "steps", StepLibrary.keys)])
    func theSchemaListsTheReadersFields(file: String, list: String, keys: [String]) throws {
        let schema = try JSONValue.parse(Data(contentsOf: Self.resource("schemas/" + file)))
        guard case .object(let properties)? = schema["properties"]?[list]?["items"]?["properties"] else {
            Issue.record("no item properties in \(file)")
            return
        }
        #expect(Set(properties.map(\.key)) == Set(keys))
    }
}
