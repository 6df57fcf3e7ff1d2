import Foundation
@testable import CaseworkCore

/// Writes a JSON document again the way another writer might: keys in another order, whitespace between tokens,
/// characters escaped as `\uXXXX` (surrogate pairs too) or `\/`. The meaning is unchanged; no raw newlines,
/// so the result is still one index line.
struct JSONReshaper {
    var random: SeededRandom

    mutating func reshape(_ data: Data) throws -> [UInt8] {
        let value = try JSONValue.parse(data)
        var out: [UInt8] = []
        write(value, into: &out)
        return out
    }

    private mutating func space(_ out: inout [UInt8]) {
        guard random.chance(0.3) else { return }
        out += Array(random.pick([" ", "  ", "\t", "\r", " \t "]).utf8)
    }

    private mutating func write(_ value: JSONValue, into out: inout [UInt8]) {
        space(&out)
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        case .number(let number):
            out += Array((number.rounded() == number && abs(number) < 9e15 ? String(Int(number)) : String(number)).utf8)
        case .string(let text): write(text, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            space(&out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.shuffled(using: &random).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                space(&out)
                write(member.key, into: &out)
                space(&out)
                out.append(UInt8(ascii: ":"))
                write(member.value, into: &out)
            }
            space(&out)
            out.append(UInt8(ascii: "}"))
        }
        space(&out)
    }

    private mutating func write(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += Array("\\\"".utf8)
            case "\\": out += Array("\\\\".utf8)
            case "/" where random.chance(0.5): out += Array("\\/".utf8)
            case "\n" where random.chance(0.5): out += Array("\\n".utf8)
            case "\t" where random.chance(0.5): out += Array("\\t".utf8)
            case _ where scalar.value < 0x20 || random.chance(0.2): escape(scalar, into: &out)
            default: out += Array(String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        let units = Array(String(scalar).utf16)
        for unit in units {
            var hex = String(unit, radix: 16)
            hex = String(repeating: "0", count: 4 - hex.count) + hex
            out += Array(("\\u" + (random.chance(0.5) ? hex.uppercased() : hex)).utf8)
        }
    }
}
