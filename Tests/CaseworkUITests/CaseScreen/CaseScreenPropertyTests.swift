import Testing
import CaseworkCore
@testable import CaseworkUI

/// Seeded random key sequences on every persona: whatever is pressed, the screen stays consistent and draws cleanly.
@Suite struct CaseScreenPropertyTests {
    typealias Fixtures = CaseScreenFixtures

    static let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab,
                              .backspace, .delete, .control("s"), .control("u"), .function(2), .character(" ")]
        + "abcdegjknoqrsuy/12345678+-<>I王é".map { .character($0) }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func anyKeysKeepTheScreenConsistent(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let context = Fixtures.context(user: "helen")
        for _ in 0..<40 {
            var screen = CaseScreen(record: Fixtures.cases[random.next(upTo: Fixtures.cases.count)], context: context)
            for step in 0..<60 {
                let outcome = screen.handle(Self.keys[random.next(upTo: Self.keys.count)])
                // What is unsaved is what a draft keeps: the edited facts, the plan's working copy.
                #expect(screen.hasUnsavedEdits == (screen.editedDetails != nil || screen.editedPlan != nil))
                switch outcome {
                case .perform(let action):
                    #expect(screen.form == nil)
                    if case .saveDetails(let details) = action { #expect(details.problems(today: Fixtures.today).isEmpty) }
                case .back:
                    // Unsaved edits may go back with it: the frame asks about them, not the screen.
                    #expect(screen.form == nil && screen.question == nil)
                default:
                    break
                }
                if step % 20 == 19 {
                    for (width, height) in [(80, 20), (160, 44)] { Self.expectClean(screen, width: width, height: height) }
                }
            }
        }
    }

    /// No wide glyph is cut in half and nothing is drawn outside the area.
    static func expectClean(_ screen: CaseScreen, width: Int, height: Int) {
        var buffer = Buffer(width: width + 2, height: height + 2)
        buffer.fill(buffer.area, with: "#")
        screen.renderWithOverlays(into: &buffer, area: Rect(x: 1, y: 1, width: width, height: height))
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let inside = x >= 1 && x <= width && y >= 1 && y <= height
                if !inside { #expect(buffer[x: x, y: y].text == "#", "drawn outside at \(x),\(y)") }
                if buffer[x: x, y: y].isContinuation { #expect(x > 0 && buffer[x: x - 1, y: y].width == 2, "orphan half at \(x),\(y)") }
            }
        }
    }

    @Test(arguments: [UInt64(7), 8])
    func aRestrictedCaseShowsNothingToSomeoneNotEntitled(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let record = Fixtures.persona("Yılmaz")
        var screen = CaseScreen(record: record, context: Fixtures.context(user: "priya"))
        for _ in 0..<200 {
            let outcome = screen.handle(Self.keys[random.next(upTo: Self.keys.count)])
            #expect(outcome == .ignored || outcome == .back)
        }
        for size in [(80, 20), (160, 44)] {
            var buffer = Buffer(width: size.0, height: size.1)
            screen.render(into: &buffer, area: buffer.area)
            let text = buffer.lines.joined()
            #expect(text.contains("Restricted"))
            for secret in ["Ayşe", "Yılmaz", "Elif", "07700 900999", "hotel"] { #expect(!text.contains(secret)) }
        }
    }
}
