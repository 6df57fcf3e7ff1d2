/// Case references as the store hands them out: `H-0001`, `H-0002`, … (at least four digits, then as many as needed).
public enum CaseRef {
    static let prefix = "H-"

    static func make(_ number: Int) -> String { prefix + Day.pad(number, 4) }

    /// The number in a ref the store made, or nil for any other shape.
    static func number(_ ref: String) -> Int? {
        guard ref.hasPrefix(prefix) else { return nil }
        let digits = ref.utf8.dropFirst(prefix.utf8.count)
        guard digits.count >= 4, digits.count <= 18, digits.allSatisfy({ $0 &- 48 < 10 }) else { return nil }
        return Int(Substring(digits))
    }

    /// Refuses a ref that could reach outside `cases/` or is not a file name at all.
    static func check(_ ref: String) throws {
        guard DataDirectory.isPlainName(ref) else { throw StoreError.invalid(reason: "\(Quote.value(ref)) is not a case reference") }
    }

    /// What an officer typed, as a ref: `h-42`, `42` and `H-0042` are all `H-0042`. Anything else (`abc`, `H-`,
    /// `0x2A`, `H-42abc`) is nil, so it is named as a mistyped ref rather than looked for as a case.
    public static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces.uppercased()
        let digits = trimmed.hasPrefix(prefix) ? trimmed.dropFirst(prefix.count) : Substring(trimmed)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else { return nil }
        return make(value)
    }
}
