import CaseworkCore
import CaseworkUI
import Foundation

/// `report dashboard`: the numbers for people, and as JSON with the refs behind each.
enum DashboardListing {
    static func text(_ d: Dashboard, staff: StaffDirectory) -> String {
        func pad(_ text: String, _ width: Int) -> String { TextFit.padRight(TextFit.truncate(text, to: width), to: width) }
        func num(_ figure: CaseFigure, _ width: Int = 6) -> String { TextFit.padLeft(String(figure.count), to: width) }
        var out = "Dashboard on \(d.today) (quarter \(d.quarter))\n\n"
        out += pad("CASEWORKER", 22) + ["OPEN", "PREV", "RELIEF", "RED", "AMBER", "NOPLAN", "REVIEW", "IDLE", "ESCAL"]
            .map { TextFit.padLeft($0, to: 6) }.joined(separator: " ") + "\n"
        for row in d.officers {
            let name = row.officer.map { staff.name(of: $0) ?? $0 } ?? "Not assigned"
            out += pad(ControlCharacters.printable(name), 22) + [row.open, row.prevention, row.relief, row.red, row.amber, row.plansNotAgreed,
                                                         row.reviewsOverdue, row.noAction, row.escalated]
                .map { num($0) }.joined(separator: " ") + "\n"
        }
        out += "\nDuties whose last day is within the window: \(d.deadlinesSoon.count)\(refs(d.deadlinesSoon))\n"
        out += "Committed cost of interventions in open plans: \(d.committedCost.formatted()) across \(d.costedPlans.count) plans"
            + refs(d.costedPlans) + "\n"
        out += "\nOutcomes this quarter\n"
        for kind in [DutyKind.prevention, .relief] {
            let share = d.securedShare(kind)
            let percent = share.ended == 0 ? "-" : "\(share.secured * 100 / share.ended)%"
            out += "  \(kind.rawValue): \(share.ended) ended, secured 6+ months \(share.secured) (\(percent))\n"
            for outcome in d.outcomes where outcome.kind == kind {
                out += "    \(pad(outcome.reason.rawValue, 50)) \(num(outcome.cases, 4))\n"
            }
        }
        out += "\nPresentations and interviews held, by week\n"
        for week in d.weeks {
            out += "  \(week.startsOn.iso)  presented \(num(week.presentations, 4))  interviewed \(num(week.interviews, 4))\n"
        }
        out += "\nH-CLIC \(d.quarter): \(d.hclicErrors.count) cases with errors\(refs(d.hclicErrors)), "
            + "\(d.hclicWarnings.count) with warnings only\n"
        out += "\nGood or not good enough?\n"
        for answers in d.answers {
            out += "  \(answers.quarter): good \(answers.good.count), not good enough \(answers.notGoodEnough.count), "
                + "not answered \(answers.notAnswered.count)" + (answers.goodShare.map { ", \($0)% good" } ?? "") + "\n"
        }
        return out
    }

    /// The first few refs after a number, so a person can look them up; the JSON has them all.
    private static func refs(_ figure: CaseFigure) -> String {
        guard !figure.refs.isEmpty else { return "" }
        let shown = figure.refs.prefix(8).joined(separator: ", ")
        return " (" + shown + (figure.count > 8 ? ", and \(figure.count - 8) more" : "") + ")"
    }

    static func json(_ d: Dashboard, staff: StaffDirectory) -> String {
        var w = JSONWriter(reservingCapacity: 4096)
        func figure(_ key: String, _ figure: CaseFigure) {
            w.key(key)
            w.beginObject()
            w.key("count"); w.int(figure.count)
            w.key("refs"); w.beginArray(); for ref in figure.refs { w.string(ref) }; w.endArray()
            w.endObject()
        }
        w.beginObject()
        w.key("today"); w.string(d.today.iso)
        w.key("quarter"); w.string(d.quarter.description)
        w.key("officers"); w.beginArray()
        for row in d.officers {
            w.beginObject()
            w.key("officer"); w.string(row.officer)
            w.key("name"); w.string(row.officer.flatMap { staff.name(of: $0) })
            figure("open", row.open); figure("prevention", row.prevention); figure("relief", row.relief)
            figure("red", row.red); figure("amber", row.amber); figure("plansNotAgreed", row.plansNotAgreed)
            figure("reviewsOverdue", row.reviewsOverdue); figure("noAction", row.noAction); figure("escalated", row.escalated)
            w.endObject()
        }
        w.endArray()
        figure("deadlinesSoon", d.deadlinesSoon)
        w.key("committedCost"); w.beginObject()
        w.key("pence"); w.int(d.committedCost.pence)
        w.key("formatted"); w.string(d.committedCost.formatted(wholePoundsShort: false))
        w.endObject()
        figure("costedPlans", d.costedPlans)
        w.key("outcomes"); w.beginArray()
        for outcome in d.outcomes {
            w.beginObject()
            w.key("duty"); w.string(outcome.kind.rawValue)
            w.key("reason"); w.string(outcome.reason.rawValue)
            figure("cases", outcome.cases)
            w.endObject()
        }
        w.endArray()
        w.key("securedShare"); w.beginObject()
        for kind in [DutyKind.prevention, .relief] {
            let share = d.securedShare(kind)
            w.key(kind.rawValue); w.beginObject(); w.key("secured"); w.int(share.secured); w.key("ended"); w.int(share.ended); w.endObject()
        }
        w.endObject()
        w.key("weeks"); w.beginArray()
        for week in d.weeks {
            w.beginObject()
            w.key("startsOn"); w.string(week.startsOn.iso)
            figure("presentations", week.presentations); figure("interviews", week.interviews)
            w.endObject()
        }
        w.endArray()
        w.key("hclic"); w.beginObject(); figure("errors", d.hclicErrors); figure("warnings", d.hclicWarnings); w.endObject()
        w.key("answers"); w.beginArray()
        for answers in d.answers {
            w.beginObject()
            w.key("quarter"); w.string(answers.quarter.description)
            figure("good", answers.good); figure("notGoodEnough", answers.notGoodEnough); figure("notAnswered", answers.notAnswered)
            w.key("goodShare"); w.int(answers.goodShare)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.newline()
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
