import CaseworkCore

/// Reading and writing each fact on a `CaseDetails`: empty text clears an optional value.
extension Fact {
    func text(in details: CaseDetails) -> String {
        switch self {
        case .firstName: details.applicant.firstName
        case .lastName: details.applicant.lastName
        case .phone: details.applicant.phone ?? ""
        case .email: details.applicant.email ?? ""
        case .language: details.applicant.preferredLanguage ?? ""
        case .nationalInsurance: details.applicant.nationalInsuranceNumber ?? ""
        case .address: details.accommodation.address?.lines.joined(separator: ", ") ?? ""
        case .town: details.accommodation.address?.town ?? ""
        case .postcode: details.accommodation.address?.postcode ?? ""
        case .landlord: details.accommodation.landlord?.name ?? ""
        case .landlordPhone: details.accommodation.landlord?.phone ?? ""
        case .rent: details.accommodation.rent ?? ""
        case .grounds: details.notice?.grounds.joined(separator: ", ") ?? ""
        default: day(in: details).map(DayFormat.short) ?? ""
        }
    }

    func setText(_ text: String, in details: inout CaseDetails) {
        let value: String? = text.trimmingSpaces.isEmpty ? nil : text
        switch self {
        case .firstName: details.applicant.firstName = text
        case .lastName: details.applicant.lastName = text
        case .phone: details.applicant.phone = value
        case .email: details.applicant.email = value
        case .language: details.applicant.preferredLanguage = value
        case .nationalInsurance: details.applicant.nationalInsuranceNumber = value?.uppercased()
        case .address: Fact.editAddress(&details) { $0.lines = Address.lines(parsing: value ?? "") }
        case .town: Fact.editAddress(&details) { $0.town = value ?? "" }
        case .postcode: Fact.editAddress(&details) { $0.postcode = value ?? "" }
        case .landlord: Fact.editLandlord(&details) { $0.name = value ?? "" }
        case .landlordPhone: Fact.editLandlord(&details) { $0.phone = value }
        case .rent: details.accommodation.rent = value
        case .grounds:
            details.notice?.grounds = text.split { $0 == "," || $0 == " " }.map(String.init)
        default: break
        }
    }

    func day(in details: CaseDetails) -> Day? {
        switch self {
        case .dateOfBirth: details.applicant.dateOfBirth
        case .tenancyStarted: details.accommodation.tenancyStartedOn
        case .lossDate: details.lossDate
        case .noticeServed: details.notice?.servedOn
        case .noticeExpires: details.notice?.expiresOn
        case .proceedingsIssued: details.notice?.proceedingsIssuedOn
        default: nil
        }
    }

    func setDay(_ day: Day?, in details: inout CaseDetails) {
        switch self {
        case .dateOfBirth: details.applicant.dateOfBirth = day
        case .tenancyStarted: details.accommodation.tenancyStartedOn = day
        case .lossDate: details.lossDate = day
        case .noticeServed: details.notice?.servedOn = day
        case .noticeExpires: details.notice?.expiresOn = day
        case .proceedingsIssued: details.notice?.proceedingsIssuedOn = day
        default: break
        }
    }

    /// A flag or a yes/no/not-known fact.
    func answer(in details: CaseDetails) -> Bool? {
        switch self {
        case .pregnant: details.applicant.pregnant
        case .interpreter: details.applicant.interpreterNeeded
        case .domesticAbuse: details.domesticAbuse
        case .careLeaver: details.careLeaver
        case .emergency: details.emergency
        case .homelessNow: details.homelessNow
        case .arrears: details.accommodation.arrears
        case .check(let index): details.notice?.checks.all[index].value
        default: nil
        }
    }

    func setAnswer(_ answer: Bool?, in details: inout CaseDetails) {
        let flag = answer ?? false
        switch self {
        case .pregnant: details.applicant.pregnant = flag
        case .interpreter: details.applicant.interpreterNeeded = flag
        case .domesticAbuse: details.domesticAbuse = flag
        case .careLeaver: details.careLeaver = flag
        case .emergency: details.emergency = flag
        case .homelessNow: details.homelessNow = flag
        case .arrears: details.accommodation.arrears = answer
        case .check(let index): details.notice?.checks.set(index, to: answer)
        default: break
        }
    }

    /// The options of a choice fact, as shown.
    var options: [String] {
        switch self {
        case .accommodationType: AccommodationType.allCases.map(\.label)
        case .noticeType: ["No notice"] + NoticeType.allCases.map(\.label)
        default: []
        }
    }

    func choice(in details: CaseDetails) -> Int {
        switch self {
        case .accommodationType: AccommodationType.allCases.firstIndex(of: details.accommodation.type) ?? 0
        case .noticeType: details.notice.map { (NoticeType.allCases.firstIndex(of: $0.type) ?? 0) + 1 } ?? 0
        default: 0
        }
    }

    func setChoice(_ index: Int, in details: inout CaseDetails) {
        switch self {
        case .accommodationType: details.accommodation.type = AccommodationType.allCases[index]
        case .noticeType:
            guard index > 0 else { return details.notice = nil }
            let type = NoticeType.allCases[index - 1]
            if details.notice == nil { details.notice = Notice(type: type) } else { details.notice?.type = type }
        default: break
        }
    }

    /// The value as the row shows it when it is not being edited.
    func display(in details: CaseDetails) -> String {
        switch kind {
        case .text:
            let text = text(in: details)
            return text.isEmpty ? "-" : text
        case .date:
            // Read as "14 Jun 1991" like every other date; editing starts from "14/06/1991", what is typed.
            return day(in: details).map(DayFormat.medium) ?? "-"
        case .flag: return answer(in: details) == true ? "yes" : "no"
        case .tristate:
            return switch answer(in: details) {
            case true?: "yes"
            case false?: "no"
            case nil: "not known"
            }
        case .choice: return options[choice(in: details)]
        case .form:
            if case .member(let index) = self, index < details.household.count {
                let member = details.household[index]
                return [member.firstName, member.lastName].filter { !$0.isEmpty }.joined(separator: " ")
            }
            if self == .correspondenceAddress { return details.applicant.correspondenceAddress?.singleLine ?? "the home" }
            let needs = details.supportNeeds.map(\.label)
            return needs.isEmpty ? "none" : needs.joined(separator: ", ")
        }
    }

    private static func editAddress(_ details: inout CaseDetails, _ change: (inout Address) -> Void) {
        var address = details.accommodation.address ?? Address(lines: [], town: "", postcode: "")
        change(&address)
        let empty = address.lines.allSatisfy(\.isEmpty) && address.town.isEmpty && address.postcode.isEmpty
        details.accommodation.address = empty ? nil : address
    }

    private static func editLandlord(_ details: inout CaseDetails, _ change: (inout Party) -> Void) {
        var landlord = details.accommodation.landlord ?? Party(name: "")
        change(&landlord)
        let empty = landlord.name.isEmpty && landlord.phone == nil && landlord.email == nil
        details.accommodation.landlord = empty ? nil : landlord
    }
}

extension NoticeChecks {
    /// Sets the check at `index` of `all`.
    mutating func set(_ index: Int, to value: Bool?) {
        guard let check = LandlordCheck(rawValue: index) else { return }
        self[check] = value
    }
}
