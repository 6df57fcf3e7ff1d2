import Testing
@testable import CaseworkCore

@Suite struct ContactFormatTests {
    @Test(arguments: [
        ("07700 900123", true), ("07700900123", true), ("01923 400512", true), ("+44 7700 900123", true),
        ("(01923) 400-512", true), ("0770090012", true), ("077009001234", false), ("7700 900123", false),
        ("+33 6 12 34 56 78", false), ("07700 90012a", false), ("", false), ("+44 07700 900123", false),
    ])
    func phones(text: String, valid: Bool) {
        #expect((ContactFormat.phoneProblem(text) == nil) == valid)
    }

    @Test(arguments: [
        ("hafid.hafiz@example.org", true), ("a@b.co", true), ("no-at.example.org", false), ("two@@example.org", false),
        ("@example.org", false), ("name@localhost", false), ("name@exa mple.org", false), ("name@.org", false),
        ("", false), ("name@example.", false),
    ])
    func emails(text: String, valid: Bool) {
        #expect((ContactFormat.emailProblem(text) == nil) == valid)
    }

    @Test(arguments: [("WD17 1AB", true), ("wd171ab", true), ("SW1A 1AA", true), ("M1 1AE", true), ("12345", false), ("WD17 1A", false)])
    func postcodes(text: String, valid: Bool) {
        #expect((ContactFormat.postcodeProblem(text) == nil) == valid)
    }
}
