import CaseworkCore

/// A top-level screen of the console (the queue, the open case; the diary, plan, alerts and dashboard to come) as the
/// frame sees it: a value with its own state, one key table, a render, and the typed work it holds. The frame
/// (`ConsoleApp`) does the rest alike for every screen: the title and status lines; the key bar and the `?` help, made
/// from the key tables; the `:` line; the F-key, letter and command that reach the screen; the questions and forms
/// over it; the rules that never lose typed work (F10 and q ask about it anywhere, Esc twice leaves a form without
/// losing it, a letter that did nothing stops the text typed after it acting as keys); and the store.
///
/// How to add a screen (`Tests/CaseworkUITests/Support/ProbeScreen.swift` is a whole small one):
///
/// 1. **A file of its own**, e.g. `Sources/CaseworkUI/Diary/DiaryScreen.swift`: a struct conforming to
///    `ConsoleScreen`, and its name: `extension ScreenID { static let diary = ScreenID("diary") }`.
/// 2. **Its key table**: an `Action` enum and `static let keys = KeyTable<DiaryScreen, Action>("Diary", [...])`, one
///    `KeyBinding` per action: its keys, the action, a help line, a bar label (or none), and `unavailable`, why it does
///    nothing now (it then leaves the bar and the help, and pressing it says why). `var keys` hands the table out (one
///    per mode if the screen has modes); `perform(_:key:)` does each action. Nothing else may act on a key:
///    `KeyTableDriftTests` checks it, so add your screen there. Lower-case letters and digits are the screen's; `?`,
///    `:`, `q`, capitals used as screen letters, F-keys and Ctrl-L are the frame's. A filter line or other typing goes
///    in `type(_:)` with its own table (`typingHelp`).
/// 3. **Register it**: one `ScreenEntry` in `ScreenRegistry.entries` (id, bar name, F-key, capital letter, `:`
///    command, help line, `make`). That is the F-key, the letter, the `:` command, the item in every other screen's
///    bar and the lines in help; `:diary` parses from it.
/// 4. **Draw it**: `render(into:area:)` fills the body area (title, status line, key bar, and the form and question
///    over the screen are the frame's; `formArea` says where a form goes). `title` names it in help ("Help: diary");
///    `position` is the status line's right end; `layout(in:)` gives the body area, for paging.
/// 5. **Open a case**: return `.openCase(ref: "H-0042", tab: .documents)` (or `tab: nil`). Esc on the case comes back.
/// 6. **Ask the store**: return `request("book a slot", { services in .booked(try ...) }, failed: { .failed($0) })`.
///    The closure runs in `ConsoleRuntime` with `services.store`, `services.service` (`CaseService`: every change goes
///    through it, with its revision check and audit line) and `services.clock`; what it returns comes back to
///    `receive(_:)` as one of your `Message`s, a thrown error as `failed`'s, in words safe to show.
/// 7. **Questions and forms**: `overlays.ask(Dialog(title:message:buttons:cancel:))`, each button carrying one of
///    your `Answer` values, answered in `answer(_:)` (never by label or position; Esc gives `cancel`).
///    `overlays.open(Form(purpose, title:fields:))` with your `Purpose`: `check(_:)` gives the rules' view as it is
///    typed (a go-ahead in `cleared` shows only while every field is valid), `submit(_:)` acts on one that passed;
///    return `.request` and the form is kept until you call `overlays.sent(wentThrough:)`. Forms holding typed work
///    are asked about by the frame on the way out; give `unsavedWork` and `saveUnsaved` more if the screen holds more.
/// 8. **Time and the caseload**: `apply(_:)` tells every screen `.loaded(summaries)` at start, `.changed(summaries)`
///    when anyone saves, and `.newDay(context)` after midnight. Count from `context.today`; never call `Date()`.
/// 9. **Snapshot it**: `var session = ConsoleFixture().session(screens: [DiaryScreen.entry])`, `session.type("<F3>")`,
///    then `expectSnapshot(session.frame(width: 80, height: 24), "diary-80x24")`, and the same at 160x48; record with
///    `CASEWORK_RECORD_SNAPSHOTS=1` and read every file. Key sequences: `session.type("<F3>jj<Enter>")`.
///
/// A stale incremental build can segfault the tests after `ConsoleApp`'s stored properties change: remove
/// `.build/*/debug/Casework*.build` and build again.
protocol ConsoleScreen {
    /// What the screen's keys do: its own enum.
    associatedtype Action: Sendable
    /// What its questions answer, when it asks any (`overlays.ask`).
    associatedtype Answer: Sendable = Never
    /// What its forms are for, when it opens any (`overlays.open`).
    associatedtype Purpose: Hashable & Sendable = Never
    /// What its store requests answer (`request(_:_:failed:)`).
    associatedtype Message: Sendable = Never

    /// For the help's title: "triage queue", "case H-0042", "diary".
    var title: String { get }
    /// The status line's right end: "Documents · 3 of 6", "12 of 57".
    var position: String { get }
    /// The screen's keys as they stand (a screen with modes may hand out a table per mode).
    var keys: KeyTable<Self, Action> { get }
    /// Its question and form, held and handled by the frame.
    var overlays: ScreenOverlays<Answer, Purpose> { get set }

    /// Does what a key of `keys` asks; `key` is the key pressed (for a binding that types text).
    mutating func perform(_ action: Action, key: Key) -> ScreenOutcome
    /// Every key for the screen: the frame's overlays, then `type`, then `keys`. A screen with panes (the case screen)
    /// chains more tables here; most keep the default.
    mutating func handleKey(_ key: Key) -> ScreenOutcome
    /// While the screen takes text of its own (a filter line), its keys go here first; nil lets `keys` have the key.
    mutating func type(_ key: Key) -> ScreenOutcome?
    /// The help and bar while `type` takes keys; nil when it does not.
    var typingHelp: (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? { get }
    /// A button of a question asked with `overlays.ask` was chosen (Esc gives the dialog's `cancel`).
    mutating func answer(_ answer: Answer) -> ScreenOutcome
    /// The rules' view of a form as it is filled in: problems by field, notes, a go-ahead (`FormCheck`).
    func check(_ form: Form<Purpose>) -> FormCheck
    /// A form that passed every check; return `.perform` or `.request` and the form is kept until `overlays.sent`.
    mutating func submit(_ form: Form<Purpose>) -> ScreenOutcome
    /// The answer to one of the screen's `request`s.
    mutating func receive(_ message: Message) -> ScreenOutcome
    /// What every screen is told: the caseload loaded or changed, a new day.
    mutating func apply(_ event: ScreenEvent)
    /// The body area it will be drawn in, for paging; told on showing and after every resize.
    mutating func layout(in area: Rect)
    /// The screen itself; the frame draws the form and question over it.
    func render(into buffer: inout Buffer, area: Rect)
    /// Where a form goes within the screen's area (below a header, say).
    func formArea(_ area: Rect) -> Rect
    /// The help sections, the current mode's first; by default from the tables.
    var helpSections: [HelpOverlay.Section] { get }
    /// The screen's items for the key bar; by default from the tables.
    var barItems: [FunctionKeyBar.Item] { get }
    /// Typed work not saved yet; by default the forms holding some.
    var unsavedWork: UnsavedWork { get }
    /// Saves it all in one go, for "Save" in the frame's questions; `.perform` or `.request` when it went, anything
    /// else when it could not (the reason shown).
    mutating func saveUnsaved() -> ScreenOutcome
    /// What a key that does nothing here does elsewhere on the screen ("c on Timeline (4): log a contact"), to say
    /// with the typing guard's message; nil when nothing.
    func hint(for key: Key) -> String?
    /// The officer chose to throw away everything typed (by default the forms).
    mutating func discardUnsaved()
    /// It has come on screen (an F-key, a letter, a `:` command, Esc back to it): it may ask the store for what it
    /// shows (the diary reads its patterns each time, so another manager's edit shows).
    mutating func shown() -> ScreenOutcome
    /// Another screen handed it something to do (`ScreenOutcome.handOver`).
    mutating func take(_ handOver: HandOver) -> ScreenOutcome
}

extension ConsoleScreen {
    mutating func handleKey(_ key: Key) -> ScreenOutcome {
        if let outcome = handleOverlays(key) { return outcome }
        if let outcome = type(key) { return outcome }
        return dispatch(key, in: keys)
    }

    mutating func type(_ key: Key) -> ScreenOutcome? { nil }
    var typingHelp: (section: HelpOverlay.Section, bar: [FunctionKeyBar.Item])? { nil }
    mutating func answer(_ answer: Answer) -> ScreenOutcome { .handled }
    func check(_ form: Form<Purpose>) -> FormCheck { FormCheck() }
    mutating func submit(_ form: Form<Purpose>) -> ScreenOutcome { .handled }
    mutating func receive(_ message: Message) -> ScreenOutcome { .ignored }
    mutating func apply(_ event: ScreenEvent) {}
    mutating func layout(in area: Rect) {}
    func formArea(_ area: Rect) -> Rect { area }
    func hint(for key: Key) -> String? { nil }
    mutating func discardUnsaved() { overlays.discardAll() }
    mutating func shown() -> ScreenOutcome { .handled }
    mutating func take(_ handOver: HandOver) -> ScreenOutcome { .ignored }

    /// A key looked up in `table`: its action performed, a word on why it does nothing now, or not the table's.
    mutating func dispatch(_ key: Key, in table: KeyTable<Self, Action>) -> ScreenOutcome {
        switch table.resolve(key, in: self) {
        case .action(let action): perform(action, key: key)
        case .unavailable(let why): .unavailable(why)
        case .unbound: .ignored
        }
    }

    /// The frame's part of every key: a question takes it first, then a form; nil when neither is open.
    mutating func handleOverlays(_ key: Key) -> ScreenOutcome? {
        if var question = overlays.question {
            guard case .answered(let reply) = question.handle(key) else {
                overlays.question = question
                return .handled
            }
            overlays.question = nil
            switch reply {
            case .screen(let chosen): return answer(chosen)
            case .keepEditing: return .handled
            case .putAside:
                overlays.putFormAside()
                return .message("Put aside: the form comes back with what you typed when you open it again")
            case .discard:
                overlays.close()
                return .handled
            }
        }
        guard var form = overlays.form else { return nil }
        let event = form.handle(key)
        overlays.replace(form)
        switch event {
        case .ignored: return .ignored
        case .handled: return .handled
        case .cancel:
            overlays.cancelForm()
            return .handled
        case .submit: return submitForm(form)
        }
    }

    /// Enter or Ctrl-S on a form: refused with the first field at fault focused, or handed to `submit`.
    mutating func submitForm(_ submitted: Form<Purpose>) -> ScreenOutcome {
        var form = submitted
        let check = check(form)
        let own = form.fields.indices.first { form.isShown($0) && form.fields[$0].problem(attempted: true) != nil }
        let first = [own, check.firstProblem].compactMap { $0 }.min()
        if first != nil || check.refused {
            form.refuse(focusing: first)
            overlays.replace(form)
            return .handled
        }
        overlays.close()
        let outcome = submit(form)
        switch outcome {
        case .perform, .request: overlays.submitted(form)
        default: break
        }
        return outcome
    }

    /// A question of the screen's is open, taking every key.
    var isAsking: Bool { overlays.question != nil }

    /// The screen with its form and question over it.
    func renderWithOverlays(into buffer: inout Buffer, area: Rect) {
        render(into: &buffer, area: area)
        if let form = overlays.form { form.render(into: &buffer, area: formArea(area), check: check(form)) }
        overlays.question?.render(into: &buffer, area: area)
    }

    var helpSections: [HelpOverlay.Section] { defaultHelpSections }

    /// The open question's keys, or the form's, then the screen's: those in use first.
    var defaultHelpSections: [HelpOverlay.Section] {
        if let question = overlays.question { return [Dialog.keys.helpSection(in: question)] }
        var sections: [HelpOverlay.Section] = []
        if let form = overlays.form {
            sections.append(.init("Form: " + form.title, Form.keys.helpEntries(in: form)))
        } else if let typing = typingHelp {
            sections.append(typing.section)
        }
        return sections + [keys.helpSection(in: self)]
    }

    var barItems: [FunctionKeyBar.Item] { defaultBarItems }

    var defaultBarItems: [FunctionKeyBar.Item] {
        if overlays.question != nil { return [] }
        if let form = overlays.form { return Form.keys.barItems(in: form) }
        return typingHelp?.bar ?? keys.barItems(in: self)
    }

    var unsavedWork: UnsavedWork { formsUnsaved }

    /// The forms holding typed work, each named by its title; one open form can be saved by submitting it.
    var formsUnsaved: UnsavedWork {
        let forms = overlays.unsavedForms
        return UnsavedWork(forms.map { "what you typed in “\($0.title)”" }, canSave: forms.count == 1 && overlays.form != nil,
                           canKeepDraft: false)
    }

    mutating func saveUnsaved() -> ScreenOutcome {
        guard let form = overlays.form else { return .error("nothing to save in one go: save each form yourself") }
        return submitForm(form)
    }

    /// A question to the store whose answer, or failure, comes back as one of the screen's messages.
    func request(_ label: String, _ work: @escaping @Sendable (ConsoleServices) throws -> Message,
                 failed: @escaping @Sendable (String) -> Message) -> ScreenOutcome {
        .request(StoreRequest(label) { services in
            do { return try work(services) } catch { return failed(ConsoleRuntime.describe(error)) }
        })
    }

    /// A store answer as the App holds it (any value), for this screen if it is one of its messages.
    mutating func receiveAny(_ message: any Sendable) -> ScreenOutcome {
        guard let mine = message as? Message else { return .ignored }
        return receive(mine)
    }
}
