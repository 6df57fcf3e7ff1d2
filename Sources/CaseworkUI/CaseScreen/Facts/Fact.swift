import CaseworkCore

/// One editable fact of an application on the Household and Home & notice tabs.
enum Fact: Hashable, Sendable {
    case firstName, lastName, dateOfBirth, pregnant, phone, email, language, interpreter, nationalInsurance
    /// Where letters go when it is not the home being lost (sofa-surfing, hospital), edited in a form.
    case correspondenceAddress
    /// A household member, edited in a form of their own.
    case member(Int)
    case domesticAbuse, careLeaver, emergency, supportNeeds
    case accommodationType, address, town, postcode, tenancyStarted, landlord, landlordPhone, rent, arrears
    case homelessNow, lossDate
    case noticeType, noticeServed, noticeExpires, grounds, proceedingsIssued
    /// One of the landlord checks and bars, by its position in `NoticeChecks.all` (`LandlordCheck.rawValue`).
    case check(Int)

    /// How the fact is changed.
    enum Kind: Hashable, Sendable {
        case text(required: Bool)
        case date
        case flag
        /// Yes, no or not known.
        case tristate
        case choice
        /// Opens a form (a household member, the support needs).
        case form
    }

    var kind: Kind {
        switch self {
        case .firstName, .lastName: .text(required: true)
        case .phone, .email, .language, .nationalInsurance, .address, .town, .postcode, .landlord, .landlordPhone, .rent, .grounds: .text(required: false)
        case .dateOfBirth, .tenancyStarted, .lossDate, .noticeServed, .noticeExpires, .proceedingsIssued: .date
        case .pregnant, .interpreter, .domesticAbuse, .careLeaver, .emergency, .homelessNow: .flag
        case .arrears, .check: .tristate
        case .accommodationType, .noticeType: .choice
        case .member, .supportNeeds, .correspondenceAddress: .form
        }
    }

    var isTyped: Bool {
        switch kind {
        case .text, .date: true
        default: false
        }
    }

    var label: String {
        switch self {
        case .firstName: "First name"
        case .lastName: "Last name"
        case .dateOfBirth: "Date of birth"
        case .pregnant: "Pregnant"
        case .phone: "Phone"
        case .email: "Email"
        case .language: "Language"
        case .interpreter: "Interpreter"
        case .nationalInsurance: "NI number"
        case .correspondenceAddress: "Letters to"
        case .member(let index): "Member \(index + 1)"
        case .domesticAbuse: "Domestic abuse"
        case .careLeaver: "Care leaver"
        case .emergency: "Emergency"
        case .supportNeeds: "Support needs"
        case .accommodationType: "Type"
        case .address: "Address"
        case .town: "Town"
        case .postcode: "Postcode"
        case .tenancyStarted: "Tenancy started"
        case .landlord: "Landlord"
        case .landlordPhone: "Landlord phone"
        case .rent: "Rent"
        case .arrears: "Rent arrears"
        case .homelessNow: "Homeless now"
        case .lossDate: "Loss date"
        case .noticeType: "Type"
        case .noticeServed: "Served"
        case .noticeExpires: "Expires"
        case .grounds: "Grounds"
        case .proceedingsIssued: "Proceedings issued"
        case .check(let index): NoticeChecks().all[index].label
        }
    }

    /// What the line under the pane says while the fact is selected and has nothing wrong with it.
    var hint: String {
        switch kind {
        case .date: return "Dates: 2026-12-01, 1/12/2026, +14 or today; empty for none. Enter edits"
        case .flag: return "Space, y or n changes it"
        case .tristate: return "Space cycles not known → yes → no; y, n or u sets it"
        case .choice: return "Enter chooses from the list"
        default: break
        }
        switch self {
        case .firstName, .lastName: return "Required. Enter edits; Tab moves to the next field while editing"
        case .phone, .landlordPhone: return "A UK number: 07700 900123 or +44 7700 900123"
        case .email: return "An address like name@example.org"
        case .language: return "The language the applicant prefers, for letters and interpreters"
        case .grounds: return "Section 8 ground numbers as the notice states them, e.g. 1, 1A or 8, 10"
        case .member: return "Enter edits this person · a adds a member · d removes this one"
        case .supportNeeds: return "Enter chooses the H-CLIC support needs"
        case .nationalInsurance: return "Two letters, six digits and a letter A to D: QQ 12 34 56 C"
        case .correspondenceAddress: return "Enter edits where letters go, when not to the home (empty: the home)"
        default: return "Enter edits"
        }
    }

    /// The field paths of `CaseDetails.problems` (and the screen's own checks) this fact answers for.
    func answers(for path: String) -> Bool {
        switch self {
        case .firstName: path == "applicant.firstName"
        case .lastName: path == "applicant.lastName"
        case .dateOfBirth: path == "applicant.dateOfBirth"
        case .phone: path == "applicant.phone"
        case .email: path == "applicant.email"
        case .nationalInsurance: path == "applicant.nationalInsuranceNumber"
        case .correspondenceAddress: path.hasPrefix("applicant.correspondenceAddress")
        case .member(let index): path.hasPrefix("household[\(index)]")
        case .tenancyStarted: path == "accommodation.tenancyStartedOn"
        case .postcode: path == "accommodation.address.postcode"
        case .landlordPhone: path == "accommodation.landlord.phone"
        case .noticeServed: path == "notice.servedOn"
        case .noticeExpires: path == "notice.expiresOn"
        default: false
        }
    }
}
