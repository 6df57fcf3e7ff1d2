import Foundation
import Testing
@testable import CaseworkCore

/// The hand reader of `staff.json` must read exactly what `JSONDecoder` reads, and hand over whatever it is unsure of.
@Suite struct StaffReaderTests {
    let reader = StaffReader()
    let coders = StoreCoders()

    @Test(arguments: [8, 1_000, 100_000])
    func readsWhatTheStoreWritesAsJSONDecoderDoes(cases: Int) throws {
        var staff = DemoStaff.directory(forCases: cases)
        staff.members.append(StaffMember(id: "zoë", name: "Zoë \"Z\" O\u{2019}Neil\\\u{1F3E0}", role: .triageOfficer))
        let data = try coders.document.encode(staff)
        #expect(reader.fast(data) == staff)
        #expect(reader.fast(try JSONEncoder().encode(staff)) == staff, "compact JSON too")
    }

    /// Each case is valid JSON the reader does not take on itself; the result must still be JSONDecoder's.
    @Test(arguments: [
        #"{"members":[],"schemaVersion":2}"#,
        #"{"members":[],"schemaVersion":1,"extra":true}"#,
        #"{"members":[{"id":"a","name":"A","role":"manager","restrictedAccess":true,"restrictedAccess":false}],"schemaVersion":1}"#,
        #"{"members":[{"id":"a","name":"A","role":"manager","restrictedAccess":1}],"schemaVersion":1}"#,
        #"{"members":[{"id":"a","name":"A","role":"director","restrictedAccess":true}],"schemaVersion":1}"#,
        #"{"members":[{"id":"a","name":"A","role":"manager"}],"schemaVersion":1}"#,
        #"{"members":[],"schemaVersion":1} x"#,
        #"{"members":[],"schemaVersion":1.0}"#,
    ])
    func handsOverWhatItIsUnsureOf(text: String) {
        let data = Data(text.utf8)
        #expect(reader.fast(data) == nil)
        let expected = Result { try coders.decoder.decode(StaffDirectory.self, from: data) }
        let read = Result { try reader.decode(data, decoder: coders.decoder) }
        switch (expected, read) {
        case let (.success(a), .success(b)): #expect(a == b)
        case (.failure, .failure): break
        default: Issue.record("JSONDecoder gave \(expected), the reader \(read)")
        }
    }

    @Test func knowsEveryStoredPropertyOfTheModel() {
        func labels(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        #expect(labels(StaffDirectory(members: [])) == Set(StaffDirectoryKey.allCases.map(\.rawValue)))
        #expect(labels(StaffMember(id: "", name: "", role: .manager)) == Set(StaffMemberKey.allCases.map(\.rawValue)))
    }
}
