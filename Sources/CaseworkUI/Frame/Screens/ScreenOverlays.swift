/// What a screen shows over itself, a question or a form, held for it by the frame, which applies the rules every
/// screen shares: a question takes every key until answered (Esc gives its safe answer); Esc on a form with
/// something typed asks, and Esc again puts the form aside rather than losing it; a form put aside, or submitted
/// without going through, comes back when the same form is opened again; and none of it is lost on the way out
/// (`unsaved`).
public struct ScreenOverlays<Answer: Sendable, Purpose: Hashable & Sendable>: Sendable {
    /// The frame's own answers beside the screen's.
    enum Reply: Sendable {
        case screen(Answer)
        case keepEditing, putAside, discard
    }

    var question: Dialog<Reply>?
    private(set) var form: Form<Purpose>?
    /// Forms left with something typed in them, newest last.
    private(set) var putAside: [Form<Purpose>] = []
    /// The last form submitted, until its action is known to have gone through (`sent(wentThrough:)`).
    private(set) var sent: Form<Purpose>?

    public init() {}

    var isOpen: Bool { question != nil || form != nil }

    /// Asks a question over the screen; its answer goes to the screen's `answer(_:)`.
    mutating func ask(_ dialog: Dialog<Answer>) {
        question = Dialog(title: dialog.title, message: dialog.message,
                          buttons: dialog.buttons.map { .init($0.label, .screen($0.answer)) }, cancel: .screen(dialog.cancel))
    }

    /// Opens a form, or the same one put aside or submitted a moment ago without going through.
    mutating func open(_ fresh: Form<Purpose>) {
        if let index = putAside.lastIndex(where: { $0.purpose == fresh.purpose }) {
            form = putAside.remove(at: index)
        } else if let sent, sent.purpose == fresh.purpose {
            form = sent
        } else {
            form = fresh
        }
        sent = nil
    }

    mutating func replace(_ updated: Form<Purpose>) { form = updated }

    mutating func close() { form = nil }

    /// The form's action went to the store: it is kept until the store says it went through.
    mutating func submitted(_ submitted: Form<Purpose>) {
        form = nil
        sent = submitted
    }

    /// The store's answer to the last form's action: done, or offered again next time.
    mutating func sent(wentThrough: Bool) {
        if wentThrough { sent = nil }
    }

    /// Esc on a form: closes it, asking first when something was typed.
    mutating func cancelForm() {
        guard let form else { return }
        guard form.isDirty else { return close() }
        question = Dialog(title: "Leave the form",
                          message: "You have typed in “\(form.title)”. Keep editing, put it aside (it comes back when you open it again), "
                              + "or discard it?",
                          buttons: [.init("Keep editing", .keepEditing), .init("Put aside", .putAside), .init("Discard", .discard)],
                          cancel: .putAside)
    }

    mutating func putFormAside() {
        guard let form else { return }
        putAside.append(form)
        self.form = nil
    }

    /// Titles of the forms holding typed work: open, put aside, or sent without going through.
    var unsavedForms: [Form<Purpose>] {
        ([form] + putAside + [sent]).compactMap { $0 }.filter(\.isDirty)
    }

    /// Forms from a draft, put aside to come back when opened again (the first is opened now).
    mutating func bringBack(_ forms: [Form<Purpose>]) {
        putAside += forms.dropFirst().reversed()
        if let first = forms.first { form = first }
    }

    /// Everything typed goes (the officer chose to discard it).
    mutating func discardAll() {
        question = nil
        form = nil
        putAside = []
        sent = nil
    }
}
