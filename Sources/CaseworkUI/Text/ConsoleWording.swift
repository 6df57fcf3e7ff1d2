import CaseworkCore

extension Wording {
    /// The one place the console chooses how the rules' reasons read: dates as every screen shows them
    /// ("28 Aug 2026"), and a refusal on a line of its own as a sentence.
    public static let console = Wording(date: { DayFormat.medium($0) }, clausesStandAlone: true)
}
