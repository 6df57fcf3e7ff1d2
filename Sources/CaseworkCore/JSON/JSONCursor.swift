/// Why a `JSONCursor` stopped reading.
enum JSONStop: Error, Sendable {
    /// The input ended inside a value.
    case truncated
    case invalidUTF8
    /// A byte JSON does not allow here.
    case unexpected
    /// Valid JSON the caller's reader does not handle (a float where an Int was wanted, a duplicate key, null for
    /// a required value): the cue to hand the input to `JSONDecoder`, which has the last word.
    case unsupported
}

/// What exactly was wrong where a string or number stopped the cursor with `.unexpected` or `.truncated`, for a
/// reader that must say so in words (`JSONValue`). Set only on the way out, so the fast readers pay nothing.
enum JSONFault: Sendable {
    case controlCharacter, unknownEscape, hexDigits, unpairedSurrogate
    case integerDigits, fractionDigits, exponentDigits
}

/// A forward-only reader over JSON bytes that builds no tree and allocates nothing but the Strings asked for.
/// It is strict: anything it is not sure of throws, so a fast path can fall back to `JSONDecoder`.
/// Unescaped strings are written to `scratch` and stay valid only until the next string is read.
/// It is the one JSON lexer: `JSONValue` builds its tree on it, so escapes, surrogates and UTF-8 are read in one place.
struct JSONCursor {
    let start: UnsafePointer<UInt8>
    let end: UnsafePointer<UInt8>
    private(set) var p: UnsafePointer<UInt8>
    /// At least as long as the input: an unescaped string is never longer than its escaped form.
    private let scratch: UnsafeMutablePointer<UInt8>
    /// Why the last string or number read failed, where the stop alone does not say.
    private(set) var fault: JSONFault?

    init(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>) {
        // An empty buffer may have no base address; any non-nil pointer with a zero length reads nothing.
        let base = bytes.baseAddress ?? UnsafePointer(scratch)
        start = base
        end = base + bytes.count
        p = base
        self.scratch = scratch
    }

    var offset: Int { p - start }

    @inline(__always) mutating func skipSpace() {
        while p < end {
            let byte = p.pointee
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            p += 1
        }
    }

    /// The next significant byte, not consumed.
    @inline(__always) mutating func peek() throws(JSONStop) -> UInt8 {
        skipSpace()
        guard p < end else { throw .truncated }
        return p.pointee
    }

    /// Steps past the byte `peek` returned.
    @inline(__always) mutating func skipByte() { p += 1 }

    @inline(__always) mutating func expect(_ byte: UInt8) throws(JSONStop) {
        guard try peek() == byte else { throw .unexpected }
        p += 1
    }

    /// Only whitespace may follow the value just read.
    mutating func expectEnd() throws(JSONStop) {
        skipSpace()
        guard p == end else { throw .unexpected }
    }

    // MARK: Containers

    /// Reads `{`; then call `nextKey` until it returns nil.
    @inline(__always) mutating func beginObject() throws(JSONStop) { try expect(UInt8(ascii: "{")) }

    /// The next key of the object (the cursor left at its value), or nil after the closing brace.
    @inline(__always) mutating func nextKey(_ first: inout Bool) throws(JSONStop) -> UnsafeBufferPointer<UInt8>? {
        guard try beginMember(&first) else { return nil }
        let key = try stringBytes()
        try expect(UInt8(ascii: ":"))
        skipSpace()
        return key
    }

    /// Steps to the next member's key (past a comma after the first), or past the closing brace returning false.
    @inline(__always) mutating func beginMember(_ first: inout Bool) throws(JSONStop) -> Bool {
        guard try separator(closing: UInt8(ascii: "}"), &first) else { return false }
        guard try peek() == UInt8(ascii: "\"") else { throw .unexpected }
        return true
    }

    /// Between the items of an object or array: false (and consumed) at the closing bracket, else past the comma
    /// that must come before every item but the first.
    @inline(__always) private mutating func separator(closing: UInt8, _ first: inout Bool) throws(JSONStop) -> Bool {
        let byte = try peek()
        if byte == closing {
            p += 1
            return false
        }
        if first {
            first = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw .unexpected }
            p += 1
        }
        return true
    }

    /// Consumes `count` bytes if they are exactly `pattern`; compares eight bytes at a time.
    @inline(__always) mutating func consume(_ pattern: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard end - p >= count else { return false }
        if count >= 8 {
            var offset = 0
            while offset < count - 8 {
                guard Self.word(p + offset) == Self.word(pattern + offset) else { return false }
                offset += 8
            }
            guard Self.word(p + count - 8) == Self.word(pattern + count - 8) else { return false }
        } else {
            for index in 0..<count where p[index] != pattern[index] { return false }
        }
        p += count
        return true
    }

    @inline(__always) private static func word(_ at: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(at).loadUnaligned(as: UInt64.self)
    }

    /// Reads `[`; then call `nextElement` until it returns false.
    @inline(__always) mutating func beginArray() throws(JSONStop) { try expect(UInt8(ascii: "[")) }

    @inline(__always) mutating func nextElement(_ first: inout Bool) throws(JSONStop) -> Bool {
        try separator(closing: UInt8(ascii: "]"), &first)
    }

    // MARK: Scalars

    /// Consumes `null` if it is next.
    @inline(__always) mutating func consumeNull() throws(JSONStop) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func bool() throws(JSONStop) -> Bool {
        switch try peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw .unsupported
        }
    }

    /// A plain integer (`-?digits`, at most 18 digits); a fraction or exponent is left to `JSONDecoder`.
    mutating func int() throws(JSONStop) -> Int {
        var byte = try peek()
        let negative = byte == UInt8(ascii: "-")
        if negative {
            p += 1
            guard p < end else { throw .truncated }
            byte = p.pointee
        }
        guard byte &- 48 < 10 else { throw negative ? .unexpected : .unsupported }
        let digitsStart = p
        var value = 0
        while p < end, p.pointee &- 48 < 10 {
            value = value &* 10 &+ Int(p.pointee &- 48)
            p += 1
        }
        let count = p - digitsStart
        guard count <= 18 else { throw .unsupported }
        if count > 1, digitsStart.pointee == UInt8(ascii: "0") { throw .unexpected }
        if p < end {
            let next = p.pointee
            if next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") { throw .unsupported }
        }
        return negative ? -value : value
    }

    mutating func string() throws(JSONStop) -> String {
        let bytes = try stringBytes()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The unescaped UTF-8 of the string at the cursor, checked to be valid. Points into the input when the
    /// string has no escapes, else into `scratch`.
    @inline(__always) mutating func stringBytes() throws(JSONStop) -> UnsafeBufferPointer<UInt8> {
        guard try peek() == UInt8(ascii: "\"") else { throw .unsupported }
        p += 1
        let begin = p
        while end - p >= 8, Self.isPlain(UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) { p += 8 }
        var ascii = true
        while p < end {
            let byte = p.pointee
            if byte == UInt8(ascii: "\"") {
                let bytes = UnsafeBufferPointer(start: begin, count: p - begin)
                if !ascii { try checkUTF8(bytes, rawStart: begin) }
                p += 1
                return bytes
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: begin) }
            if byte < 0x20 { throw fail(.controlCharacter, .unexpected) }
            if byte >= 0x80 { ascii = false }
            p += 1
        }
        throw .truncated
    }

    /// Records why, for `JSONValue`'s words, and returns the stop to throw.
    private mutating func fail(_ why: JSONFault, _ stop: JSONStop) -> JSONStop {
        fault = why
        return stop
    }

    /// True when none of eight bytes is a quote, a backslash, a control character or non-ASCII, so a string
    /// scan can step over all eight at once. (A false "no" only sends the scan byte by byte; there is no false "yes".)
    @inline(__always) private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word) | word
        return special & (ones &* 0x80) == 0
    }

    /// The slow path of `stringBytes`: copies into `scratch`, decoding escapes (with surrogate pairs).
    private mutating func escapedString(from begin: UnsafePointer<UInt8>) throws(JSONStop) -> UnsafeBufferPointer<UInt8> {
        var out = scratch
        let copied = p - begin
        out.update(from: begin, count: copied)
        out += copied
        var ascii = true
        while p < end {
            let byte = p.pointee
            switch byte {
            case UInt8(ascii: "\""):
                p += 1
                let bytes = UnsafeBufferPointer(start: UnsafePointer(scratch), count: out - scratch)
                if !ascii || !isASCII(begin, copied) { try checkUTF8(bytes, rawStart: begin) }
                return bytes
            case UInt8(ascii: "\\"):
                p += 1
                guard p < end else { throw .truncated }
                let escape = p.pointee
                p += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.pointee = escape
                case UInt8(ascii: "b"): out.pointee = 0x08
                case UInt8(ascii: "f"): out.pointee = 0x0C
                case UInt8(ascii: "n"): out.pointee = 0x0A
                case UInt8(ascii: "r"): out.pointee = 0x0D
                case UInt8(ascii: "t"): out.pointee = 0x09
                case UInt8(ascii: "u"):
                    let scalar = try unicodeEscape()
                    out += Self.encodeUTF8(scalar, into: out)
                    continue
                default:
                    p -= 1
                    throw fail(.unknownEscape, .unexpected)
                }
                out += 1
            default:
                if byte < 0x20 { throw fail(.controlCharacter, .unexpected) }
                if byte >= 0x80 { ascii = false }
                out.pointee = byte
                out += 1
                p += 1
            }
        }
        throw .truncated
    }

    /// After `\u`: four hex digits, and a second escape when they are a high surrogate.
    private mutating func unicodeEscape() throws(JSONStop) -> UInt32 {
        let unit = try hex4()
        switch unit {
        case 0xD800...0xDBFF:
            guard p < end else { throw fail(.unpairedSurrogate, .truncated) }
            guard p.pointee == UInt8(ascii: "\\") else { throw fail(.unpairedSurrogate, .unexpected) }
            guard p + 1 < end else { throw fail(.unpairedSurrogate, .truncated) }
            guard p[1] == UInt8(ascii: "u") else { throw fail(.unpairedSurrogate, .unexpected) }
            p += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw fail(.unpairedSurrogate, .unexpected) }
            return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw fail(.unpairedSurrogate, .unexpected)
        default:
            return unit
        }
    }

    private mutating func hex4() throws(JSONStop) -> UInt32 {
        guard end - p >= 4 else { throw fail(.hexDigits, .truncated) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = p.pointee
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - 48
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - 87
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - 55
            default: throw fail(.hexDigits, .unexpected)
            }
            value = value << 4 | UInt32(digit)
            p += 1
        }
        return value
    }

    private static func encodeUTF8(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            out[0] = UInt8(scalar)
            return 1
        case ..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6)
            out[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12)
            out[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(0xF0 | scalar >> 18)
            out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }

    private func isASCII(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for index in 0..<count where bytes[index] >= 0x80 { return false }
        return true
    }

    /// Throws `.invalidUTF8` with the cursor moved to the bad byte of the input. Escapes decode to valid UTF-8, so
    /// when the string was unescaped into `scratch` the bad byte is found again among the raw bytes, which the
    /// escapes (all ASCII) leave valid.
    private mutating func checkUTF8(_ bytes: UnsafeBufferPointer<UInt8>, rawStart: UnsafePointer<UInt8>) throws(JSONStop) {
        guard let bad = UTF8Check.firstInvalid(bytes) else { return }
        if bytes.baseAddress == rawStart {
            p = rawStart + bad
        } else if let raw = UTF8Check.firstInvalid(UnsafeBufferPointer(start: rawStart, count: p - 1 - rawStart)) {
            p = rawStart + raw
        }
        throw .invalidUTF8
    }

    @inline(__always) private mutating func literal(_ word: StaticString) throws(JSONStop) {
        let count = word.utf8CodeUnitCount
        let expected = word.utf8Start
        for index in 0..<count {
            guard p + index < end else { throw .truncated }
            guard p[index] == expected[index] else {
                p += index
                throw .unexpected
            }
        }
        p += count
    }

    // MARK: Skipping

    /// Steps over one value of any kind, checking it is well-formed JSON.
    mutating func skipValue(depth: Int = 0) throws(JSONStop) {
        guard depth < 512 else { throw .unsupported }
        switch try peek() {
        case UInt8(ascii: "\""):
            _ = try stringBytes()
        case UInt8(ascii: "{"):
            p += 1
            var first = true
            while try nextKey(&first) != nil { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            p += 1
            var first = true
            while try nextElement(&first) { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try numberBytes()
        default: throw .unexpected
        }
    }

    /// The text of the number at the cursor, checked against JSON's grammar (no leading zeros, digits after a
    /// point and in an exponent), for a reader that converts it itself.
    mutating func numberBytes() throws(JSONStop) -> UnsafeBufferPointer<UInt8> {
        let begin = p
        if p < end, p.pointee == UInt8(ascii: "-") { p += 1 }
        if p < end, p.pointee == UInt8(ascii: "0") {
            p += 1
        } else {
            try digits(.integerDigits)
        }
        if p < end, p.pointee == UInt8(ascii: ".") {
            p += 1
            try digits(.fractionDigits)
        }
        if p < end, p.pointee | 0x20 == UInt8(ascii: "e") {
            p += 1
            if p < end, p.pointee == UInt8(ascii: "+") || p.pointee == UInt8(ascii: "-") { p += 1 }
            try digits(.exponentDigits)
        }
        return UnsafeBufferPointer(start: begin, count: p - begin)
    }

    /// One or more decimal digits.
    private mutating func digits(_ part: JSONFault) throws(JSONStop) {
        guard p < end else { throw fail(part, .truncated) }
        guard p.pointee &- 48 < 10 else { throw fail(part, .unexpected) }
        while p < end, p.pointee &- 48 < 10 { p += 1 }
    }
}
