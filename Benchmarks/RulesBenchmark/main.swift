// Times the rules over a synthetic caseload, as the console runs them at start-up. Run by scripts/bench-rules.sh
// on a release build; prints figures, asserts nothing.
import CaseworkCore
import Foundation

/// A fixed-seed xorshift stream: every run times the same caseload.
struct Stream {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }
}

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
let today = Day(year: 2026, month: 6, day: 15)!
func summary(_ index: Int, _ stream: inout Stream) -> CaseSummary {
    let received = today.adding(days: -stream.next(150))
    var record = Case(ref: "H-" + String(index), receivedOn: received,
                      applicant: Applicant(firstName: "Applicant", lastName: String(index),
                                           dateOfBirth: stream.next(10) == 0 ? nil : today.adding(days: -6_000 - stream.next(20_000)),
                                           pregnant: stream.next(12) == 0),
                      accommodation: Accommodation(type: stream.pick(AccommodationType.allCases),
                                                   tenancyStartedOn: today.adding(days: -60 - stream.next(2_000))),
                      createdAt: Timestamp(day: received, secondOfDay: 0), createdBy: "bench")
    record.status = stream.pick(CaseStatus.allCases)
    record.homelessNow = stream.next(4) == 0
    record.lossDate = stream.next(3) == 0 ? today.adding(days: stream.next(100) - 5) : nil
    switch stream.next(6) {
    case 0:
        let served = today.adding(days: -stream.next(120))
        record.notice = Notice(type: .section21, servedOn: served, expiresOn: served.adding(days: 50 + stream.next(30)),
                               checks: NoticeChecks(depositProtected: true, prescribedInformationGiven: stream.next(5) != 0,
                                                    gasSafetyCertificateGiven: true, epcGiven: true,
                                                    howToRentGiven: stream.next(4) == 0 ? nil : true, licensedIfRequired: true))
    case 1:
        let served = today.adding(days: -stream.next(90))
        record.notice = Notice(type: .section8, servedOn: served, expiresOn: served.adding(days: 20 + stream.next(130)),
                               grounds: [stream.pick(["1", "1A", "8", "10", "12", "99"])])
    default:
        break
    }
    record.household = (0..<stream.next(4)).map { _ in
        HouseholdMember(firstName: "Member", lastName: "", dateOfBirth: today.adding(days: -stream.next(9_000)),
                        relationship: stream.pick([.child, .child, .partner, .other]))
    }
    record.domesticAbuse = stream.next(12) == 0
    record.careLeaver = stream.next(15) == 0
    record.supportNeeds = SupportNeeds((0..<stream.next(3)).map { _ in stream.pick(SupportNeed.allCases) })
    record.documents = (0..<stream.next(5)).map { position in
        DocumentCheck(kind: DocumentKind.allCases[position], provided: stream.next(3) != 0,
                      requestedOn: stream.next(2) == 0 ? received : nil)
    }
    record.findings = Findings(eligible: stream.next(10) == 0 ? false : nil,
                               priorityNeed: stream.pick([nil, true, false]), intentionallyHomeless: stream.pick([nil, false]))
    if stream.next(3) == 0 {
        record.duties = [Duty(kind: stream.pick([.prevention, .relief, .main]), startedOn: received.adding(days: stream.next(30)),
                              startedBy: "bench")]
    }
    if stream.next(4) == 0 {
        record.decisions = [Decision(id: 1, kind: stream.pick(DecisionKind.allCases), outcome: "",
                                     decidedOn: today.adding(days: -stream.next(40)), decidedBy: "bench",
                                     reviewRequestedOn: stream.next(2) == 0 ? today.adding(days: -stream.next(20)) : nil)]
    }
    return CaseSummary(record)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The best of five runs, in seconds: the least disturbed by the other builds sharing this machine.
func best(_ work: () -> Int) -> (seconds: Double, checksum: Int) {
    let clock = ContinuousClock()
    var fastest = Double.infinity
    var checksum = 0
    for _ in 0..<5 {
        let start = clock.now
        checksum = work()
        fastest = min(fastest, seconds(clock.now - start))
    }
    return (fastest, checksum)
}

var stream = Stream(state: 0x2545_F491_4F6C_DD1D)
var summaries: [CaseSummary] = []
for index in 0..<count { summaries.append(summary(index, &stream)) }
let configuration = RuleConfiguration.standard

let evaluate = best {
    var threatened = 0
    for summary in summaries where CaseRules.evaluate(summary, today: today, configuration: configuration).threatened {
        threatened += 1
    }
    return threatened
}
let evaluations = summaries.map { CaseRules.evaluate($0, today: today, configuration: configuration) }
let alerts = best {
    zip(summaries, evaluations).reduce(0) {
        $0 + CaseRules.alerts($1.0, today: today, configuration: configuration, evaluation: $1.1).count
    }
}
let queue = best {
    var keys: [QueueKey] = []
    keys.reserveCapacity(count)
    for (summary, evaluation) in zip(summaries, evaluations) where QueueOrder.admits(summary) {
        keys.append(evaluation.queueKey)
    }
    keys.sort()
    return keys.count
}
let reasons = best {
    evaluations.prefix(1_000).reduce(0) {
        $0 + $1.notice.reasons.words(.commandLine).count + $1.route.reasons.words(.commandLine).count
            + $1.priorityNeed.reasons.words(.commandLine).count + $1.threatReasons.words(.commandLine).count
    }
}

func line(_ label: String, _ result: (seconds: Double, checksum: Int), per: Int) {
    let total = String(format: "%8.1f ms", result.seconds * 1_000)
    let each = String(format: "%7.2f µs", result.seconds * 1e6 / Double(per))
    print("\(label.padding(toLength: 40, withPad: " ", startingAt: 0)) \(total)  \(each) each   (\(result.checksum))")
}

print("rules over \(count) synthetic summaries, today \(today.iso), best of 5")
line("evaluate (threat..priority, no text)", evaluate, per: count)
line("alerts from evaluations", alerts, per: count)
line("queue: filter + sort keys", queue, per: count)
line("all reasons as text, first 1,000", reasons, per: 1_000)
