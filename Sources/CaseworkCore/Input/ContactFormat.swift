/// Checks on the contact details an application carries. One place, so the importer and the
/// console's forms accept and refuse exactly the same text.
public enum ContactFormat {
    /// A UK phone number: 10 or 11 digits starting 0, or +44 followed by 9 or 10 digits;
    /// spaces, hyphens and brackets allowed between digits. Returns the problem, or nil when fine.
    public static func phoneProblem(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return "is empty" }
        var digits = ""
        var plus = false
        for (index, character) in trimmed.enumerated() {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character == "+", index == 0 {
                plus = true
            } else if character == " " || character == "-" || character == "(" || character == ")" {
                continue
            } else {
                return "may hold only digits, spaces, hyphens, brackets and a leading +"
            }
        }
        if plus {
            guard digits.hasPrefix("44") else { return "must be a UK number (+44 …)" }
            let rest = digits.dropFirst(2)
            guard (9...10).contains(rest.count), rest.first != "0" else { return "must have 9 or 10 digits after +44" }
            return nil
        }
        guard digits.hasPrefix("0") else { return "must start with 0 or +44" }
        guard (10...11).contains(digits.count) else { return "must have 10 or 11 digits" }
        return nil
    }

    /// A plausible email address: one @, a local part, and a dotted domain with no spaces.
    public static func emailProblem(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return "is empty" }
        guard !trimmed.contains(where: { $0 == " " || $0 == "\t" }) else { return "must not contain spaces" }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return "must contain exactly one @" }
        guard !parts[0].isEmpty else { return "needs a name before the @" }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard domain.count >= 2, domain.allSatisfy({ !$0.isEmpty }) else { return "needs a domain like example.org after the @" }
        return nil
    }

    /// A National Insurance number in its usual shape: two letters, six digits and a final letter A to D, which
    /// older records leave out; spaces anywhere (`QQ 12 34 56 C`).
    public static func nationalInsuranceProblem(_ text: String) -> String? {
        let compact = Array(text.uppercased().filter { $0 != " " })
        guard (8...9).contains(compact.count), compact[0..<2].allSatisfy({ $0.isASCII && $0.isLetter }),
              compact[2..<8].allSatisfy({ $0.isASCII && $0.isNumber }),
              compact.count == 8 || "ABCD".contains(compact[8])
        else { return "is not a National Insurance number like QQ 12 34 56 C" }
        return nil
    }

    /// A UK postcode in its usual shape (e.g. `WD17 1AB`, `SW1A 1AA`).
    public static func postcodeProblem(_ text: String) -> String? {
        let compact = text.uppercased().filter { $0 != " " }
        guard (5...7).contains(compact.count) else { return "is not a UK postcode" }
        let inward = compact.suffix(3)
        let outward = compact.dropLast(3)
        guard let first = outward.first, first.isLetter, outward.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              inward.first?.isNumber == true, inward.dropFirst().allSatisfy({ $0.isASCII && $0.isLetter })
        else { return "is not a UK postcode" }
        return nil
    }
}

extension String {
    /// Leading and trailing spaces, tabs and newlines removed, without Foundation's CharacterSet.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
