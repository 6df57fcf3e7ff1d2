import Testing
@testable import CaseworkCore

/// `JSONValue` reads through `JSONCursor`: the cursor's strict grammar, with the cursor's reasons put into words.
@Suite struct JSONTreeReaderTests {
    @Test(arguments: [
        (#"["\x"]"#, "unknown escape \\'x'", 3),
        (#"["a\ud800"]"#, "unpaired surrogate", 10),
        (#"["\udc00"]"#, "unpaired surrogate", 9),
        (#"["\u12"]"#, "four hex digits", 7),
        (#"[1.]"#, "digits after the decimal point", 4),
        (#"[1e+]"#, "digits in its exponent", 5),
        (#"[-]"#, "a number needs digits", 3),
        (#"[1,]"#, "expected a value", 4),
        (#"{"a":1,}"#, #"expected a "key""#, 8),
        (#"["abc"#, "unterminated string", 2),
        (String(repeating: "[", count: 300), "nested too deeply", 257),
    ])
    func namesWhatIsWrongAndWhere(text: String, reason: String, column: Int) {
        do {
            _ = try JSONValue.parse(Array(text.utf8))
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.reason.contains(reason), "\(error.reason)")
            #expect(error.column == column, "\(text): \(error)")
        }
    }

    /// Escapes are decoded into a scratch copy; a bad byte after one is still named where it is in the file.
    @Test func findsInvalidUTF8AfterAnEscapeInTheFile() {
        var bytes = Array(#"{"name": "a\nb "#.utf8)
        bytes.append(0xC3)
        bytes += Array(#"("}"#.utf8)
        do {
            _ = try JSONValue.parse(bytes)
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.offset == 15)
            #expect(error.reason == "invalid UTF-8 (byte offset 15)")
        }
    }

    @Test func countsLinesAcrossBlankLinesCarriageReturnsAndValuesSpanningLines() throws {
        let text = "{\"a\":1}\r\n\r\n{\"a\":\n2}\n[\n]\n\"s\" 3\n"
        let values = try JSONValue.parseSequence(Array(text.utf8))
        #expect(values.map(\.line) == [1, 3, 5, 7, 7])
        #expect(values.map(\.value) == [.object([("a", .number(1))]), .object([("a", .number(2))]), .array([]), .string("s"), .number(3)])
    }

    /// The line of every value of a long file, each counted once (the reader never recounts from the start).
    @Test func numbersTheLinesOfALongFileInOrder() throws {
        let count = 20_000
        let text = (1...count).map { #"{"n":\#($0)}"# }.joined(separator: "\n")
        let values = try JSONValue.parseSequence(Array(text.utf8))
        #expect(values.count == count)
        #expect(values.enumerated().allSatisfy { $0.element.line == $0.offset + 1 && $0.element.value["n"] == .number(Double($0.offset + 1)) })
    }
}
