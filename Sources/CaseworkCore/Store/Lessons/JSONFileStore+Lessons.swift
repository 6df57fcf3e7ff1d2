import Foundation

/// The lessons learnt log: one small document, read whole and replaced durably under the writers' lock, every
/// change an audit line naming the lesson.
extension JSONFileStore {
    static let lessonsFile = "lessons.json"

    public func lessons() throws -> LessonLog {
        guard let data = try directory.readIfExists(Self.lessonsFile) else { return LessonLog() }
        do {
            let log = try coders.decoder.decode(LessonLog.self, from: data)
            if log.schemaVersion > 1 { throw StoreError.newerSchema(file: Self.lessonsFile, version: log.schemaVersion) }
            return log
        } catch let error as StoreError {
            throw error
        } catch {
            let (position, reason) = DecodingProblem.describe(error)
            throw StoreError.unreadable(StoreProblem(file: Self.lessonsFile, position: position, reason: reason))
        }
    }

    /// Adds a lesson with the next id; returns it as stored.
    public func addLesson(_ draft: Lesson, by actor: Actor) throws -> Lesson {
        try changeLessons(by: actor, action: "lesson-add") { log in
            var lesson = draft
            lesson.id = (log.lessons.map(\.id).max() ?? 0) + 1
            log.lessons.append(lesson)
            return lesson
        }
    }

    /// Applies `change` to lesson `id` (refused when there is none).
    public func updateLesson(_ id: Int, by actor: Actor, action: String, _ change: (inout Lesson) throws -> Void) throws -> Lesson {
        try changeLessons(by: actor, action: action) { log in
            guard let index = log.lessons.firstIndex(where: { $0.id == id }) else {
                throw StoreError.invalid(reason: "no lesson \(id)")
            }
            try change(&log.lessons[index])
            return log.lessons[index]
        }
    }

    private func changeLessons(by actor: Actor, action: String, _ change: (inout LessonLog) throws -> Lesson) throws -> Lesson {
        try locked { journal in
            var log = try lessons()
            let lesson = try change(&log)
            try directory.replaceDurably(Self.lessonsFile, in: "", with: coders.document.encode(log), kind: "lessons")
            try journal.appendAudit([AuditEntry(at: clock.now(), by: actor.id, ref: lesson.name, revision: nil, action: action,
                                                fields: nil)])
            return lesson
        }
    }
}
