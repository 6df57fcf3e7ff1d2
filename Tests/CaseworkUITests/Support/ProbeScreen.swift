import CaseworkCore
@testable import CaseworkUI

extension ScreenID {
    static let probe = ScreenID("probe")
}

/// A registered screen as small as the guide in `ConsoleScreen` allows, to test what the frame gives every new screen:
/// `c` asks the store to count the caseload, `a` asks a question, `n` opens a form, `o` opens Kofi's case on its
/// timeline; it records what it is told.
struct ProbeScreen: ConsoleScreen {
    enum Action: Sendable { case count, ask, note, openKofi }
    enum Answer: Hashable, Sendable { case yes, no }
    enum Purpose: Hashable, Sendable { case note }
    enum Message: Sendable {
        case counted(Int)
        case failed(String)
    }

    var overlays = ScreenOverlays<Answer, Purpose>()
    private(set) var context: ConsoleContext
    private(set) var counted: Int?
    private(set) var answers: [Answer] = []
    private(set) var notes: [String] = []
    private(set) var summariesSeen = 0
    private(set) var days: [Day] = []

    init(context: ConsoleContext) { self.context = context }

    static let entry = ScreenEntry(id: .probe, name: "Probe", functionKey: 3, letter: "P", command: "probe",
                                   help: "a screen for the frame's tests", make: { ProbeScreen(context: $0) })

    static let keys = KeyTable<ProbeScreen, Action>("Probe", [
        KeyBinding([.character("c")], .count, help: "count the caseload", bar: "Count"),
        KeyBinding([.character("a")], .ask, help: "ask a question", bar: "Ask"),
        KeyBinding([.character("n")], .note, help: "write a note", bar: "Note"),
        KeyBinding([.character("o")], .openKofi, help: "open Kofi's case on its timeline"),
    ])

    var keys: KeyTable<ProbeScreen, Action> { ProbeScreen.keys }
    var title: String { "probe" }
    var position: String { counted.map { "\($0) counted" } ?? "" }

    mutating func perform(_ action: Action, key: Key) -> ScreenOutcome {
        switch action {
        case .count:
            return request("count the caseload", { services in .counted(try services.store.summaries().summaries.count) },
                           failed: { .failed($0) })
        case .ask:
            overlays.ask(.confirm(title: "Probe", message: "Yes or no?", no: .init("No", .no), yes: .init("Yes", .yes)))
        case .note:
            overlays.open(Form(.note, title: "Probe note", fields: [FormField("Note", .text(TextField()), required: true)]))
        case .openKofi:
            return .openCase(ref: "H-0002", tab: .timeline)
        }
        return .handled
    }

    mutating func answer(_ answer: Answer) -> ScreenOutcome {
        answers.append(answer)
        return .handled
    }

    mutating func submit(_ form: Form<Purpose>) -> ScreenOutcome {
        notes.append(form.text(0))
        return .message("Noted")
    }

    mutating func receive(_ message: Message) -> ScreenOutcome {
        switch message {
        case .counted(let count):
            counted = count
            return .message("\(count) cases")
        case .failed(let why):
            return .error(why)
        }
    }

    mutating func apply(_ event: ScreenEvent) {
        switch event {
        case .loaded(let summaries), .changed(let summaries): summariesSeen += summaries.count
        case .newDay(let newer):
            context = newer
            days.append(newer.today)
        }
    }

    func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area)
        buffer.put("Probe · " + (counted.map { "\($0) cases" } ?? "not counted"), in: area.row(0))
    }
}

extension ConsoleDriver {
    var probe: ProbeScreen? { app.screens[.probe] as? ProbeScreen }
}
