import CNcursesw

/// What `setlocale(LC_ALL, "")` gave: ncurses draws wide and accented letters only under a UTF-8 locale.
public struct LocaleCheck: Hashable, Sendable {
    /// The locale name, e.g. "en_GB.UTF-8" or "C".
    public let name: String
    /// The character set, e.g. "UTF-8" or "ANSI_X3.4-1968".
    public let codeset: String

    public var isUTF8: Bool {
        let folded = codeset.lowercased().filter { $0 != "-" }
        return folded == "utf8"
    }

    /// The line the app shows (and prints on exit) when names may not display correctly; nil when all is well.
    public var warning: String? {
        isUTF8 ? nil : "Locale \"\(name)\" is not UTF-8: names may show wrongly. Set LANG=en_GB.UTF-8"
    }

    /// Adopts the user's locale for the whole process (ncurses needs it before it starts) and reports it.
    static func adoptUserLocale() -> LocaleCheck {
        let name = setlocale(cw_lc_all(), "").map { String(cString: $0) } ?? String(cString: setlocale(cw_lc_all(), nil))
        return LocaleCheck(name: name, codeset: String(cString: cw_codeset()))
    }
}
