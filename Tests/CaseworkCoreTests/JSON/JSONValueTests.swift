import Testing
@testable import CaseworkCore

@Suite struct JSONValueTests {
    @Test func parsesNestedValuesKeepingKeyOrder() throws {
        let value = try JSONValue.parse(Array(#"{"b": [1, 2.5, -3e2], "a": {"x": null, "y": true}, "s": "\u00e9\n\ud83d\ude00"}"#.utf8))
        guard case .object(let pairs) = value else { Issue.record("not an object"); return }
        #expect(pairs.map(\.key) == ["b", "a", "s"])
        #expect(value["b"] == .array([.number(1), .number(2.5), .number(-300)]))
        #expect(value["a"]?["y"] == .bool(true))
        #expect(value["s"] == .string("é\n😀"))
    }

    @Test(arguments: [
        ("{\"a\": 1,\n \"b\": tru}", 2, 7, "expected a value"),
        ("{\"a\": [1, 2", 1, 12, "truncated"),
        ("[1, 2] x", 1, 8, "after the end"),
        ("{\"a\": \"\\u12\"}", 1, 12, "four hex digits"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("{\"a\": \"line\nbreak\"}", 1, 12, "control character"),
        ("", 1, 1, "unexpected end"),
        // A leading zero is not JSON: the number ends after the 0, and the 1 is out of place.
        ("{\"a\": 01x}", 1, 8, "expected ','"),
    ])
    func reportsWhereTheTextIsBroken(text: String, line: Int, column: Int, reason: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(Array(text.utf8)) }
        do {
            _ = try JSONValue.parse(Array(text.utf8))
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test func reportsInvalidUTF8WithItsByteOffset() {
        var bytes = Array(#"{"name": "Zo"#.utf8)
        bytes.append(0xFF)
        bytes += Array(#""}"#.utf8)
        do {
            _ = try JSONValue.parse(bytes)
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.reason == "invalid UTF-8 (byte offset 12)")
            #expect(error.offset == 12)
        }
    }

    @Test func parsesASequenceWithLineNumbers() throws {
        let values = try JSONValue.parseSequence(Array("{\"a\":1}\n\n{\"a\":2}\n{\"a\":3}\n".utf8))
        #expect(values.map(\.line) == [1, 3, 4])
    }
}
