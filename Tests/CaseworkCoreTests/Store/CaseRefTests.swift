import Testing
@testable import CaseworkCore

/// What an officer types for a case: the three documented forms are one ref, and anything else is not a ref at all
/// (so it is named as a typing mistake, never looked for as "no case ABC").
@Suite struct CaseRefTests {
    @Test(arguments: [("H-0042", "H-0042"), ("h-42", "H-0042"), ("42", "H-0042"), (" 42 ", "H-0042"), ("0042", "H-0042"),
                      ("h-0042", "H-0042"), ("H-12345", "H-12345"), ("7", "H-0007")])
    func theDocumentedFormsAreOneRef(typed: String, ref: String) {
        #expect(CaseRef.parse(typed) == ref)
    }

    @Test(arguments: ["", " ", "4 2", "abc", "H-", "0x2A", "H-42abc", "-5", "+5", "H42", "H--42", "4.2", "٤٢", "99999999999999999999"])
    func anythingElseIsNotARef(typed: String) {
        #expect(CaseRef.parse(typed) == nil)
    }
}
