#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many columns one Unicode scalar takes in a fixed-width layout (a terminal, a plain-text letter):
/// the C library's `wcwidth` under a UTF-8 locale, whatever the process locale is. The console's display
/// widths and the letter's 72 columns both come from here, so they agree.
public enum ScalarColumns {
    /// 0, 1, 2, or -1 for controls and scalars the C library does not know.
    public static func width(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return 1 }
        if ControlCharacters.isControl(scalar) { return -1 }
        return UTF8Locale.shared.width(of: value)
    }

    /// Columns a text takes laid out plainly: zero-width marks ride on the scalar before them, and a scalar
    /// the C library rejects counts as the one-column replacement a printer would show.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for scalar in text.unicodeScalars where scalar != "\u{200D}" && scalar != "\u{FE0F}" {
            let columns = width(scalar)
            total += columns < 0 ? 1 : columns
        }
        return total
    }
}

/// The C library's `wcwidth` under a C.UTF-8 locale made once and switched in per call, because `wcwidth`
/// answers -1 for all non-ASCII under the "C" locale that tests and early start-up run in. Found with
/// `dlsym` as Swift's Glibc module hides it (glibc declares it only under `_XOPEN_SOURCE`).
final class UTF8Locale: @unchecked Sendable {
    typealias WidthFunction = @convention(c) (wchar_t) -> Int32
    static let shared = UTF8Locale()
    private let handle: locale_t?
    private let wcwidth: WidthFunction?

    private init() {
        handle = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) ?? newlocale(LC_CTYPE_MASK, "en_US.UTF-8", nil)
        wcwidth = dlsym(dlopen(nil, RTLD_NOW), "wcwidth").map { unsafeBitCast($0, to: WidthFunction.self) }
    }

    /// -1 for what the C library does not know; a missing `wcwidth` counts every scalar as 1 column.
    func width(of value: UInt32) -> Int {
        guard let wcwidth else { return 1 }
        guard let handle else { return Int(wcwidth(wchar_t(bitPattern: value))) }
        let previous = uselocale(handle)
        defer { uselocale(previous) }
        return Int(wcwidth(wchar_t(bitPattern: value)))
    }
}
