import Foundation

/// Everything wrong with `diary.json` (see `FileProblems`). Nothing is booked against a diary file that cannot be
/// read: the council meant something by it.
public struct DiarySetupError: FileProblems, Hashable, Sendable {
    public var problems: [StoreProblem]

    public init(problems: [StoreProblem]) {
        self.problems = problems
    }
}

/// Reads `diary.json` (the format of `Resources/schemas/diary.schema.json`) into a `DiarySetup`, and writes one back.
public struct DiarySetupReader {
    public static let fileName = "diary.json"

    static let topKeys = ["schemaVersion", "revision", "settings", "closures", "caseworkers"]
    static let settingsKeys = ["targetWaitWorkingDays", "presentationsPerWeek", "interpreterMinutes", "horizonWeeks"]
    static let caseworkerKeys = ["officer", "week", "absences"]
    static let slotKeys = ["day", "start", "minutes", "location", "emergencyOnly"]
    static let absenceKeys = ["from", "to", "kind"]

    /// The staff directory, to refuse a diary for someone who is not on it; nil skips that check.
    let staff: StaffDirectory?

    public init(staff: StaffDirectory?) {
        self.staff = staff
    }

    public func decode(_ data: Data) throws(DiarySetupError) -> DiarySetup {
        let file = Self.fileName
        let document: JSONValue
        do {
            document = try JSONValue.parse(data)
        } catch {
            throw DiarySetupError(problems: [StoreProblem(file: file, position: error.position, reason: "not valid JSON: \(error.reason)")])
        }
        var fields = FieldReader()
        let setup = read(document, &fields)
        guard fields.errors.isEmpty, let setup else {
            throw DiarySetupError(problems: fields.errors.map { StoreProblem(file: file, position: $0.path, reason: $0.message) })
        }
        return setup
    }

    private func read(_ document: JSONValue, _ f: inout FieldReader) -> DiarySetup? {
        guard let top = f.object(document, at: "", known: Self.topKeys) else { return nil }
        var setup = DiarySetup()
        if let version = f.whole(top["schemaVersion"], at: "schemaVersion", in: 1...Int.max, required: true) {
            if version > DiarySetup.currentSchemaVersion {
                f.fail("schemaVersion", "\(version) was written by a newer Casework; upgrade before using this diary")
            }
        }
        setup.revision = f.whole(top["revision"], at: "revision", in: 0...Int.max) ?? 0
        if let settings = f.object(top["settings"], at: "settings", known: Self.settingsKeys, required: false) {
            setup.settings = readSettings(settings, &f)
        }
        setup.closures = f.list(top["closures"], at: "closures").enumerated().compactMap { index, item in
            readAbsence(item, at: "closures[\(index)]", &f)
        }
        if top["caseworkers"] == nil { f.fail("caseworkers", "is required (a list, which may be empty)") }
        var seen: [String: Int] = [:]
        for (index, item) in f.list(top["caseworkers"], at: "caseworkers").enumerated() {
            let path = "caseworkers[\(index)]"
            guard let diary = readCaseworker(item, at: path, &f) else { continue }
            if let first = seen[diary.officer] {
                f.fail(path + ".officer", "'\(diary.officer)' already has a diary at caseworkers[\(first)]")
                continue
            }
            seen[diary.officer] = index
            setup.caseworkers.append(diary)
        }
        return setup
    }

    private func readSettings(_ value: JSONValue, _ f: inout FieldReader) -> DiarySettings {
        var settings = DiarySettings()
        if let days = f.whole(value["targetWaitWorkingDays"], at: "settings.targetWaitWorkingDays", in: 1...60) {
            settings.targetWaitWorkingDays = days
        }
        if let figure = value["presentationsPerWeek"], figure != .null {
            guard case .number(let number) = figure, number >= 0, number <= 10_000 else {
                f.fail("settings.presentationsPerWeek", "must be a number from 0 to 10000, or null for the last 8 weeks' average")
                return settings
            }
            settings.presentationsPerWeek = number
        }
        if let minutes = f.whole(value["interpreterMinutes"], at: "settings.interpreterMinutes", in: 15...480) {
            settings.interpreterMinutes = minutes
        }
        if let weeks = f.whole(value["horizonWeeks"], at: "settings.horizonWeeks", in: 1...52) {
            settings.horizonWeeks = weeks
        }
        return settings
    }

    private func readCaseworker(_ value: JSONValue, at path: String, _ f: inout FieldReader) -> CaseworkerDiary? {
        guard let object = f.object(value, at: path, known: Self.caseworkerKeys) else { return nil }
        let officer = f.string(object["officer"], at: path + ".officer", required: true, maxLength: 64)
        if let officer {
            if !DataDirectory.isPlainName(officer) {
                f.fail(path + ".officer", "'\(officer)' is not a staff id (letters, digits, '-', '_' and '.')")
            } else if let staff, staff.member(officer) == nil {
                f.fail(path + ".officer", "'\(officer)' is not in the staff directory")
            }
        }
        var week: [PatternSlot] = []
        if object["week"] == nil { f.fail(path + ".week", "is required (a list of slots, which may be empty)") }
        for (index, item) in f.list(object["week"], at: path + ".week").enumerated() {
            let place = "\(path).week[\(index)]"
            guard let slot = readSlot(item, at: place, &f) else { continue }
            if let clash = week.firstIndex(where: { $0.overlaps(slot) }) {
                f.fail(place, "overlaps \(path).week[\(clash)] (\(slot.weekday.rawValue) \(LocalTime.clock(week[clash].start)))")
            }
            week.append(slot)
        }
        let absences = f.list(object["absences"], at: path + ".absences").enumerated().compactMap { index, item in
            readAbsence(item, at: "\(path).absences[\(index)]", &f)
        }
        guard let officer else { return nil }
        return CaseworkerDiary(officer: officer, week: week, absences: absences)
    }

    private func readSlot(_ value: JSONValue, at path: String, _ f: inout FieldReader) -> PatternSlot? {
        guard let object = f.object(value, at: path, known: Self.slotKeys) else { return nil }
        let weekday = f.choice(object["day"], at: path + ".day", required: true, as: Weekday.self)
        var start: Int?
        if let text = f.string(object["start"], at: path + ".start", required: true) {
            start = LocalTime.minute(of: text)
            if start == nil { f.fail(path + ".start", "\"\(text)\" is not a time HH:MM (24-hour)") }
        }
        let minutes = f.whole(object["minutes"], at: path + ".minutes", in: 5...480, required: true)
        let location = f.string(object["location"], at: path + ".location", required: true, maxLength: 100)
        let emergency = f.bool(object["emergencyOnly"], at: path + ".emergencyOnly") ?? false
        if let start, let minutes, start + minutes > 24 * 60 { f.fail(path + ".minutes", "runs past midnight") }
        guard let weekday, let start, let minutes, let location else { return nil }
        return PatternSlot(weekday: weekday, start: start, minutes: minutes, location: location, emergencyOnly: emergency)
    }

    private func readAbsence(_ value: JSONValue, at path: String, _ f: inout FieldReader) -> Absence? {
        guard let object = f.object(value, at: path, known: Self.absenceKeys) else { return nil }
        let from = f.day(object["from"], at: path + ".from", required: true)
        let to = f.day(object["to"], at: path + ".to", required: true)
        let kind = f.choice(object["kind"], at: path + ".kind", required: true, as: AbsenceKind.self)
        guard let from, let to, let kind else { return nil }
        guard from <= to else {
            f.fail(path + ".to", "\(to) is before \(from)")
            return nil
        }
        return Absence(from: from, to: to, kind: kind)
    }

    /// The set-up as `diary.json` holds it.
    public static func document(_ setup: DiarySetup) -> JSONValue {
        func absence(_ a: Absence) -> JSONValue {
            .object([("from", .string(a.from.iso)), ("to", .string(a.to.iso)), ("kind", .string(a.kind.rawValue))])
        }
        let settings = setup.settings
        var settingPairs: [(key: String, value: JSONValue)] = [
            ("targetWaitWorkingDays", .number(Double(settings.targetWaitWorkingDays))),
            ("interpreterMinutes", .number(Double(settings.interpreterMinutes))),
            ("horizonWeeks", .number(Double(settings.horizonWeeks))),
        ]
        settingPairs.append(("presentationsPerWeek", settings.presentationsPerWeek.map { .number($0) } ?? .null))
        let caseworkers: [JSONValue] = setup.caseworkers.map { diary in
            .object([
                ("officer", .string(diary.officer)),
                ("week", .array(diary.week.map { slot in
                    .object([("day", .string(slot.weekday.rawValue)),
                             ("start", .string(LocalTime.clock(slot.start))),
                             ("minutes", .number(Double(slot.minutes))), ("location", .string(slot.location)),
                             ("emergencyOnly", .bool(slot.emergencyOnly))])
                })),
                ("absences", .array(diary.absences.map(absence))),
            ])
        }
        return .object([
            ("schemaVersion", .number(Double(setup.schemaVersion))), ("revision", .number(Double(setup.revision))),
            ("settings", .object(settingPairs)), ("closures", .array(setup.closures.map(absence))),
            ("caseworkers", .array(caseworkers)),
        ])
    }
}

extension FieldReader {
    /// A whole number within `range`.
    mutating func whole(_ value: JSONValue?, at path: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let value, value != .null else {
            if required { fail(path, "is required (a whole number)") }
            return nil
        }
        guard case .number(let number) = value else {
            fail(path, "must be a whole number, found \(value.kindName)")
            return nil
        }
        guard number.rounded() == number, abs(number) < 1e15 else {
            fail(path, "must be a whole number, found \(number)")
            return nil
        }
        guard range.contains(Int(number)) else {
            fail(path, range.upperBound == Int.max ? "must be at least \(range.lowerBound)"
                : "must be from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return Int(number)
    }
}
