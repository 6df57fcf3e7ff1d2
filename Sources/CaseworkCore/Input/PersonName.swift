/// A person's name as the caseload keeps it: printable, with nothing invisible in it. A control character could
/// recolour a terminal; a bidi override or zero-width space makes a look-alike ("Ayşe" and "Ay\u{200B}şe") that
/// search and the duplicate checks treat as someone else. The importer refuses both in every field it reads.
public enum PersonName {
    /// What is wrong with `name`, or nil.
    public static func problem(_ name: String) -> String? {
        if let control = ControlCharacters.first(in: name) {
            return "contains a control character (\(control)); only printable text is accepted"
        }
        if let format = FormatCharacters.first(in: name) {
            return "contains an invisible formatting character (\(format)); only plain text is accepted"
        }
        return nil
    }
}
