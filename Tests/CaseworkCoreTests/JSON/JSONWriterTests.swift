import Testing
@testable import CaseworkCore

@Suite struct JSONWriterTests {
    @Test func writesNestedValuesThatParseBack() throws {
        var writer = JSONWriter()
        writer.beginArray()
        for index in 0..<2 {
            writer.beginObject()
            writer.key("ref"); writer.string("H-000\(index)")
            writer.key("name"); writer.string("Zoë \"Z\" 陈\n\u{1}")
            writer.key("none"); writer.string(nil)
            writer.key("n"); writer.int(index)
            writer.key("flags"); writer.beginArray(); writer.bool(true); writer.bool(nil); writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text.hasPrefix(#"[{"ref":"H-0000","name":"Zoë \"Z\" 陈\n\u0001","none":null,"n":0,"flags":[true,null]},{"#))
        let parsed = try JSONValue.parse(writer.bytes)
        #expect(parsed == .array([0, 1].map { index in
            .object([("ref", .string("H-000\(index)")), ("name", .string("Zoë \"Z\" 陈\n\u{1}")), ("none", .null),
                     ("n", .number(Double(index))), ("flags", .array([.bool(true), .null]))])
        }))
    }
}
