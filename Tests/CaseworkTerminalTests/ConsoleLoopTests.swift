#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Testing
import CaseworkCore
import CaseworkUI
@testable import CaseworkTerminal

/// The console loop on a real terminal device: a pseudo-terminal whose keys the test types, or /dev/null.
/// In the serialized headless suite, since only one terminal may run at a time.
extension HeadlessTerminalTests {
    @Test func theLoopDrawsTheQueueAndQuitsOnQ() throws {
        let device = try PseudoTerminal()
        let terminal = try Self.start(on: device)
        device.type("jjq")
        let store = LoopStore()
        let reason = ConsoleLoop.run(store: store, context: store.context, clock: LoopStore.clock, terminal: terminal)
        #expect(reason == .quit)
        #expect(terminal.readKey(timeout: 0) == nil, "the terminal was given back")
        #expect(device.waitForOutput(containing: "Triage queue"))
    }

    @Test func aStopSignalKeepsUnsavedEditsAsADraftAndReturns() throws {
        let terminal = try Self.start(width: 80, height: 24)
        let store = LoopStore()
        var session = Self.sessionEditingPhone(of: store, to: "01923 123456")
        kill(getpid(), SIGTERM)
        for _ in 0..<200 where terminal.pendingSignal == nil { usleep(5_000) }
        #expect(ConsoleLoop.run(&session, on: terminal) == .signal(SIGTERM))
        #expect(terminal.readKey(timeout: 0) == nil, "the terminal was given back")
        #expect(store.drafts.map(\.ref) == ["H-0002"] && store.drafts.first?.record.applicant.phone == "01923 123456")
    }

    /// A terminal that goes away (its window closed, the signal lost or blocked) must not leave the console spinning
    /// on a dead input: the loop treats it as a hang-up, keeps the edits as a draft and returns.
    @Test func aTerminalThatGoesAwayEndsTheLoopWithADraft() throws {
        let device = try PseudoTerminal()
        let terminal = try Self.start(on: device)
        let store = LoopStore()
        var session = Self.sessionEditingPhone(of: store, to: "01923 654321")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { device.hangUp() }
        #expect(ConsoleLoop.run(&session, on: terminal) == .signal(SIGHUP))
        #expect(store.drafts.map(\.ref) == ["H-0002"] && store.drafts.first?.record.applicant.phone == "01923 654321")
    }

    private static func start(on device: PseudoTerminal) throws -> Terminal {
        setenv("LC_ALL", "C.UTF-8", 1)
        setenv("COLUMNS", "80", 1)
        setenv("LINES", "24", 1)
        return try Terminal.start(.init(colour: false, device: device.path, terminalType: "xterm-256color"))
    }

    /// A session on case H-0002 with its phone number changed and not saved.
    private static func sessionEditingPhone(of store: LoopStore, to phone: String) -> ConsoleDriver {
        var session = ConsoleDriver(app: ConsoleApp(context: store.context),
                                     runtime: ConsoleRuntime(store: store, clock: LoopStore.clock, context: store.context))
        _ = session.start(width: 80, height: 24)
        for key in Key.sequence(":open 2<Enter>jjjj<Enter><C-u>\(phone)<Enter>") { _ = session.key(key) }
        #expect(session.app.hasUnsavedEdits)
        return session
    }
}

/// A pseudo-terminal: the console runs on its secondary side; the test types into the primary and reads
/// what was drawn, on a background queue so the console's writes never fill the buffer and block.
final class PseudoTerminal: @unchecked Sendable {
    let primary: Int32
    let path: String
    private let lock = PthreadLock()
    private var received: [UInt8] = []

    init() throws {
        // Swift's Glibc module leaves out the pseudo-terminal calls (they need _XOPEN_SOURCE): look them up.
        typealias Call = @convention(c) (Int32) -> Int32
        typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: type) }
        }
        guard let open = symbol("posix_openpt", as: Call.self), let grant = symbol("grantpt", as: Call.self),
              let unlock = symbol("unlockpt", as: Call.self), let name = symbol("ptsname", as: Name.self) else {
            throw Terminal.StartError.cannotOpen("a pseudo-terminal")
        }
        primary = open(O_RDWR | O_NOCTTY)
        guard primary >= 0, grant(primary) == 0, unlock(primary) == 0, let secondary = name(primary) else {
            throw Terminal.StartError.cannotOpen("a pseudo-terminal")
        }
        path = String(cString: secondary)
        let fd = primary
        // The reader owns the primary side: a close from another thread would wait behind its blocked read.
        DispatchQueue.global().async { [self] in
            var chunk = [UInt8](repeating: 0, count: 4_096)
            while !lock.with({ closed }) {
                var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&ready, 1, 20) >= 0 else { break }
                guard ready.revents != 0 else { continue }
                let count = read(fd, &chunk, chunk.count)
                guard count > 0 else { break }
                lock.with { received += chunk[0..<count] }
            }
            close(fd)
        }
    }

    private var closed = false

    /// Closes the primary side, as a terminal window closing does (the reader closes it within 20 ms).
    func hangUp() { lock.with { closed = true } }

    func type(_ text: String) { _ = text.utf8CString.withUnsafeBufferPointer { write(primary, $0.baseAddress, $0.count - 1) } }

    var output: String { lock.with { String(decoding: received, as: UTF8.self) } }

    /// Whether the text has been drawn, looking for up to two seconds as the reader catches up.
    func waitForOutput(containing text: String) -> Bool {
        for _ in 0..<400 {
            if output.contains(text) { return true }
            usleep(5_000)
        }
        return false
    }
}

/// A mutex from pthreads, for the pseudo-terminal's reader and the test.
final class PthreadLock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func with<T>(_ work: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return work()
    }
}

/// The demo caseload behind the loop: enough of a store to list, open, save and keep drafts.
final class LoopStore: CaseStore, DraftStore {
    static let today = Day(year: 2026, month: 6, day: 15)!
    static let clock = Clock.fixed(today, secondOfDay: 10 * 3600)
    let meta = StoreMeta(dataset: .demo, name: "Loop test", createdAt: Timestamp(day: today, secondOfDay: 0))
    private var records: [String: Case] = [:]
    private(set) var drafts: [CaseDraft] = []

    init() {
        for (index, record) in DemoCaseload.cases(today: LoopStore.today).enumerated() {
            var stored = record
            stored.ref = "H-" + Day.pad(index + 1, 4)
            stored.revision = 1
            records[stored.ref] = stored
        }
    }

    var context: ConsoleContext {
        ConsoleContext(actor: Actor(DemoStaff.directory.member("priya")!), today: LoopStore.today, staff: DemoStaff.directory,
                       configuration: .standard, meta: meta)
    }

    func summaries() throws -> IndexSnapshot {
        IndexSnapshot(summaries: records.values.sorted { $0.ref < $1.ref }.map(CaseSummary.init), problems: [])
    }
    func changes() throws -> [CaseSummary] { [] }
    func load(_ ref: String) throws -> Case {
        guard let record = records[ref] else { throw StoreError.notFound(ref: ref) }
        return record
    }
    func create(_ drafts: [Case], by actor: Actor) throws -> [Case] { throw StoreError.invalid(reason: "not in the loop tests") }
    func createOnce(_ drafts: [Case], by actor: Actor) throws -> ImportPlan.Outcome {
        throw StoreError.invalid(reason: "not in the loop tests")
    }
    func update(_ ref: String, expectedRevision: Int?, by actor: Actor, action: String, _ change: (inout Case) throws -> Void) throws -> Case {
        var record = try load(ref)
        try change(&record)
        record.revision += 1
        records[ref] = record
        return record
    }
    func auditAccess(of ref: String, by actor: Actor, action: String) throws {}
    func staff() throws -> StaffDirectory { DemoStaff.directory }
    func saveDraft(_ draft: CaseDraft) throws { drafts.append(draft) }
    func drafts(for user: String) throws -> [CaseDraft] { drafts.filter { $0.user == user } }
    func discardDraft(user: String, ref: String) throws { drafts.removeAll { $0.user == user && $0.ref == ref } }
    func draftAuthors(of ref: String) throws -> [String] { drafts.filter { $0.ref == ref }.map(\.user).sorted() }
}
