/// Recording lessons learnt and marking them acted on: any officer records one, a manager marks it acted on.
/// A lesson from a restricted case reads "Restricted" to staff not cleared for that case.
public struct LessonService {
    public let store: JSONFileStore
    public let clock: Clock
    public let actor: Actor

    public init(store: JSONFileStore, clock: Clock, actor: Actor) {
        self.store = store
        self.clock = clock
        self.actor = actor
    }

    public func add(text: String, change: String? = nil, tags: [String] = [], caseRef: String? = nil) throws -> Lesson {
        let body = try CaseService.checkedText(text, field: "text", limit: 4_000)
        let remedy = try change.map { try CaseService.checkedText($0, field: "change", limit: 4_000) }
        let cleanTags = try Self.tags(tags)
        if let caseRef {
            // Opening is how access is checked and a refusal recorded, as for any restricted case.
            _ = try CaseService(store: store, clock: clock, actor: actor, configuration: .standard).open(caseRef)
        }
        return try store.addLesson(Lesson(id: 0, recordedAt: clock.now(), by: actor.id, text: body, change: remedy,
                                          tags: cleanTags, caseRef: caseRef), by: actor)
    }

    public func markActedOn(_ id: Int, note: String?) throws -> Lesson {
        guard actor.role == .manager else { throw ManagersOnly.lessonsActedOnIsForManagers }
        let remark = try note.map { try CaseService.checkedText($0, field: "note", limit: 2_000) }
        return try store.updateLesson(id, by: actor, action: "lesson-acted-on") { lesson in
            guard !lesson.isActedOn else { throw CaseServiceError.refused(reason: "lesson \(id) is already marked acted on") }
            lesson.actedOnAt = clock.now()
            lesson.actedOnBy = actor.id
            lesson.actedOnNote = remark
        }
    }

    /// The log, newest first, filtered; each lesson masked where its case is restricted from the actor.
    public func list(tag: String? = nil, actedOn: Bool? = nil) throws -> [Lesson] {
        var hidden: [String: Bool] = [:]
        return try store.lessons().lessons.reversed().filter { lesson in
            (tag.map { lesson.tags.contains($0.lowercased()) } ?? true) && (actedOn.map { lesson.isActedOn == $0 } ?? true)
        }.map { lesson in
            guard let ref = lesson.caseRef else { return lesson }
            let masked = try hidden[ref] ?? {
                let record = try? store.load(ref)
                return record.map { !CaseAccess.mayView($0, as: actor) } ?? false
            }()
            hidden[ref] = masked
            guard masked else { return lesson }
            var shown = lesson
            shown.text = CaseAccess.restrictedLabel
            shown.change = shown.change.map { _ in CaseAccess.restrictedLabel }
            shown.actedOnNote = shown.actedOnNote.map { _ in CaseAccess.restrictedLabel }
            return shown
        }
    }

    /// Tags are short words: lower case, letters, digits and hyphens.
    static func tags(_ raw: [String]) throws -> [String] {
        var seen = Set<String>()
        return try raw.map { $0.trimmingSpaces.lowercased() }.filter { !$0.isEmpty }.compactMap { tag in
            guard tag.count <= 30, tag.unicodeScalars.allSatisfy({ ($0.properties.isAlphabetic || ("0"..."9").contains($0)) || $0 == "-" }) else {
                throw CaseServiceError.invalid(field: "tags", message: "'\(ControlCharacters.printable(tag))' is not a tag (letters, digits and hyphens, up to 30)")
            }
            return seen.insert(tag).inserted ? tag : nil
        }
    }
}
