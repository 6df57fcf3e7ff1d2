import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CaseworkCore

/// The plan letter in both formats: what the law asks it to say, 72 columns of text whatever the names, and
/// HTML that parses, escapes everything from outside and fetches nothing.
@Suite struct PlanLetterTests {
    static let today = PlanFixture.today

    /// A case with a CJK name, a hostile step text, a partner, a long unbroken word and a duty.
    static func letter(_ format: PlanLetterFormat) throws -> String {
        let fixture = try PlanFixture { record in
            record.applicant = Applicant(firstName: "美玲", lastName: "陈 <script>alert(1)</script>", dateOfBirth: nil)
            record.applicant.correspondenceAddress = Address(lines: ["Flat 2, 10 St Albans Road"], town: "Watford", postcode: "WD17 1AA")
        }
        try fixture.service.assess(fixture.ref, expectedRevision: nil) { assessment in
            assessment.housingNeeds = "A two-bedroom flat near the school & the clinic.\n\nNot above the second floor."
            assessment.supportNeeds = [.mentalHealth, .youngParent]
        }
        try fixture.service.startDuty(fixture.ref, kind: .prevention, on: today.adding(days: -2), expectedRevision: nil)
        try fixture.add(.applicantRequired, "Bring the tenancy agreement \"signed\" <b>and</b> dated", due: today.adding(days: 7))
        try fixture.add(.applicantRecommended, "See " + String(repeating: "月", count: 50) + " about a budget")
        try fixture.add(.council, "Refer for money advice", due: today.adding(days: 3), partner: "money-advice")
        try fixture.add(.council, "Pneumonoultramicroscopicsilicovolcanoconiosis-" + String(repeating: "x", count: 60))
        try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
        return try fixture.service.planLetter(fixture.ref, format: format).text
    }

    @Test func theTextFitsSeventyTwoColumnsAndSaysWhatTheLawAsks() throws {
        let text = try Self.letter(.text)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(ScalarColumns.of(line) <= 72, "too wide: \(line)")
        }
        #expect(text.contains("Dear 美玲 陈 <script>alert(1)</script>,"))
        #expect(text.contains("Steps you must take"))
        #expect(text.contains("Steps we recommend"))
        #expect(text.contains("Steps we will take"))
        #expect(text.contains("Hertside Money Advice"))
        #expect(text.contains("Contact: 01632 960102"))
        #expect(text.contains("from 28 February 2026"))
        // 21 days beginning with the day of notification (2 March): 22 March.
        #expect(text.contains("by 22 March 2026"))
        #expect(text.contains("section 202(1)(bc)"))
        #expect(text.contains("Priya Shah"))
        #expect(!text.unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" })
    }

    @Test func theHTMLParsesEscapesAndFetchesNothing() throws {
        let html = try Self.letter(.html)
        let reader = LetterReader()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!reader.elements.contains("script"))
        #expect(!reader.elements.contains("link") && !reader.elements.contains("img") && !reader.elements.contains("iframe"))
        #expect(reader.attributes.allSatisfy { !["src", "href"].contains($0.key) })
        // The hostile name and step come back as text, not markup.
        #expect(reader.text.contains("Dear 美玲 陈 <script>alert(1)</script>,"))
        #expect(reader.text.contains("Bring the tenancy agreement \"signed\" <b>and</b> dated"))
        #expect(reader.elements.filter { $0 == "ol" }.count == 3)
        #expect(reader.styles.contains("@page { size: A4"))
        #expect(reader.styles.contains("@media print"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("url("))
        #expect(reader.attributes.contains { $0.key == "content" && $0.value.hasPrefix("default-src 'none'") })
    }

    @Test func anEarlierVersionsLetterShowsThatVersion() throws {
        let fixture = try PlanFixture()
        try fixture.add(.council, "Call the landlord")
        try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
        try fixture.add(.council, "Offer a rent-deposit bond")
        try fixture.service.agreePlan(fixture.ref, expectedRevision: nil)
        let first = try fixture.service.planLetter(fixture.ref, version: 1, format: .text).text
        let second = try fixture.service.planLetter(fixture.ref, format: .text).text
        #expect(!first.contains("rent-deposit bond"))
        #expect(second.contains("rent-deposit bond"))
        #expect(second.contains("This is version 2 of your plan. It replaces version 1."))
    }

    @Test func wrappingKeepsEveryWordAndItsOrder() {
        let text = "one two three " + String(repeating: "長", count: 45) + " four " + String(repeating: "z", count: 100)
        let lines = PlanLetterText.wrap(text, indent: "   ", first: "  1. ")
        #expect(lines.allSatisfy { ScalarColumns.of($0) <= 72 })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "").hasSuffix(String(repeating: "z", count: 100)))
        #expect(lines.joined(separator: " ").split(separator: " ").joined() == ("1." + text.replacingOccurrences(of: " ", with: "")))
    }
}

/// Collects what an XML reading of the letter finds.
private final class LetterReader: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [(key: String, value: String)] = []
    var text = ""
    var styles = ""
    private var inStyle = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        self.attributes += attributes.map { ($0.key, $0.value) }
        inStyle = name == "style"
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "style" { inStyle = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inStyle { styles += string } else { text += string }
    }
}
