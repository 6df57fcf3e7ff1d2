import CaseworkCore
@testable import CaseworkUI
import Testing

/// The demo queue as officers see it, at the smallest and a wide terminal.
@Suite struct QueueSnapshotTests {
    @Test(arguments: [(80, 24), (160, 48)])
    func demoQueueAsATriageOfficer(width: Int, height: Int) {
        let session = ConsoleFixture().session(as: "priya", width: width, height: height)
        expectSnapshot(session.frame(width: width, height: height), "queue-demo-\(width)x\(height)")
    }
}
