import CaseworkCore

/// A group of facts under a heading on a facts tab.
struct FactSection: Hashable, Sendable {
    var title: String
    var note: String = ""
    var facts: [Fact]
    /// Shown when the section has no facts ("No one else in the household").
    var empty: String = ""
    /// Long labels (the landlord's checks) get a label column of their own.
    var wideLabels = false
}

/// Which facts each facts tab shows, in the order ↑ ↓ walk them: the left column's sections, then the right's.
enum FactLayout {
    static func sections(_ tab: CaseTab, details: CaseDetails, today: Day) -> (left: [FactSection], right: [FactSection]) {
        switch tab {
        case .household:
            let members = details.household.indices.map { Fact.member($0) }
            let makeup = HouseholdMakeup(details.household, on: today)
            return ([FactSection(title: "Applicant", facts: [.firstName, .lastName, .dateOfBirth, .pregnant, .phone, .email,
                                                             .correspondenceAddress, .language, .interpreter, .nationalInsurance]),
                     FactSection(title: "Household · \(makeup.code)", note: "a adds · d removes", facts: members,
                                 empty: "No one else in the household")],
                    [FactSection(title: "Circumstances", facts: [.domesticAbuse, .careLeaver, .emergency, .supportNeeds])])
        case .home:
            var notice: [Fact] = [.noticeType]
            var checks: [FactSection] = []
            if let recorded = details.notice {
                notice += [.noticeServed, .noticeExpires]
                if recorded.type == .section8 { notice.append(.grounds) }
                notice.append(.proceedingsIssued)
                if recorded.type == .section21 {
                    checks = [FactSection(title: "Landlord's checks (section 21)", facts: LandlordCheck.allCases.map { .check($0.rawValue) }, wideLabels: true)]
                }
            }
            return ([FactSection(title: "Home", facts: [.accommodationType, .address, .town, .postcode, .tenancyStarted, .landlord,
                                                        .landlordPhone, .rent, .arrears, .homelessNow, .lossDate]),
                     FactSection(title: "Notice", facts: notice)] + checks, [])
        default:
            return ([], [])
        }
    }

    /// Every fact of the tab in walking order.
    static func facts(_ tab: CaseTab, details: CaseDetails, today: Day) -> [Fact] {
        let (left, right) = sections(tab, details: details, today: today)
        return (left + right).flatMap(\.facts)
    }
}
