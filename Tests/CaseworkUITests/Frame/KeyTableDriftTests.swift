import CaseworkCore
@testable import CaseworkUI
import Testing

/// The key tables are the only truth about keys: every key a table lists does something where it is listed, every key
/// that does something is in a table, and the frame's keys are never taken by a screen. Help and the key bar are made
/// from the same tables, so this is also the proof that they say what the keys do.
@Suite struct KeyTableDriftTests {
    /// Every key a terminal can send the console, printable ones included.
    static let universe: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab,
                                  .backspace, .delete, .insert]
        + (1...12).map { Key.function($0) } + "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }
        + (32...126).map { Key.character(Character(Unicode.Scalar($0)!)) } + "é王".map { Key.character($0) }

    /// The keys a table binds and that work in this state, printable ones of a typing binding included.
    static func working<Context, Action>(_ table: KeyTable<Context, Action>, in context: Context) -> Set<Key> {
        var keys: Set<Key> = []
        for binding in table.bindings where binding.unavailable(context) == nil {
            keys.formUnion(binding.keys)
            if binding.typesText { keys.formUnion(universe.filter(\.isPrintable)) }
        }
        return keys
    }

    static func paneKeys(_ screen: CaseScreen) -> Set<Key> {
        func open<Pane: CasePane>(_ pane: Pane) -> Set<Key> { working(pane.keys, in: PaneState(pane: pane, sheet: screen.sheet)) }
        return open(screen.panes[screen.tab.rawValue])
    }

    /// Each key bound and working here does something: the screen never answers it with "not mine".
    static func expectBoundKeysDispatch<S: ConsoleScreen>(_ screen: S, _ keys: Set<Key>, _ label: String,
                                                          sourceLocation: SourceLocation = #_sourceLocation) {
        for key in keys {
            var copy = screen
            let outcome = copy.handleKey(key)
            #expect(outcome != .ignored, "\(label): \(key.label) is in a table but does nothing", sourceLocation: sourceLocation)
            if case .unavailable(let why) = outcome { Issue.record("\(label): \(key.label) is listed as working but says \(why)",
                                                                   sourceLocation: sourceLocation) }
        }
    }

    /// Each key in no table leaves the screen as it was and is handed back to the frame.
    static func expectUnboundKeysIgnored<S: ConsoleScreen>(_ screen: S, bound: Set<Key>, _ label: String,
                                                           sourceLocation: SourceLocation = #_sourceLocation) {
        let before = rendered(screen)
        for key in universe where !bound.contains(key) {
            var copy = screen
            let outcome = copy.handleKey(key)
            let ignored = outcome == .ignored || { if case .unavailable = outcome { true } else { false } }()
            #expect(ignored, "\(label): \(key.label) is in no table but gave \(outcome)", sourceLocation: sourceLocation)
            #expect(rendered(copy) == before, "\(label): \(key.label) is in no table but changed the screen", sourceLocation: sourceLocation)
        }
    }

    static func rendered<S: ConsoleScreen>(_ screen: S) -> [String] {
        var buffer = Buffer(width: 120, height: 40)
        screen.renderWithOverlays(into: &buffer, area: buffer.area)
        return buffer.lines
    }

    // MARK: The queue

    static func queues() -> [(String, QueueScreen)] {
        let context = ConsoleFixture().context(as: "priya")
        var queue = QueueScreen(context: context)
        queue.load(try! ConsoleFixture().store.summaries().summaries)
        queue.layout(in: Frame.body(width: 120, height: 40))
        var sorted = queue
        sorted.sort(by: .waiting)
        var narrowed = queue
        narrowed.setFilter(QueueFilter(team: .council))
        var typing = queue
        _ = typing.handleKey(.character("/"))
        return [("queue", queue), ("sorted queue", sorted), ("narrowed queue", narrowed), ("queue filter line", typing)]
    }

    @Test func theQueuesKeysAreItsTable() {
        for (label, queue) in Self.queues() {
            var bound = Self.working(queue.keys, in: queue)
            if queue.isTyping { bound = Self.working(Table<QueueRows>.filterKeys, in: queue.table) }
            Self.expectBoundKeysDispatch(queue, bound, label)
            Self.expectUnboundKeysIgnored(queue, bound: bound, label)
        }
    }

    // MARK: The case screen

    static func caseScreens() -> [(String, CaseScreen)] {
        var screens: [(String, CaseScreen)] = []
        for persona in ["Hafiz", "Asante", "Warsame"] {
            for tab in CaseTab.allCases {
                var screen = CaseScreenFixtures.screen(persona)
                screen.layout(in: Frame.body(width: 120, height: 40))
                screen.show(tab)
                screens.append(("\(persona) on \(tab.title)", screen))
            }
        }
        var member = CaseScreenFixtures.screen()
        CaseScreenFixtures.press("G<Up><Up><Up><Up>", on: &member)
        screens.append(("a member selected", member))
        var edited = CaseScreenFixtures.screen()
        CaseScreenFixtures.press("jjjj<Enter>1<Enter>", on: &edited)
        screens.append(("unsaved facts", edited))
        // The Plan tab's sections and states: each has its own working keys in the one table.
        for (label, persona, keys) in [("the plan's assessment", "Hafiz", "9<Right>"), ("the plan's versions", "Lefèvre", "9<Left>"),
                                       ("an earlier plan version", "Lefèvre", "9<Left><Home><Enter>"), ("an unsaved plan", "Hafiz", "9x"),
                                       ("a plan and facts unsaved", "Hafiz", "jjjj<Enter>1<Enter>9x")] {
            var screen = CaseScreenFixtures.screen(persona)
            screen.layout(in: Frame.body(width: 120, height: 40))
            CaseScreenFixtures.press(keys, on: &screen)
            screens.append((label, screen))
        }
        var refused = CaseScreenFixtures.persona("Hafiz")
        refused.nonCooperation = [NonCooperationRecord(kind: .refusal, on: CaseScreenFixtures.today, by: "amara", stepId: 1)]
        var warning = CaseScreen(record: refused, context: CaseScreenFixtures.context())
        warning.show(.plan)
        screens.append(("a plan step refused", warning))
        return screens
    }

    @Test func eachPaneAndTheShellDispatchExactlyTheirTables() {
        for (label, screen) in Self.caseScreens() {
            let shell = Self.working(screen.keys, in: screen)
            let pane = Self.paneKeys(screen)
            Self.expectBoundKeysDispatch(screen, shell.union(pane), label)
            Self.expectUnboundKeysIgnored(screen, bound: shell.union(pane), label)
            // The shell comes before the pane for all but Esc: a pane key the shell also binds would never reach it.
            #expect(shell.intersection(pane).subtracting([.escape]).isEmpty, "\(label): a pane key is hidden by the shell's")
        }
    }

    @Test func whileTypingEveryKeyIsTheFieldsOrTheTables() {
        var editing = CaseScreenFixtures.screen()
        CaseScreenFixtures.press("jjjj<Enter>", on: &editing)
        var filtering = CaseScreenFixtures.screen()
        CaseScreenFixtures.press("4/", on: &filtering)
        var form = CaseScreenFixtures.screen()
        CaseScreenFixtures.press("4c", on: &form)
        var planText = CaseScreenFixtures.screen()
        CaseScreenFixtures.press("9<Enter>", on: &planText)
        var planForm = CaseScreenFixtures.screen()
        CaseScreenFixtures.press("9n", on: &planForm)
        let editingKeys = Self.working(FactsPane.editingKeys, in: editing.facts).union(Self.working(editing.keys, in: editing))
        let filterKeys = Self.working(Table<StaticRows>.filterKeys, in: filtering.timeline)
            .union(Self.working(filtering.keys, in: filtering)).union(Self.paneKeys(filtering))
        let formKeys = Self.working(Form.keys, in: form.form!)
        let planTextKeys = Self.working(PlanTabPane.typingKeys, in: planText.planPane!.plan.editor!)
        let planFormKeys = Self.working(Form.keys, in: planForm.form!)
        for (label, screen, bound) in [("editing a fact", editing, editingKeys), ("the timeline's filter line", filtering, filterKeys),
                                       ("a form", form, formKeys), ("a plan step's words", planText, planTextKeys),
                                       ("a plan form", planForm, planFormKeys)] {
            Self.expectBoundKeysDispatch(screen, bound, label)
            Self.expectUnboundKeysIgnored(screen, bound: bound, label)
        }
    }

    @Test(arguments: ["3<Enter>", "9a"])
    func aQuestionTakesEveryKeyAndListsItsOwn(keys: String) {
        var screen = CaseScreenFixtures.screen()
        CaseScreenFixtures.press(keys, on: &screen)
        let question = try! #require(screen.question)
        let bound = Self.working(Dialog.keys, in: question)
        Self.expectBoundKeysDispatch(screen, bound, "a question")
        for key in Self.universe where !bound.contains(key) {
            var copy = screen
            #expect(copy.handleKey(key) == .handled && copy.question != nil, "\(key.label) must not get past a question")
        }
    }

    // MARK: The frame

    /// The frame's keys (help, quit, the `:` line, the screens' F-keys) work on every screen: no screen binds them.
    @Test func noScreenTakesTheFramesKeys() {
        let app = ConsoleApp(context: ConsoleFixture().context(as: "priya"))
        let frame = Self.working(app.frameKeys, in: app).subtracting([.escape])
        for (label, queue) in Self.queues() where !queue.isTyping {
            #expect(Self.working(queue.keys, in: queue).intersection(frame).isEmpty, "\(label)")
        }
        for (label, screen) in Self.caseScreens() {
            #expect(Self.working(screen.keys, in: screen).union(Self.paneKeys(screen)).intersection(frame).isEmpty, "\(label)")
        }
    }

    /// Every binding in the key bar is also in the help, so the bar never shows a key help does not explain.
    @Test func everyBarLabelHasAHelpLine() {
        func check<Context, Action>(_ table: KeyTable<Context, Action>) {
            for binding in table.bindings where binding.bar != nil {
                #expect(binding.help != nil, "\(table.title): \(binding.label) is in the bar with no help line")
            }
        }
        check(QueueScreen.keys)
        check(CaseScreen.keys)
        for tab in CaseTab.allCases {
            func open<Pane: CasePane>(_ pane: Pane) { check(pane.keys) }
            open(tab.makePane(CaseScreenFixtures.persona("Hafiz"), context: CaseScreenFixtures.context()))
        }
        check(FactsPane.editingKeys)
        check(PlanTabPane.typingKeys)
        check(Form<CaseFormPurpose>.keys)
        check(Table<StaticRows>.filterKeys)
        check(ConsoleApp.frameKeys(ScreenRegistry.entries))
    }

    /// Every `:` command listed in help parses, its words are its own, and the help lists each one.
    @Test func everyColonCommandParsesAndIsListed() {
        let context = ConsoleFixture().context(as: "priya")
        var names: Set<String> = []
        for spec in ColonCommand.specs([ProbeScreen.entry]) {
            #expect((try? ColonCommand.parse(spec.example, context: context, screens: [ProbeScreen.entry]).get()) != nil, "\(spec.usage): \(spec.example) does not parse")
            #expect(spec.example.split(separator: " ").first.map(String.init).map(spec.names.contains) == true)
            for name in spec.names {
                #expect(names.insert(name).inserted, ":\(name) belongs to two commands")
                #expect((try? ColonCommand.parse(name + (spec.example.contains(" ") ? " " + spec.example.split(separator: " ").dropFirst().joined(separator: " ") : ""),
                                                 context: context, screens: [ProbeScreen.entry]).get()) != nil, ":\(name) does not parse")
            }
            #expect(ColonCommand.helpEntries([ProbeScreen.entry]).contains { $0.keys == spec.usage })
        }
        #expect(ColonCommand.helpEntries().contains { $0.keys == ":redraw" }, "the command missing from help before the tables")
    }
}
