/// A person's name as the caseload keeps it: printable, with nothing invisible in it. A control character could
/// recolour a terminal; a bidi override or zero-width space makes a look-alike ("Ayşe" and "Ay\u{200B}şe") that
/// search and the duplicate checks treat as someone else. The importer refuses both in every field it reads.
public enum PersonName {
    /// The longest name taken, by import and the console alike: said where a name is typed, never cut silently.
    public static let maxLength = 100

    /// What is wrong with `name`, or nil.
    public static func problem(_ name: String) -> String? {
        if name.count > maxLength { return "is limited to \(maxLength) characters (this one has \(name.count))" }
        if let control = ControlCharacters.first(in: name) {
            return "contains a control character (\(control)); only printable text is accepted"
        }
        if let format = FormatCharacters.first(in: name) {
            return "contains an invisible formatting character (\(format)); only plain text is accepted"
        }
        return nil
    }
}
