/// A top-level screen beyond the queue and the open case, and the three ways to reach it: an F-key, a letter and a
/// `:` command. The F-key bar, the help and the `:` commands are made from these entries.
struct ScreenEntry: Sendable {
    let id: ScreenID
    /// The key bar's label and the help's name: "Diary".
    let name: String
    let functionKey: Int
    /// A capital letter, as lower-case letters belong to the screens' own keys.
    let letter: Character?
    /// The `:` command's word: "diary".
    let command: String
    /// What the screen is for, for the help: "appointments, week by week".
    let help: String
    /// The screen, made once when the console starts.
    let make: @Sendable (ConsoleContext) -> any ConsoleScreen
}

/// The screens reached by an F-key besides F2 (the queue), in F-key order. Adding a screen is one entry here.
enum ScreenRegistry {
    static let entries: [ScreenEntry] = [
        DiaryScreen.entry,
    ]
}
