import Foundation
import CaseworkCore
import CaseworkUI

/// `case show` for people: the facts, then what the rules make of them, then the timeline.
enum CaseText {
    static func render(_ record: Case, report: CaseReport, staff: StaffDirectory, today: Day) -> String {
        let rules = report.rules
        var lines: [String] = []
        func section(_ title: String) { lines.append(""); lines.append(title.uppercased()) }
        func field(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("  " + TextFit.padRight(TextFit.truncate(label, to: 21), to: 22) + value)
        }
        lines.append("\(record.ref)  \(record.applicant.fullName)\(record.restricted ? "  [restricted]" : "")")
        lines.append("Revision \(record.revision), last changed \(record.updatedAt.day) \(record.updatedAt.clockTime) by "
            + (staff.name(of: record.updatedBy) ?? record.updatedBy))

        section("Application")
        field("Status", record.status.label)
        field("Received", "\(record.receivedOn) (\(record.receivedOn.days(until: today)) days ago)")
        field("External id", record.externalId)
        field("Officer", record.assignedOfficer.map { staff.name(of: $0) ?? $0 })
        field("Triage", record.triage.outcome?.label)
        field("Prevented how", record.triage.preventedHow)
        field("Referral", record.referral.map { "\($0.agency.label) on \($0.referredOn)" })

        section("Household")
        field("Applicant", "\(record.applicant.fullName), " + age(record.applicant.dateOfBirth, today) + (record.applicant.pregnant ? ", pregnant" : ""))
        for member in record.household {
            field(member.relationship.rawValue.capitalized, "\(member.firstName) \(member.lastName), " + age(member.dateOfBirth, today)
                + (member.pregnant ? ", pregnant" : ""))
        }
        field("Phone", record.applicant.phone)
        field("Email", record.applicant.email)
        field("Language", record.applicant.preferredLanguage.map { $0 + (record.applicant.interpreterNeeded ? " (interpreter)" : "") })
        field("Support needs", record.supportNeeds.map(\.label).joined(separator: ", "))

        section("Home and notice")
        field("Accommodation", record.accommodation.type.label)
        field("Address", record.accommodation.address?.singleLine)
        field("Tenancy began", record.accommodation.tenancyStartedOn?.iso)
        field("Landlord", record.accommodation.landlord.map { [$0.name, $0.phone, $0.email].compactMap { $0 }.joined(separator: ", ") })
        field("Homeless now", record.homelessNow ? "yes" : "no")
        field("Loss date", record.lossDate?.iso)
        if let notice = record.notice {
            field("Notice", "\(notice.type.label), served \(notice.servedOn?.iso ?? "?"), expires \(notice.expiresOn?.iso ?? "?")"
                + (notice.grounds.isEmpty ? "" : ", grounds \(notice.grounds.joined(separator: ", "))"))
        }
        field("Notice check", "\(rules.notice.verdict.rawValue) (rules \(rules.notice.rulesVersion))")
        for reason in rules.notice.reasons.words(.commandLine) { lines.append("    - " + reason) }

        section("What the law says today")
        field("Threat", rules.homeless ? "homeless"
            : rules.mayBeHomeless ? "may be homeless now (the officer decides, s175(3))"
            : rules.threat.unconfirmed ? "threatened? (invalid notice: the officer decides)"
            : rules.threatened ? "threatened with homelessness" : "not threatened within 56 days")
        for reason in rules.threatReasons.words(.commandLine) { lines.append("    - " + reason) }
        field("Days until loss", rules.daysUntilLoss.map { String($0) + (rules.threat.lossIsEarliestProceedings
            ? " (section 8: the earliest day proceedings may begin)" : "") })
        field("Indicated duty", rules.indicatedDuty.rawValue)
        if let duty = rules.duty {
            field("Duty", "\(duty.kind.label), day \(duty.day)" + (duty.lastDay.map { " of 56, last day \($0)" } ?? "")
                + (duty.noticeFrom.map { ", notice from \($0)" } ?? ""))
        }
        if rules.interim.possible {
            field("Interim (s188)", rules.interim.recorded.map { $0.label.lowercased() } ?? "possible: officer to decide")
        }
        let stage = NonCooperation.stage(NonCooperationFacts(record), today: today)
        if stage != .none { field("Non-co-operation", stage.words(.commandLine)) }
        field("Route", rules.route.team.label + (rules.route.overridden ? " (overridden)" : ""))
        for reason in rules.route.reasons.words(.commandLine) { lines.append("    - " + reason) }
        field("Priority need", rules.priorityNeed.likely ? "likely" : "not indicated")
        for reason in rules.priorityNeed.reasons.words(.commandLine) { lines.append("    - " + reason) }
        field("Priority score", String(format: "%.1f", rules.priority.total))
        for (part, points) in rules.priority.parts { lines.append("    " + TextFit.padLeft(String(format: "%+.1f", points), to: 7) + "  " + part.label) }

        if !report.alerts.isEmpty {
            section("Alerts")
            for alert in report.alerts { lines.append("  [\(alert.severity.rawValue)] \(alert.dueOn)  \(alert.words(.commandLine))") }
        }

        if !record.decisions.isEmpty {
            section("Decisions")
            for decision in record.decisions {
                field("\(decision.id). \(decision.kind.label)", "\(decision.decidedOn) by \(staff.name(of: decision.decidedBy) ?? decision.decidedBy)")
                for reason in ReviewRights(decision, duties: record.duties).reasons.words(.commandLine) {
                    lines.append("    - " + reason)
                }
            }
        }

        let hclic = HCLICCheck.problems(CaseSummary(record))
        if !hclic.isEmpty {
            section("H-CLIC: \(hclic.count) to fix")
            for problem in hclic { lines.append("  [\(problem.severity.rawValue)] \(problem.place): \(problem.message)") }
        }

        section("Documents")
        for document in record.documents {
            let state = document.provided ? "provided" : "missing" + (document.requestedOn.map { ", asked \($0)" } ?? "")
            field(document.kind.label, state)
        }

        if !record.timeline.isEmpty {
            section("Timeline")
            for event in record.timeline.suffix(20) {
                lines.append("  \(event.at.day) \(event.at.clockTime)  \(event.channel.label) · \(event.party.label) · \(event.by)")
                for line in TextFit.wrap(event.text, to: 76) { lines.append("      " + line) }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func age(_ born: Day?, _ today: Day) -> String {
        born.map { "born \($0) (\($0.age(on: today)))" } ?? "date of birth unknown"
    }
}
