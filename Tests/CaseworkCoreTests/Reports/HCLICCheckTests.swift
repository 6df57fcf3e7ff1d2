import Testing
@testable import CaseworkCore

struct HCLICRow: Sendable, CustomTestStringConvertible {
    let name: String
    let change: CaseChange
    /// `severity place` of the problem expected, or nil when the case must have none.
    let expected: String?
    var testDescription: String { name }
}

/// A case complete for the return: received 1 May 2026, reason and ages recorded, assessed 5 May with its support
/// needs, eligible; each row changes one thing.
private func complete(_ change: @escaping CaseChange) -> CaseChange {
    { record in
        record.reasonForLoss = .endOfPrivateTenancy
        record.accommodation.type = .familyOrFriends
        record.assessment = Assessment(completedOn: day("2026-05-05"), completedBy: "amara")
        record.supportNeeds = [.mentalHealth]
        record.findings.eligible = true
        change(&record)
    }
}

private func ended(_ kind: DutyKind, _ started: String, _ ended: String, _ reason: DutyEndReason,
                   at: AccommodationType? = .familyOrFriends) -> Duty {
    var duty = duty(kind, started: started, ended: ended, reason: reason)
    duty.accommodationAtEnd = at
    return duty
}

/// The validation rules, each at its boundary, with the field and the severity expected.
@Suite struct HCLICCheckTests {
    static let rows: [HCLICRow] = [
        HCLICRow(name: "complete", change: complete { _ in }, expected: nil),
        HCLICRow(name: "no reason for loss", change: complete { $0.reasonForLoss = nil }, expected: "error main REASONLOSS"),
        HCLICRow(name: "no date of birth", change: complete { $0.applicant.dateOfBirth = nil }, expected: "error main AGE"),
        HCLICRow(name: "a member's date of birth missing", change: complete { $0.household = [child(born: nil)] },
                 expected: "error people 2 AGE"),
        HCLICRow(name: "a member's date of birth known", change: complete { $0.household = [child(born: "2022-02-02")] }, expected: nil),
        HCLICRow(name: "support needs not assessed", change: complete { $0.assessment = nil; $0.supportNeeds = [] },
                 expected: "error support SUPPORT_NEED"),
        HCLICRow(name: "assessed with no support needs", change: complete { $0.supportNeeds = [] }, expected: nil),
        HCLICRow(name: "assessed the day of the application", change: complete {
            $0.assessment = Assessment(completedOn: day("2026-05-01"), completedBy: "amara")
        }, expected: nil),
        HCLICRow(name: "assessed the day before the application", change: complete {
            $0.assessment = Assessment(completedOn: day("2026-04-30"), completedBy: "amara")
        }, expected: "error main ASSESS_DATE"),
        HCLICRow(name: "a duty and no assessment", change: complete {
            $0.assessment = nil
            $0.duties = [duty(.prevention, started: "2026-05-05")]
        }, expected: "error main ASSESS_DATE"),
        HCLICRow(name: "a duty and eligibility not decided", change: complete {
            $0.findings.eligible = nil
            $0.duties = [duty(.prevention, started: "2026-05-05")]
        }, expected: "warning main ELIGIBLE"),
        HCLICRow(name: "a duty started the day before the application", change: complete {
            $0.duties = [duty(.prevention, started: "2026-04-30")]
        }, expected: "error prevention 1 PREV_START"),
        HCLICRow(name: "a duty ended before it started", change: complete {
            $0.duties = [ended(.prevention, "2026-05-10", "2026-05-09", .withdrew)]
        }, expected: "error prevention 1 PREV_END"),
        HCLICRow(name: "a duty ended without a reason", change: complete {
            var open = ended(.prevention, "2026-05-10", "2026-05-20", .withdrew)
            open.endReason = nil
            $0.duties = [open]
        }, expected: "error prevention 1 PREV_REASON"),
        HCLICRow(name: "relief starting before prevention ended", change: complete {
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .becameHomeless), duty(.relief, started: "2026-05-19")]
        }, expected: "error relief 1 RELIEF_START"),
        HCLICRow(name: "relief starting the day prevention ended", change: complete {
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .becameHomeless), duty(.relief, started: "2026-05-20")]
        }, expected: nil),
        HCLICRow(name: "accommodation at the end not recorded", change: complete {
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .withdrew, at: nil)]
        }, expected: "warning prevention 1 ACCOM_PR"),
        HCLICRow(name: "homeless from prevention, recorded in the home applied from", change: complete {
            $0.accommodation.type = .privateRented
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .becameHomeless, at: .privateRented)]
        }, expected: nil),
        HCLICRow(name: "homeless from prevention, recorded in another settled home", change: complete {
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .becameHomeless, at: .socialRented)]
        }, expected: "error prevention 1 ACCOM_PR"),
        HCLICRow(name: "homeless from prevention, recorded sleeping rough", change: complete {
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .becameHomeless, at: .roughSleeping)]
        }, expected: nil),
        HCLICRow(name: "relief ended and priority need not decided", change: complete {
            $0.findings.intentionallyHomeless = false
            $0.duties = [ended(.relief, "2026-05-05", "2026-06-20", .accommodationSecured, at: .socialRented)]
        }, expected: "warning main PNEED"),
        HCLICRow(name: "placed the day prevention ended", change: complete {
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .becameHomeless), duty(.relief, started: "2026-05-20")]
            $0.placements = [Placement(id: 1, type: .bedAndBreakfast, duty: .interim, enteredOn: day("2026-05-20"))]
        }, expected: nil),
        HCLICRow(name: "placed the day before prevention ended", change: complete {
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .becameHomeless), duty(.relief, started: "2026-05-20")]
            $0.placements = [Placement(id: 1, type: .bedAndBreakfast, duty: .interim, enteredOn: day("2026-05-19"))]
        }, expected: "error temporary-accommodation 1 ENTRY_DATE"),
        HCLICRow(name: "placed before prevention began and still there", change: complete {
            $0.duties = [duty(.prevention, started: "2026-05-05")]
            $0.placements = [Placement(id: 1, type: .hostel, duty: .interim, enteredOn: day("2026-05-02"))]
        }, expected: "error temporary-accommodation 1 ENTRY_DATE"),
        HCLICRow(name: "placed before prevention, left the day it began", change: complete {
            $0.duties = [duty(.prevention, started: "2026-05-05")]
            $0.placements = [Placement(id: 1, type: .hostel, duty: .interim, enteredOn: day("2026-05-02"), leftOn: day("2026-05-05"))]
        }, expected: nil),
        HCLICRow(name: "interim after assessment though prevention did not fail", change: complete {
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .withdrew)]
            $0.placements = [Placement(id: 1, type: .hostel, duty: .interim, enteredOn: day("2026-05-25"))]
        }, expected: "error temporary-accommodation 1 TADUTY"),
        HCLICRow(name: "a review requested before the decision", change: complete {
            $0.decisions = [Decision(id: 1, kind: .planSteps, outcome: "", decidedOn: day("2026-05-10"), decidedBy: "amara",
                                     reviewRequestedOn: day("2026-05-09"))]
        }, expected: "warning reviews 1 REQUEST_DATE"),
    ]

    @Test(arguments: rows)
    func validation(_ row: HCLICRow) {
        let problems = HCLICCheck.problems(makeSummary(received: "2026-05-01", row.change))
        let found = problems.map { "\($0.severity.rawValue) \($0.place)" }
        if let expected = row.expected {
            #expect(found == [expected], "\(problems.map(\.message))")
        } else {
            #expect(found.isEmpty, "\(problems.map(\.message))")
        }
    }

    @Test func messagesSayWhatIsWrongWithTheDates() {
        let problems = HCLICCheck.problems(makeSummary(received: "2026-05-01", complete {
            $0.duties = [ended(.prevention, "2026-05-05", "2026-05-20", .becameHomeless, at: .socialRented)]
            $0.assessment = Assessment(completedOn: day("2026-04-30"), completedBy: "amara")
        }))
        #expect(problems.map(\.message) == [
            "ASSESS_DATE 2026-04-30 is before the application (2026-05-01)",
            "prevention ended because the household became homeless, but ACCOM_PR is social rented, settled and not the "
                + "accommodation at application (with family or friends)",
        ])
    }
}
