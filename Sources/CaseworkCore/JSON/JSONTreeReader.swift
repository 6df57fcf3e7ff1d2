/// Builds `JSONValue` trees on `JSONCursor`, the one JSON lexer, and puts into words where and why a text is not
/// JSON: strings (escapes, surrogates, UTF-8) and numbers are read by the cursor, structure and messages here.
struct JSONTreeReader {
    private var cursor: JSONCursor
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Lines before `counted`, counted once as the reader moves on.
    private(set) var line = 1
    private var counted = 0

    static let maximumDepth = 256

    private init(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>) {
        self.bytes = bytes
        cursor = JSONCursor(bytes, scratch: scratch)
    }

    /// Runs `read` over `bytes` with the scratch space the cursor needs for unescaped strings.
    static func reading<T>(_ bytes: [UInt8], _ read: (inout JSONTreeReader) throws(JSONSyntaxError) -> T) throws(JSONSyntaxError) -> T {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        defer { scratch.deallocate() }
        let result: Result<T, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONTreeReader(buffer, scratch: scratch)
            do throws(JSONSyntaxError) {
                return .success(try read(&reader))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Skips whitespace; true when a value follows, with `line` its line.
    mutating func skipToValue() -> Bool {
        cursor.skipSpace()
        countLines()
        return cursor.offset < bytes.count
    }

    /// Only whitespace may follow.
    mutating func expectEnd() throws(JSONSyntaxError) {
        guard !skipToValue() else { throw error("unexpected text after the end of the JSON value") }
    }

    private mutating func countLines() {
        let upTo = cursor.offset
        while counted < upTo {
            if bytes[counted] == 0x0A { line += 1 }
            counted += 1
        }
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nested too deeply") }
        guard let byte = next() else { throw error("unexpected end of file (truncated?)") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): return try literal()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected character \(describe(byte)); expected a value")
        }
    }

    /// The next significant byte, not consumed; nil at the end.
    private mutating func next() -> UInt8? { try? cursor.peek() }

    private mutating func literal() throws(JSONSyntaxError) -> JSONValue {
        let start = cursor.offset
        do throws(JSONStop) {
            if try cursor.consumeNull() { return .null }
            return .bool(try cursor.bool())
        } catch {
            throw self.error("unexpected character \(describe(bytes[start])); expected a value", at: start)
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> Double {
        let start = cursor.offset
        let text: UnsafeBufferPointer<UInt8>
        do throws(JSONStop) {
            text = try cursor.numberBytes()
        } catch {
            switch cursor.fault {
            case .fractionDigits?: throw self.error("a number needs digits after the decimal point")
            case .exponentDigits?: throw self.error("a number needs digits in its exponent")
            default: throw self.error("a number needs digits")
            }
        }
        guard let value = Double(String(decoding: text, as: UTF8.self)) else { throw error("not a number", at: start) }
        return value
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        let opening = cursor.offset
        do throws(JSONStop) {
            return try cursor.string()
        } catch {
            switch (error, cursor.fault) {
            case (.invalidUTF8, _): throw self.error("invalid UTF-8 (byte offset \(cursor.offset))")
            case (_, .controlCharacter?): throw self.error("control character inside a string (a raw newline?)")
            case (_, .hexDigits?): throw self.error("\\u needs four hex digits")
            case (_, .unpairedSurrogate?): throw self.error("unpaired surrogate in \\u escape")
            case (_, .unknownEscape?): throw self.error("unknown escape \\\(describe(bytes[cursor.offset]))", at: cursor.offset - 1)
            default: throw self.error("unterminated string (truncated?)", at: opening)
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        step()
        var items: [JSONValue] = []
        if next() == UInt8(ascii: "]") {
            step()
            return .array(items)
        }
        while true {
            items.append(try value(depth: depth + 1))
            switch next() {
            case nil: throw error("unexpected end of file inside a list (truncated?)")
            case UInt8(ascii: ",")?: step()
            case UInt8(ascii: "]")?: step(); return .array(items)
            case let byte?: throw error("unexpected character \(describe(byte)); expected ',' or ']'")
            }
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        step()
        var pairs: [(key: String, value: JSONValue)] = []
        if next() == UInt8(ascii: "}") {
            step()
            return .object(pairs)
        }
        while true {
            switch next() {
            case nil: throw error("unexpected end of file inside an object (truncated?)")
            case UInt8(ascii: "\"")?: break
            case let byte?: throw error("unexpected character \(describe(byte)); expected a \"key\"")
            }
            let key = try string()
            switch next() {
            case nil: throw error("unexpected end of file (truncated?)")
            case UInt8(ascii: ":")?: step()
            default: throw error("expected ':' after a key")
            }
            pairs.append((key, try value(depth: depth + 1)))
            switch next() {
            case nil: throw error("unexpected end of file inside an object (truncated?)")
            case UInt8(ascii: ",")?: step()
            case UInt8(ascii: "}")?: step(); return .object(pairs)
            case let byte?: throw error("unexpected character \(describe(byte)); expected ',' or '}'")
            }
        }
    }

    /// Past the structural byte `next()` returned.
    private mutating func step() { cursor.skipByte() }

    private func describe(_ byte: UInt8) -> String {
        if (0x21...0x7E).contains(byte) { return "'\(Character(UnicodeScalar(byte)))'" }
        let hex = Array("0123456789ABCDEF".utf8)
        return "byte 0x" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]], as: UTF8.self)
    }

    private func error(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        let offset = min(offset ?? cursor.offset, bytes.count)
        let position = TextPosition(of: offset, in: bytes)
        return JSONSyntaxError(line: position.line, column: position.column, offset: offset, reason: reason)
    }
}
